import { instantAt, localTime } from '../calendar/working-time.js';

/**
 * R10: the Thai fiscal year B.E. Y runs from 1 October of C.E. Y−544 to 30 September of C.E. Y−543;
 * Q1 = Oct–Dec, Q2 = Jan–Mar, Q3 = Apr–Jun, Q4 = Jul–Sep. A complaint counts in the period of its
 * receivedAt in the organisation's time zone.
 */
export interface FiscalPeriod {
  /** First and last month, as YYYY-MM-01 (the rollups' keys). */
  firstMonth: string;
  lastMonth: string;
  /** [from, to) as instants. */
  from: Date;
  to: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function fiscalPeriod(fiscalYear: number, quarter: number | null, timeZone: string): FiscalPeriod {
  const startYear = fiscalYear - 544; // C.E. year of 1 October
  const firstMonthIndex = quarter ? (quarter - 1) * 3 : 0; // months after October
  const months = quarter ? 3 : 12;
  const monthAt = (offset: number) => {
    const index = 9 + offset; // October is month index 9
    return `${startYear + Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
  };
  const firstMonth = monthAt(firstMonthIndex);
  const lastMonth = monthAt(firstMonthIndex + months - 1);
  const afterLast = monthAt(firstMonthIndex + months);
  return {
    firstMonth,
    lastMonth,
    from: instantAt(firstMonth, 0, timeZone),
    to: instantAt(afterLast, 0, timeZone),
  };
}

/** R10: the fiscal year (B.E.) of a day, YYYY-MM-DD: October onwards belongs to the next one. */
export function fiscalYearOfDay(day: string): number {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return year + 543 + (month >= 10 ? 1 : 0);
}

/** R10: the fiscal year (B.E.) an instant falls in, on the organisation's calendar. */
export function fiscalYearAt(instant: Date, timeZone: string): number {
  return fiscalYearOfDay(localTime(instant, timeZone).date);
}
