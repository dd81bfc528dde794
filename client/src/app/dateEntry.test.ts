import { describe, expect, it } from 'vitest';
import { entryOfDate, formatDateEntry, isDateEntryValue, parseDateEntry } from './dateEntry';
import { officeTimeToInstant } from './format';

describe('B.E. date entry (issue 14, item 7)', () => {
  it('reads day/month/B.E. year and a time as office time', () => {
    expect(parseDateEntry('1/12/2569 14:30', 'datetime')).toBe('2026-12-01T14:30');
    expect(new Date(officeTimeToInstant(parseDateEntry('1/12/2569 14:30', 'datetime')!)!).toISOString()).toBe('2026-12-01T07:30:00.000Z');
    expect(parseDateEntry('01/12/2569', 'datetime')).toBe('2026-12-01T00:00');
    expect(parseDateEntry('1/12/2569 14.30', 'datetime')).toBe('2026-12-01T14:30');
    expect(parseDateEntry('1/12/2569 14.30 น.', 'datetime')).toBe('2026-12-01T14:30');
    expect(parseDateEntry('  1 / 12 / 2569   9:05 ', 'datetime')).toBe('2026-12-01T09:05');
    expect(parseDateEntry('1-12-2569', 'date')).toBe('2026-12-01');
  });

  it('reads Thai digits', () => {
    expect(parseDateEntry('๑/๑๒/๒๕๖๙', 'date')).toBe('2026-12-01');
    expect(parseDateEntry('๑/๑๒/๒๕๖๙ ๑๔:๓๐', 'datetime')).toBe('2026-12-01T14:30');
  });

  it('knows leap years: 29 Feb 2567 (2024) is a day, 29 Feb 2569 (2026) is not', () => {
    expect(parseDateEntry('29/2/2567', 'date')).toBe('2024-02-29');
    expect(parseDateEntry('29/2/2569', 'date')).toBeUndefined();
    // 2100 (B.E. 2643) is not a leap year; 2000 (B.E. 2543) is.
    expect(parseDateEntry('29/2/2643', 'date')).toBeUndefined();
    expect(parseDateEntry('29/2/2543', 'date')).toBe('2000-02-29');
  });

  it('refuses days that do not exist', () => {
    expect(parseDateEntry('31/4/2569', 'date')).toBeUndefined();
    expect(parseDateEntry('0/4/2569', 'date')).toBeUndefined();
    expect(parseDateEntry('1/13/2569', 'date')).toBeUndefined();
    expect(parseDateEntry('32/1/2569', 'date')).toBeUndefined();
  });

  it('refuses years below B.E. 2400 (a Gregorian year typed by mistake)', () => {
    expect(parseDateEntry('1/12/2026', 'date')).toBeUndefined();
    expect(parseDateEntry('1/12/2399', 'date')).toBeUndefined();
    expect(parseDateEntry('1/1/2400', 'date')).toBe('1857-01-01');
    expect(parseDateEntry('1/12/69', 'date')).toBeUndefined();
  });

  it('refuses 24:00 (the next day 00:00) and minutes past 59; 23:59 and 00:00 are fine', () => {
    expect(parseDateEntry('1/12/2569 24:00', 'datetime')).toBeUndefined();
    expect(parseDateEntry('1/12/2569 14:60', 'datetime')).toBeUndefined();
    expect(parseDateEntry('1/12/2569 23:59', 'datetime')).toBe('2026-12-01T23:59');
    expect(parseDateEntry('2/12/2569 00:00', 'datetime')).toBe('2026-12-02T00:00');
  });

  it('refuses a time in date mode and text that is no date', () => {
    expect(parseDateEntry('1/12/2569 14:30', 'date')).toBeUndefined();
    expect(parseDateEntry('พรุ่งนี้', 'datetime')).toBeUndefined();
    expect(parseDateEntry('', 'datetime')).toBeUndefined();
    expect(parseDateEntry('2026-12-01', 'date')).toBeUndefined();
  });

  it('shows a value back as it is typed, B.E. year through Intl', () => {
    expect(formatDateEntry('2026-12-01T14:30', 'datetime')).toBe('1/12/2569 14:30');
    expect(formatDateEntry('2024-02-29', 'date')).toBe('29/2/2567');
    expect(formatDateEntry('', 'date')).toBe('');
    for (const text of ['1/12/2569 14:30', '29/2/2567 08:05'])
      expect(formatDateEntry(parseDateEntry(text, 'datetime')!, 'datetime')).toBe(text);
  });

  it('tells form values from text still being typed', () => {
    expect(isDateEntryValue('2026-12-01T14:30', 'datetime')).toBe(true);
    expect(isDateEntryValue('', 'datetime')).toBe(true);
    expect(isDateEntryValue('1/12/25', 'datetime')).toBe(false);
    expect(isDateEntryValue('2026-12-01', 'date')).toBe(true);
  });

  it('keeps the time typed when a day is picked on the calendar', () => {
    expect(entryOfDate(new Date(2026, 11, 1), 'datetime', '2026-11-30T14:30', '09:00')).toBe('2026-12-01T14:30');
    expect(entryOfDate(new Date(2026, 11, 1), 'datetime', '', '09:00')).toBe('2026-12-01T09:00');
    expect(entryOfDate(new Date(2024, 1, 29), 'date', '', '09:00')).toBe('2024-02-29');
  });
});
