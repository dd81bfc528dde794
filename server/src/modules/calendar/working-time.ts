/**
 * Office time, as workflow.md "How time is counted" defines it. Pure functions of an office
 * calendar: no clock, no database, so every rule can be proven on worked examples and properties.
 *
 * - Working hours: office time is counted from the start (from the next opening when the start is
 *   outside office time); the deadline is the instant the amount is used up, 16:30 included.
 * - Working days: the day of the start is not counted (Administrative Procedure Act B.E. 2539,
 *   s. 64); the deadline is the close of office on the Nth working day after the start's date.
 * - Days: the day of the start is not counted; a period ending on a day offices are closed moves to
 *   the next working day (same section); the deadline is the close of office that day.
 */

export type DeadlineUnit = 'WORKING_HOURS' | 'WORKING_DAYS' | 'DAYS';

export interface OfficeCalendar {
  timeZone: string;
  /** Opening and closing, in minutes after midnight, per ISO weekday (1 = Monday … 7 = Sunday). */
  hours: ReadonlyMap<number, { opens: number; closes: number }>;
  /** Days offices close, as YYYY-MM-DD in the calendar's time zone. */
  holidays: ReadonlySet<string>;
}

const minuteMs = 60_000;
const dayMs = 86_400_000;
/** No calendar has a year without a working day; a bound keeps a broken one from looping forever. */
const searchLimitDays = 3_660;

/** "08:30" → 510 */
export function minutesOf(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time of an instant in a zone. */
export function localTime(instant: Date, timeZone: string): { date: string; msOfDay: number } {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const msOfDay = (Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second)) * 1000 + instant.getUTCMilliseconds();
  return { date: `${parts.year}-${parts.month}-${parts.day}`, msOfDay };
}

/** The instant at which a zone's wall clock shows `msOfDay` on `date`. */
export function instantAt(date: string, msOfDay: number, timeZone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + msOfDay;
  // The zone's offset at that wall time: guess, then correct once (enough for any real zone).
  let instant = wall - offsetMs(new Date(wall), timeZone);
  instant = wall - offsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

function offsetMs(instant: Date, timeZone: string): number {
  const { date, msOfDay } = localTime(instant, timeZone);
  return Date.parse(`${date}T00:00:00Z`) + msOfDay - instant.getTime();
}

export function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

function isoWeekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

/** Office hours of a date, or undefined when offices are closed (weekend or holiday). */
export function officeHoursOn(calendar: OfficeCalendar, date: string): { opens: number; closes: number } | undefined {
  if (calendar.holidays.has(date)) return undefined;
  return calendar.hours.get(isoWeekday(date));
}

export function isWorkingDay(calendar: OfficeCalendar, date: string): boolean {
  return officeHoursOn(calendar, date) !== undefined;
}

function closeOfOffice(calendar: OfficeCalendar, date: string): Date {
  return instantAt(date, officeHoursOn(calendar, date)!.closes * minuteMs, calendar.timeZone);
}

function noWorkingDay(): Error {
  return new Error(`the office calendar has no working day within ${searchLimitDays} days`);
}

/** Working hours: the instant `hours` of office time after `start`. */
export function addWorkingHours(calendar: OfficeCalendar, start: Date, hours: number): Date {
  let remaining = hours * 60 * minuteMs;
  let { date, msOfDay: cursor } = localTime(start, calendar.timeZone);
  for (let day = 0; day < searchLimitDays; day++, date = addCalendarDays(date, 1), cursor = 0) {
    const office = officeHoursOn(calendar, date);
    if (!office) continue;
    const from = Math.max(cursor, office.opens * minuteMs);
    const until = office.closes * minuteMs;
    if (from > until) continue;
    if (remaining <= until - from) return instantAt(date, from + remaining, calendar.timeZone);
    remaining -= until - from;
  }
  throw noWorkingDay();
}

/** The instant `hours` of office time before `end` (for due-soon thresholds). */
export function subtractWorkingHours(calendar: OfficeCalendar, end: Date, hours: number): Date {
  let remaining = hours * 60 * minuteMs;
  let { date, msOfDay: cursor } = localTime(end, calendar.timeZone);
  for (let day = 0; day < searchLimitDays; day++, date = addCalendarDays(date, -1), cursor = dayMs) {
    const office = officeHoursOn(calendar, date);
    if (!office) continue;
    const to = Math.min(cursor, office.closes * minuteMs);
    const since = office.opens * minuteMs;
    if (to < since) continue;
    if (remaining <= to - since) return instantAt(date, to - remaining, calendar.timeZone);
    remaining -= to - since;
  }
  throw noWorkingDay();
}

/** Working days: close of office on the Nth working day after the start's date. */
export function addWorkingDays(calendar: OfficeCalendar, start: Date, days: number): Date {
  let date = localTime(start, calendar.timeZone).date;
  let counted = 0;
  for (let day = 0; day < searchLimitDays && counted < days; day++) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(calendar, date)) counted++;
  }
  if (counted < days) throw noWorkingDay();
  return closeOfOffice(calendar, date);
}

/** Days: N days after the start's date, moved on to the next working day, at close of office. */
export function addDays(calendar: OfficeCalendar, start: Date, days: number): Date {
  let date = addCalendarDays(localTime(start, calendar.timeZone).date, days);
  for (let day = 0; day < searchLimitDays; day++, date = addCalendarDays(date, 1)) {
    if (isWorkingDay(calendar, date)) return closeOfOffice(calendar, date);
  }
  throw noWorkingDay();
}

/** The due instant of a period of `amount` `unit` from `start`. */
export function dueAt(calendar: OfficeCalendar, start: Date, amount: number, unit: DeadlineUnit): Date {
  switch (unit) {
    case 'WORKING_HOURS':
      return addWorkingHours(calendar, start, amount);
    case 'WORKING_DAYS':
      return addWorkingDays(calendar, start, amount);
    case 'DAYS':
      return addDays(calendar, start, amount);
  }
}

/** Length of an office day in hours (working days are counted as this many working hours). */
function workingDayHours(calendar: OfficeCalendar): number {
  const days = [...calendar.hours.values()];
  return days.length ? (days[0].closes - days[0].opens) / 60 : 8;
}

/**
 * workflow.md, "Alerts": a deadline is due soon when less than a quarter of its amount is left (in
 * its own unit), or less than one working hour, whichever comes first. The earlier of the two
 * instants is when DUE_SOON is raised.
 */
export function dueSoonAt(calendar: OfficeCalendar, due: Date, amount: number, unit: DeadlineUnit): Date {
  const oneHourBefore = subtractWorkingHours(calendar, due, 1);
  const quarter = amount / 4;
  const quarterBefore =
    unit === 'WORKING_HOURS'
      ? subtractWorkingHours(calendar, due, quarter)
      : unit === 'WORKING_DAYS'
        ? subtractWorkingHours(calendar, due, quarter * workingDayHours(calendar))
        : new Date(due.getTime() - quarter * dayMs);
  return quarterBefore < oneHourBefore ? quarterBefore : oneHourBefore;
}
