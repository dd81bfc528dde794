import { describe, expect, it } from 'vitest';
import { westernDigits } from '../shared/input-checks.js';
import { parseThaiDate, parseThaiDateTime } from './thai-date.js';

describe('dates as Thai clerks type them (issue 11, items 2 and 6)', () => {
  it.each([
    ['1 ธ.ค. 2568', '2025-12-01'],
    ['1 ธค 2568', '2025-12-01'],
    ['1 ธันวาคม 2568', '2025-12-01'],
    ['วันจันทร์ที่ 1 ธันวาคม พ.ศ. 2568', '2025-12-01'],
    ['01/12/2568', '2025-12-01'],
    ['1/12/68', '2025-12-01'],
    ['1-12-2568', '2025-12-01'],
    ['๑/๑๒/๒๕๖๘', '2025-12-01'],
    ['๑ ธ.ค. ๒๕๖๘', '2025-12-01'],
    ['2025-12-01', '2025-12-01'],
    ['13 เม.ย. 2570', '2027-04-13'],
    ['29 ก.พ. 2567', '2024-02-29'],
    ['30 ก.ย. 2569', '2026-09-30'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseThaiDate(text)).toBe(iso);
  });

  it.each(['31 เม.ย. 2569', '29 ก.พ. 2569', '13/13/2569', '1 ธันวา', 'พรุ่งนี้', '', '1/12/202'])('refuses %s', (text) => {
    expect(parseThaiDate(text)).toBeNull();
  });

  it('reads Thai digits as Arabic ones', () => {
    expect(westernDigits('๑๒/๒๕๖๙')).toBe('12/2569');
  });
});

describe('dates with a time of day, as registers write them (issue 11, item 6)', () => {
  it.each([
    ['1 ธ.ค. 2568 10:05', { date: '2025-12-01', time: '10:05' }],
    ['1/12/68 เวลา 9.30 น.', { date: '2025-12-01', time: '09:30' }],
    ['๑ ธ.ค. ๒๕๖๘ ๑๐:๐๕ น.', { date: '2025-12-01', time: '10:05' }],
    ['01/12/2568', { date: '2025-12-01', time: null }],
  ])('reads %s', (text, expected) => {
    expect(parseThaiDateTime(text)).toEqual(expected);
  });

  it.each(['1 ธ.ค. 2568 25:00', '31 เม.ย. 2569 10:00', '10:00'])('refuses %s', (text) => {
    expect(parseThaiDateTime(text)).toBeNull();
  });
});
