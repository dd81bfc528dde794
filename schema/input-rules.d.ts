/** A character a reader can see (see input-rules.js). */
export declare const visibleCharacter: RegExp;
/** A required text must hold at least one visible character. */
export declare function hasVisibleCharacter(text: string): boolean;
/** The earliest instant any input may name: 1 January B.E. 2500 (1957), midnight in Bangkok. */
export declare const earliestInstant: string;
/** U+0000, or half of a UTF-16 surrogate pair without its other half (see input-rules.js). */
export declare const unsafeCharacter: RegExp;
/** A telephone number as people write it: digits, spaces and + - ( ) # , only, 3 to 50 of them. */
export declare const phonePattern: RegExp;
/** A Thai postcode: five digits. */
export declare const postcodePattern: RegExp;
/** How far ahead of the server's clock an instant sent as "now" may lie (see input-rules.js). */
export declare const clockSkewMs: number;
/** R3, R4.4: a fact-finding committee has at least three members, exactly one of them its chair. */
export declare const committeeMinMembers: number;
/** The appendix form's subject line: at most this many characters. */
export declare const subjectMaxLength: number;
/** A complainant's age, when given, in whole years. */
export declare const ageRange: { readonly min: number; readonly max: number };
/** R2.1, R2.2: a number in the SAO's incoming register or the Center's complaint register. */
export declare const registerNumberMaxLength: number;
/** R3, R4.4: the number of the order appointing a fact-finding committee. */
export declare const orderNumberMaxLength: number;
/** A person's full name: a complainant, an accused, a committee member. */
export declare const personNameMaxLength: number;
/** How many copies of one piece of evidence the appendix form may list. */
export declare const evidenceCopiesRange: { readonly min: number; readonly max: number };
/** A password is at least this many characters long (contract, "Accounts"). */
export declare const passwordMinLength: number;
/** The password rules both sides can check (see input-rules.js): the one broken, or null. */
export declare function passwordRuleBroken(password: string, username: string): 'tooShort' | 'sameAsUsername' | null;
/** Usernames people type at the sign-in page: letters, digits, dot, dash and underscore, 3 to 50 of them. */
export declare const usernamePattern: RegExp;
/** A stable code of a body or a division: capital letters, digits and _, from a letter, 2 to 40. */
export declare const referenceCodePattern: RegExp;
/** The emblem printed on the letterhead is at most this many bytes. */
export declare const emblemMaxBytes: number;
export declare const messageMaxLength: number;
export declare const uploadMaxBytes: number;
export declare const publicAttachmentsMax: number;
