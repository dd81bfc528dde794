/** Input checks shared by the modules' input types and services. */
import { hasVisibleCharacter, visibleCharacter } from '@rongrian/schema/input-rules';

/**
 * A required text must hold a character a reader can see (with class-validator's @Matches): not
 * only spaces, zero-width or other invisible characters. The rule lives in schema/input-rules.js,
 * which the web app's forms check too.
 */
export const notBlank = visibleCharacter;
export const notBlankMessage = '$property must hold a visible character';

export { hasVisibleCharacter };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else names nothing, and is answered like an id that does not exist. */
export function isUuid(value: string): boolean {
  return uuid.test(value);
}

/** An optional text as stored: trimmed, and nothing (null) when nothing in it is visible. */
export function optionalText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed && hasVisibleCharacter(trimmed) ? trimmed : null;
}

const thaiDigitZero = 0x0e50;

/**
 * Thai digits (๐–๙) as Western ones, so that ๑๒/๒๕๖๙ and 12/2569 are the same text: the one place
 * the rule lives (the register's search; the web app sends what was typed). Nothing else changes:
 * NFKC would split the Thai ำ and the text would no longer match what is stored.
 */
export function westernDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (digit) => String(digit.charCodeAt(0) - thaiDigitZero));
}

/** The SQL `translate` arguments that make a column's Thai digits Western, as westernDigits does. */
export const thaiDigitChars = '๐๑๒๓๔๕๖๗๘๙';
