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
