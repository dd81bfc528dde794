// Issue 14, item 7: dates and times as Thai offices write them — day/month/B.E. year, a 24-hour time
// (`1/12/2569 14:30`, `01/12/2569`, `1/12/2569 14.30 น.`, Thai digits ๑/๑๒/๒๕๖๙) — read into the
// values the forms have always handed on: an office-time `YYYY-MM-DDTHH:mm` (what officeTimeToInstant
// reads) or a calendar day `YYYY-MM-DD`. So the server's contract does not change.

export type DateEntryMode = 'datetime' | 'date';

// The Buddhist Era has counted from the Gregorian year + 543 since B.E. 2484 (1941), when Thailand moved
// New Year to 1 January; the parser needs the offset itself (formatting goes through Intl's th-TH).
const buddhistEraOffset = 543;
// Nothing the office records is older: a year below B.E. 2400 is a typing slip (a Gregorian year, say).
const earliestBuddhistYear = 2400;

const thaiDigits = /[๐-๙]/g;
const toArabic = (text: string) => text.replace(thaiDigits, (digit) => String(digit.charCodeAt(0) - 0x0e50));

const pattern = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\s*[, ]\s*(\d{1,2})\s*[:.]\s*(\d{2})\s*(?:น\.?)?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The value typed, read: `YYYY-MM-DDTHH:mm` (datetime) or `YYYY-MM-DD` (date), or undefined when it is
 * not a real day in the B.E. (31/4, 29/2 of a common year, a year below 2400, 24:00 or 14:60).
 * In datetime mode a day without a time means its start (00:00).
 */
export function parseDateEntry(text: string, mode: DateEntryMode): string | undefined {
  const match = pattern.exec(toArabic(text).trim().replace(/\s+/g, ' '));
  if (!match) return undefined;
  const [, d, m, y, hh, mm] = match;
  const day = Number(d);
  const month = Number(m);
  const buddhistYear = Number(y);
  if (buddhistYear < earliestBuddhistYear) return undefined;
  const year = buddhistYear - buddhistEraOffset;
  if (month < 1 || month > 12 || day < 1) return undefined;
  // The month's last day, leap years included (Date.UTC's day 0 is the previous month's last).
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  if (mode === 'date') return hh === undefined ? date : undefined;
  const hour = hh === undefined ? 0 : Number(hh);
  const minute = mm === undefined ? 0 : Number(mm);
  // 24:00 is the next day's 00:00: the office writes that, not 24:00.
  if (hour > 23 || minute > 59) return undefined;
  return `${date}T${pad(hour)}:${pad(minute)}`;
}

/** Whether a form value is one the entry hands on (empty counts: that is "not given"). */
export function isDateEntryValue(value: string, mode: DateEntryMode): boolean {
  if (value === '') return true;
  return mode === 'date' ? /^\d{4}-\d{2}-\d{2}$/.test(value) : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value);
}

// Day/month/B.E. year in Arabic digits, as the clerk types it back; Intl's th-TH gives the B.E. year.
const dayFormat = new Intl.DateTimeFormat('th-TH-u-nu-latn', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** A form value as the text field shows it: `1/12/2569 14:30` or `1/12/2569`; '' for ''. */
export function formatDateEntry(value: string, mode: DateEntryMode): string {
  if (!isDateEntryValue(value, mode) || value === '') return value;
  const day = dayFormat.format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
  return mode === 'date' ? day : `${day} ${value.slice(11, 16)}`;
}

/** The calendar day of a form value, as a local-midnight Date for the picker. */
export function dateOfEntry(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

/** A day picked on the calendar (local midnight) as a form value, keeping the time already typed. */
export function entryOfDate(date: Date, mode: DateEntryMode, previous: string, fallbackTime: string): string {
  const day = `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  if (mode === 'date') return day;
  const time = /T(\d{2}:\d{2})/.exec(previous)?.[1] ?? fallbackTime;
  return `${day}T${time}`;
}
