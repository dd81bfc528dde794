import type { Lang } from './i18n';

// Instants are shown in office time (Asia/Bangkok), whatever zone the browser is in. 'th-TH' uses the
// Buddhist calendar by default, which is how Thai offices write dates (B.E. 2569); 'en-GB' keeps the
// Gregorian year and a day-month order for English readers.
const instantFormats: Record<Lang, Intl.DateTimeFormat> = {
  th: new Intl.DateTimeFormat('th-TH', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Bangkok',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Bangkok',
  }),
};

/** Formats an ISO-8601 instant from the API, e.g. "8 เม.ย. 2569 10:00" or "8 Apr 2026, 10:00". */
export function formatInstant(iso: string, lang: Lang): string {
  return instantFormats[lang].format(new Date(iso));
}

/** A `datetime-local` value read as Bangkok office time (UTC+7, no daylight saving). */
export function officeTimeToInstant(local: string): string | undefined {
  if (!local) return undefined;
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  return `${withSeconds}+07:00`;
}

// A calendar day (YYYY-MM-DD) is the same day everywhere: formatted at UTC, it never shifts.
const dayFormats: Record<Lang, Intl.DateTimeFormat> = {
  th: new Intl.DateTimeFormat('th-TH', { dateStyle: 'medium', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }),
};

/** Formats a calendar day from the API, e.g. "13 เม.ย. 2570" or "13 Apr 2027". */
export function formatDay(date: string, lang: Lang): string {
  return dayFormats[lang].format(new Date(`${date}T00:00:00Z`));
}
