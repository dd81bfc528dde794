import { westernDigits } from '../shared/input-checks.js';

/**
 * Dates as Thai clerks type them (issue 11, items 2 and 6), read into YYYY-MM-DD (Gregorian):
 * `1 ธ.ค. 2568`, `1 ธันวาคม 2568`, `วันจันทร์ที่ 1 ธันวาคม พ.ศ. 2568`, `01/12/2568`, `1/12/68`,
 * `1-12-2568`, Thai digits (๑/๑๒/๒๕๖๘), and ISO `2025-12-01`. A year of four digits from 2400 is
 * Buddhist Era, below it Common Era; two digits are the Buddhist Era's last two (68 → 2568).
 */

const months: [string, string][] = [
  ['มกราคม', 'ม.ค.'],
  ['กุมภาพันธ์', 'ก.พ.'],
  ['มีนาคม', 'มี.ค.'],
  ['เมษายน', 'เม.ย.'],
  ['พฤษภาคม', 'พ.ค.'],
  ['มิถุนายน', 'มิ.ย.'],
  ['กรกฎาคม', 'ก.ค.'],
  ['สิงหาคม', 'ส.ค.'],
  ['กันยายน', 'ก.ย.'],
  ['ตุลาคม', 'ต.ค.'],
  ['พฤศจิกายน', 'พ.ย.'],
  ['ธันวาคม', 'ธ.ค.'],
];

function monthOf(word: string): number | null {
  const bare = word.replace(/\s/g, '');
  const withoutDots = bare.replace(/\./g, '');
  const index = months.findIndex(([full, short]) => full === bare || short === bare || short.replace(/\./g, '') === withoutDots);
  return index < 0 ? null : index + 1;
}

function gregorianYear(year: string): number | null {
  const value = Number(year);
  if (year.length === 2) return 2500 + value - 543;
  if (year.length !== 4) return null;
  return value >= 2400 ? value - 543 : value;
}

function isoDate(year: number | null, month: number | null, day: number): string | null {
  if (year === null || month === null || year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return new Date(`${text}T00:00:00Z`).toISOString().startsWith(text) ? text : null;
}

/** YYYY-MM-DD, or null when the text is no date a clerk would write (or no real day, such as 31 เม.ย.). */
export function parseThaiDate(input: string): string | null {
  const text = westernDigits(input)
    .trim()
    .replace(/^วัน\S*?ที่\s*/, '')
    .replace(/พ\.\s?ศ\.\s*/, '')
    .replace(/\s+/g, ' ');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return isoDate(gregorianYear(iso[1]!), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (numeric) return isoDate(gregorianYear(numeric[3]!), Number(numeric[2]), Number(numeric[1]));
  const worded = /^(\d{1,2})\s*([ก-๛.\s]+?)\s*(\d{2}|\d{4})$/.exec(text);
  if (worded) return isoDate(gregorianYear(worded[3]!), monthOf(worded[2]!), Number(worded[1]));
  return null;
}

/**
 * Issue 11, item 6: a date as `parseThaiDate` reads it, optionally followed by a time of day as
 * registers write it (`1 ธ.ค. 2568 10:05`, `1/12/68 เวลา 10.05 น.`): the date and `HH:MM`, or a
 * null time when none was written; null when the text is no such date or no real time.
 */
export function parseThaiDateTime(input: string): { date: string; time: string | null } | null {
  const text = westernDigits(input).trim();
  const withTime = /^(.*?)[\s,]+(?:เวลา\s*)?(\d{1,2})[:.](\d{2})(?:\s*น\.?)?$/.exec(text);
  if (withTime) {
    const date = parseThaiDate(withTime[1]!);
    const hours = Number(withTime[2]);
    const minutes = Number(withTime[3]);
    if (!date || hours > 23 || minutes > 59) return null;
    return { date, time: `${String(hours).padStart(2, '0')}:${withTime[3]}` };
  }
  const date = parseThaiDate(text);
  return date ? { date, time: null } : null;
}
