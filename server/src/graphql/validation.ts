/** Input checks shared by the modules' input types and services. */

/** A required text must hold something besides spaces (with class-validator's @Matches). */
export const notBlank = /\S/;
export const notBlankMessage = '$property must not be blank';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else names nothing, and is answered like an id that does not exist. */
export function isUuid(value: string): boolean {
  return uuid.test(value);
}
