import { holidays as seededHolidays } from '@rongrian/seeds';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  addWorkingHours,
  dueAt,
  dueSoonAt,
  localTime,
  minutesOf,
  officeHoursOn,
  subtractWorkingHours,
  type OfficeCalendar,
} from './working-time.js';

/** Thai government offices: Monday–Friday 08:30–16:30, Asia/Bangkok, the seeded holidays. */
function thaiCalendar(holidays: Iterable<string> = seededHolidays.map((h) => h.date)): OfficeCalendar {
  return {
    timeZone: 'Asia/Bangkok',
    hours: new Map([1, 2, 3, 4, 5].map((weekday) => [weekday, { opens: minutesOf('08:30'), closes: minutesOf('16:30') }])),
    holidays: new Set(holidays),
  };
}
const calendar = thaiCalendar();
const bangkok = (local: string) => new Date(`${local}+07:00`);
const iso = (local: string) => bangkok(local).toISOString();

describe('working hours (R2.1, R2.3: 3 working hours)', () => {
  it('R2.1: received Wednesday 8 April 2026 10:00 → due 13:00 the same day', () => {
    expect(addWorkingHours(calendar, bangkok('2026-04-08T10:00:00'), 3).toISOString()).toBe(iso('2026-04-08T13:00:00'));
  });

  it('counts from the next opening when received outside office time (evening and early morning)', () => {
    expect(addWorkingHours(calendar, bangkok('2026-04-08T19:45:00'), 3).toISOString()).toBe(iso('2026-04-09T11:30:00'));
    expect(addWorkingHours(calendar, bangkok('2026-04-09T06:00:00'), 3).toISOString()).toBe(iso('2026-04-09T11:30:00'));
  });

  it('using the amount up exactly at 16:30 makes 16:30 of that day the deadline', () => {
    expect(addWorkingHours(calendar, bangkok('2026-04-08T13:30:00'), 3).toISOString()).toBe(iso('2026-04-08T16:30:00'));
  });

  it('spans a weekend: Friday 12 June 2026 15:00 + 3 working hours → Monday 15 June 10:00', () => {
    expect(addWorkingHours(calendar, bangkok('2026-06-12T15:00:00'), 3).toISOString()).toBe(iso('2026-06-15T10:00:00'));
  });

  it('spans a weekend and a holiday: Friday 3 April 2026 15:00, Chakri Day Monday 6 April → Tuesday 7 April 10:00', () => {
    expect(addWorkingHours(calendar, bangkok('2026-04-03T15:00:00'), 3).toISOString()).toBe(iso('2026-04-07T10:00:00'));
  });
});

describe('working days (R2.2: 1 working day; R4.6: 7; R9: 15)', () => {
  it('R9: received Wednesday 8 April 2026 → FIRST_REPLY due 16:30 Tuesday 5 May 2026 (Songkran 13–15 April and Coronation Day 4 May skipped, Labour Day 1 May counted)', () => {
    expect(addWorkingDays(calendar, bangkok('2026-04-08T10:00:00'), 15).toISOString()).toBe(iso('2026-05-05T16:30:00'));
  });

  it('R2.2: the day of the start is not counted: registered Friday 16:00 → due Monday 16:30', () => {
    expect(addWorkingDays(calendar, bangkok('2026-06-05T16:00:00'), 1).toISOString()).toBe(iso('2026-06-08T16:30:00'));
  });

  it('R2.2: registered on Saturday still counts from the next working day', () => {
    expect(addWorkingDays(calendar, bangkok('2026-06-06T09:00:00'), 1).toISOString()).toBe(iso('2026-06-08T16:30:00'));
  });

  it('R4.6: 7 working days across Songkran 2026: distributed Friday 10 April → Friday 24 April', () => {
    // 10 Apr start (not counted); 13–15 Songkran; 16,17,20,21,22,23,24 → the 7th is Friday 24 April.
    expect(addWorkingDays(calendar, bangkok('2026-04-10T09:00:00'), 7).toISOString()).toBe(iso('2026-04-24T16:30:00'));
  });
});

describe('days (R4.3, R4.4: 7 days; Administrative Procedure Act s. 64)', () => {
  it('a 7-day period ending on a Saturday moves to Monday', () => {
    // Resolved Saturday 30 May 2026: 7 days on is Saturday 6 June → Monday 8 June, 16:30.
    expect(addDays(calendar, bangkok('2026-05-30T11:00:00'), 7).toISOString()).toBe(iso('2026-06-08T16:30:00'));
  });

  it('a 7-day period ending on a weekday is due at 16:30 that day, whatever the hour of the start', () => {
    expect(addDays(calendar, bangkok('2026-06-01T16:29:00'), 7).toISOString()).toBe(iso('2026-06-08T16:30:00'));
  });

  it('a 7-day period ending on Coronation Day (Monday 4 May 2026) moves to Tuesday 5 May', () => {
    expect(addDays(calendar, bangkok('2026-04-27T10:00:00'), 7).toISOString()).toBe(iso('2026-05-05T16:30:00'));
  });

  it('a 7-day period ending in Songkran moves past it', () => {
    expect(addDays(calendar, bangkok('2026-04-07T10:00:00'), 7).toISOString()).toBe(iso('2026-04-16T16:30:00'));
  });
});

