import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The TOTP secret at rest (issue 11, item 3). With SECOND_FACTOR_KEY set (32 bytes, base64) it is
 * sealed with AES-256-GCM, the user's id as associated data, so a sealed secret copied onto another
 * account's row does not open; a database dump or backup then holds no usable secret. Without a key
 * it is kept as it is, marked `plain:` (the demo mode; the server warns at start outside it).
 */
const sealedPrefix = 'v1:';
const plainPrefix = 'plain:';

export function sealSecret(secret: string, userId: string, key: Buffer | null): string {
  if (!key) return plainPrefix + secret;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(userId));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return sealedPrefix + [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
}

export function openSecret(stored: string, userId: string, key: Buffer | null): string {
  if (stored.startsWith(plainPrefix)) return stored.slice(plainPrefix.length);
  if (!stored.startsWith(sealedPrefix)) throw new Error('second factor secret in an unknown format');
  if (!key) throw new Error('a second factor secret is sealed but SECOND_FACTOR_KEY is not set');
  const [iv, tag, sealed] = stored
    .slice(sealedPrefix.length)
    .split('.')
    .map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', key, iv!);
  decipher.setAAD(Buffer.from(userId));
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(sealed!), decipher.final()]).toString('utf8');
}
