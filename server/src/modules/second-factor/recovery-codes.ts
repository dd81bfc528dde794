import { createHash, randomInt } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read off paper is typed right. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** How many recovery codes an enrolment answers (issue 11, item 3: "~10"). */
export const recoveryCodeCount = 10;

/** 16 symbols of 5 random bits (80 bits), shown as XXXX-XXXX-XXXX-XXXX. */
export function newRecoveryCode(): string {
  const symbols = Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return symbols.match(/.{4}/g)!.join('-');
}

/** A code as typed, to the form it was hashed in: case, spaces and dashes ignored, O read as 0, I and L as 1. */
export function normaliseRecoveryCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** Only this is stored: SHA-256 of the user's id and the code (80 random bits need no slow hash). */
export function recoveryCodeHash(userId: string, code: string): string {
  return createHash('sha256')
    .update(`${userId}:${normaliseRecoveryCode(code)}`)
    .digest('hex');
}
