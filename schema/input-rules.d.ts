/** A character a reader can see (see input-rules.js). */
export declare const visibleCharacter: RegExp;
/** A required text must hold at least one visible character. */
export declare function hasVisibleCharacter(text: string): boolean;
/** The earliest instant any input may name: 1 January B.E. 2500 (1957), midnight in Bangkok. */
export declare const earliestInstant: string;
/** U+0000, or half of a UTF-16 surrogate pair without its other half (see input-rules.js). */
export declare const unsafeCharacter: RegExp;
