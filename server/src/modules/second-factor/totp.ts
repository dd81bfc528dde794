import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/**
 * Issue 11, item 3: RFC 6238 as every authenticator app reads it by default: HMAC-SHA-1, 6 digits,
 * a 30-second step. The arithmetic is the `otpauth` library's; this file only fixes its settings.
 */
export const totpSettings = { algorithm: 'SHA1', digits: 6, period: 30 } as const;

/** Steps either side of now that still count, for a phone's clock a little off (±30 s). */
const window = 1;

/** 160 random bits from the operating system's CSPRNG (RFC 4226 §4 recommends 160), in base32. */
export function newTotpSecret(): string {
  return new Secret({ buffer: new Uint8Array(randomBytes(20)).buffer }).base32;
}

/** The `otpauth://totp/…` URI an authenticator app scans from the QR code. */
export function otpauthUri(secret: string, issuer: string, account: string): string {
  return new TOTP({ issuer, label: account, secret: Secret.fromBase32(secret), ...totpSettings }).toString();
}

/** The 30-second step an instant falls in. */
export function totpStepAt(at: number): number {
  return TOTP.counter({ period: totpSettings.period, timestamp: at });
}

/** The code of `secret` at the instant `at` (milliseconds): what an app shows then. */
export function totpCodeAt(secret: string, at: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), ...totpSettings, timestamp: at });
}

/**
 * The step whose code `code` is, within ±1 step of the instant `at` (milliseconds), or null. The
 * caller refuses a step already used (replay); the clock is the caller's, so tests fix it.
 */
export function totpStepOf(secret: string, code: string, at: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secret), ...totpSettings, timestamp: at, window });
  return delta === null ? null : totpStepAt(at) + delta;
}

/**
 * What the server takes as now when it checks a code. Tests fix it (second-factor.test.ts), so that
 * they compute the codes of a known instant; everything else reads the real clock.
 */
export const totpClock = { now: (): number => Date.now() };
