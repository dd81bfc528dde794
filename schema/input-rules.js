// Input rules that the server enforces and the web app's forms check before sending, kept here
// once so that both sides apply the same one (style.md: "shared input limits live in schema/").

/**
 * A character a reader can see: not a space of any kind (`\s`, `\p{Z}`: NBSP, ideographic space …),
 * not a control or format character (`\p{Cc}`, `\p{Cf}`: zero-width space, ZWNJ, ZWJ, U+FEFF,
 * U+2060, soft hyphen …), not a lone surrogate, not a code point Unicode says to render as nothing
 * (Default_Ignorable_Code_Point: Hangul fillers, variation selectors …), not the blank Braille
 * pattern U+2800. Thai vowel and tone marks count as visible: alone they are still ink on the page.
 */
export const visibleCharacter = /[^\s\p{Z}\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\u2800]/u;

/** A required text must hold at least one visible character. */
export function hasVisibleCharacter(text) {
  return visibleCharacter.test(text);
}

/** The earliest instant any input may name: 1 January B.E. 2500 (1957), midnight in Bangkok. */
export const earliestInstant = '1957-01-01T00:00:00+07:00';

/**
 * U+0000, or half of a UTF-16 surrogate pair without its other half: nobody types either, and no
 * PostgreSQL text or jsonb can hold them. Refused in every input (issue 9, items 7 and 14).
 */
// eslint-disable-next-line no-control-regex -- U+0000 is what this looks for.
export const unsafeCharacter = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A telephone number as people write it: digits, spaces and + - ( ) # , only, 3 to 50 of them. */
export const phonePattern = /^[0-9+\-\s()#,]{3,50}$/;

/** A Thai postcode: five digits. */
export const postcodePattern = /^\d{5}$/;

/**
 * How far ahead of the server's clock an instant sent as "now" may lie: a client's clock differs a
 * little, and a receipt typed as "now" must still pass the rule that no instant lies in the future.
 */
export const clockSkewMs = 60_000;

/** R3, R4.4: a fact-finding committee has at least three members, exactly one of them its chair. */
export const committeeMinMembers = 3;

/** The appendix form's subject line: at most this many characters. */
export const subjectMaxLength = 500;

/** A complainant's age, when given, in whole years. */
export const ageRange = { min: 1, max: 130 };

/** R2.1, R2.2: a number in the SAO's incoming register or the Center's complaint register. */
export const registerNumberMaxLength = 50;

/** R3, R4.4: the number of the order appointing a fact-finding committee. */
export const orderNumberMaxLength = 100;

/** A person's full name: a complainant, an accused, a committee member. */
export const personNameMaxLength = 200;

/** How many copies of one piece of evidence the appendix form may list. */
export const evidenceCopiesRange = { min: 1, max: 999 };

/** A password is at least this many characters long (contract, "Accounts"). */
export const passwordMinLength = 12;

/**
 * The password rules both sides can check (contract, "Accounts"): the rule a new password breaks,
 * `tooShort` or `sameAsUsername`, or null. Whether it is a common password only the server knows.
 */
export function passwordRuleBroken(password, username) {
  if ([...password].length < passwordMinLength) return 'tooShort';
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return 'sameAsUsername';
  return null;
}

/** Usernames people type at the sign-in page: letters, digits, dot, dash and underscore, 3 to 50 of them. */
export const usernamePattern = /^[A-Za-z0-9._-]{3,50}$/;

/** A stable code of a body or a division: capital letters, digits and _, from a letter, 2 to 40 (NONG_KHAE_TM, LEGAL). */
export const referenceCodePattern = /^[A-Z][A-Z0-9_]{1,39}$/;

/** The emblem printed on the letterhead is at most this many bytes (a sharp one is far smaller). */
export const emblemMaxBytes = 300 * 1024;

/** The citizen's channel (contract): a message either way is at most this many characters. */
export const messageMaxLength = 5_000;

/** The citizen's channel (contract): each uploaded file is at most 20 MiB. */
export const uploadMaxBytes = 20 * 1024 * 1024;

/** The citizen's channel (contract): at most 5 files with a submission or a message. */
export const publicAttachmentsMax = 5;