describe('due soon (workflow.md, "Alerts")', () => {
  it('3 working hours: one working hour before, which comes before a quarter (45 minutes)', () => {
    const due = bangkok('2026-04-08T13:00:00');
    expect(dueSoonAt(calendar, due, 3, 'WORKING_HOURS').toISOString()).toBe(iso('2026-04-08T12:00:00'));
  });

  it('15 working days: a quarter (3.75 working days = 30 working hours) before', () => {
    const due = bangkok('2026-05-05T16:30:00');
    // Back from Tue 5 May 16:30: Tue 8h, (Mon 4 May holiday), Fri 1 May 8h, Thu 30 Apr 8h, Wed 29 Apr 6h → 10:30.
    expect(dueSoonAt(calendar, due, 15, 'WORKING_DAYS').toISOString()).toBe(iso('2026-04-29T10:30:00'));
  });

  it('7 days: a quarter (42 hours) before', () => {
    const due = bangkok('2026-06-08T16:30:00');
    expect(dueSoonAt(calendar, due, 7, 'DAYS').toISOString()).toBe(iso('2026-06-06T22:30:00'));
  });
});

// --- properties ----------------------------------------------------------------------------------

const instants = fc.date({ min: new Date('2025-10-01T00:00:00Z'), max: new Date('2027-10-01T00:00:00Z'), noInvalidDate: true });
const workingHours = fc.integer({ min: 1, max: 8 * 40 }).map((quarterHours) => quarterHours / 4);
const holidaySets = fc.uniqueArray(
  fc.integer({ min: 0, max: 730 }).map((offset) => new Date(Date.UTC(2025, 9, 1) + offset * 86_400_000).toISOString().slice(0, 10)),
  { maxLength: 30 },
);

function insideOfficeTime(cal: OfficeCalendar, instant: Date): boolean {
  const { date, msOfDay } = localTime(instant, cal.timeZone);
  const office = officeHoursOn(cal, date);
  return !!office && msOfDay >= office.opens * 60_000 && msOfDay <= office.closes * 60_000;
}

describe('properties of the counting rules', () => {
  it('a due instant always lies inside office time, for every unit', () => {
    fc.assert(
      fc.property(
        instants,
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('WORKING_HOURS', 'WORKING_DAYS', 'DAYS' as const),
        (start, amount, unit) => insideOfficeTime(calendar, dueAt(calendar, start, amount, unit)),
      ),
      { numRuns: 500 },
    );
  });

  it('working hours add up: adding a then b equals adding a + b', () => {
    fc.assert(
      fc.property(instants, workingHours, workingHours, holidaySets, (start, a, b, extra) => {
        const cal = thaiCalendar([...calendar.holidays, ...extra]);
        return addWorkingHours(cal, addWorkingHours(cal, start, a), b).getTime() === addWorkingHours(cal, start, a + b).getTime();
      }),
      { numRuns: 500 },
    );
  });

  it('adding a holiday never makes a deadline earlier', () => {
    fc.assert(
      fc.property(
        instants,
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('WORKING_HOURS', 'WORKING_DAYS', 'DAYS' as const),
        holidaySets,
        (start, amount, unit, extra) => {
          const more = thaiCalendar([...calendar.holidays, ...extra]);
          return dueAt(more, start, amount, unit) >= dueAt(calendar, start, amount, unit);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('subtracting working hours undoes adding them, from inside office time', () => {
    fc.assert(
      fc.property(instants, workingHours, (start, hours) => {
        const due = addWorkingHours(calendar, start, hours);
        const back = subtractWorkingHours(calendar, due, hours);
        return addWorkingHours(calendar, back, hours).getTime() === due.getTime();
      }),
      { numRuns: 500 },
    );
  });

  it('due soon never comes after the due instant', () => {
    fc.assert(
      fc.property(
        instants,
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('WORKING_HOURS', 'WORKING_DAYS', 'DAYS' as const),
        (start, amount, unit) => {
          const due = dueAt(calendar, start, amount, unit);
          return dueSoonAt(calendar, due, amount, unit) <= due;
        },
      ),
      { numRuns: 300 },
    );
  });
});
