/**
 * The Buddhist-Era year of an instant in a time zone, from Intl's Buddhist calendar rather than a
 * hand-written offset (style.md, "Dates").
 */
export function buddhistYear(instant: Date, timeZone: string): number {
  const year = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', { timeZone, year: 'numeric' })
    .formatToParts(instant)
    .find((part) => part.type === 'year');
  return Number(year?.value);
}
