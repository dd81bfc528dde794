import { createHash } from 'node:crypto';
import { readableAlphabet, readableCode } from '../shared/readable-code.js';

const groups = 6;
const groupLength = 4;

/** Contract: at least 100 random bits. 24 symbols of 31 carry 24·log2(31) ≈ 118.9 bits. */
export const trackingCodeBits = groups * groupLength * Math.log2(readableAlphabet.length);

/**
 * Contract, "The citizen's channel": a tracking code from the CSPRNG (node:crypto), in six groups
 * of four a person can read over the phone, e.g. `K7QM-2WXE-…`. Shown once; only its hash is kept.
 */
export function newTrackingCode(): string {
  return readableCode(groups, groupLength);
}

/** Case-insensitive, and blind to the spaces and dashes a person types between the groups. */
export function normaliseTrackingCode(code: string): string {
  return code.toUpperCase().replace(/[\s\-–—.]/g, '');
}

/** What is stored: the hex SHA-256 of the normalised code. */
export function trackingCodeHash(code: string): string {
  return createHash('sha256').update(normaliseTrackingCode(code)).digest('hex');
}
