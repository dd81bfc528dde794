import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text.trim().toUpperCase().replace(/[\s-]/g, '')).digest();

/**
 * Issue 11, item 1: the first-run page is protected by a one-time token printed in the server's
 * log at start, never a page anyone on the office network can claim. 128 bits from a CSPRNG, in
 * groups of four a person can copy from the console; held only as a hash, and gone once used.
 */
export class FirstRunToken {
  #hash: Buffer | null = null;

  /** A new token, replacing any earlier one; the caller prints it. */
  issue(): string {
    const token = randomBytes(16).toString('hex').toUpperCase().match(/.{4}/g)!.join('-');
    this.#hash = digest(token);
    return token;
  }

  get pending(): boolean {
    return this.#hash !== null;
  }

  /** Whether `token` is the one issued (spaces, dashes and case ignored), compared in constant time. */
  matches(token: string): boolean {
    return this.#hash !== null && timingSafeEqual(this.#hash, digest(token));
  }

  /** The body is set up: the page closes for good in this process. */
  retire(): void {
    this.#hash = null;
  }
}
