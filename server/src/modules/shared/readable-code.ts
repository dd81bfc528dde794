import { randomInt } from 'node:crypto';

/** Letters and digits nobody confuses when reading them out (no 0/O, 1/I/L). */
export const readableAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/**
 * A secret a person can read over the phone: `groups` groups of `length` symbols of the readable
 * alphabet, from the CSPRNG (node:crypto), joined by dashes. Temporary passwords and tracking codes.
 */
export function readableCode(groups: number, length: number): string {
  return Array.from({ length: groups }, () =>
    Array.from({ length }, () => readableAlphabet[randomInt(readableAlphabet.length)]).join(''),
  ).join('-');
}
