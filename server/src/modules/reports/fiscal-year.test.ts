import { describe, expect, it } from 'vitest';
import { fiscalPeriod } from './fiscal-year.js';

describe('R10: Thai fiscal year and quarters', () => {
  it('fiscal year 2569 runs 1 October 2025 to 30 September 2026, Asia/Bangkok', () => {
    const year = fiscalPeriod(2569, null, 'Asia/Bangkok');
    expect(year).toMatchObject({ firstMonth: '2025-10-01', lastMonth: '2026-09-01' });
    expect(year.from.toISOString()).toBe('2025-09-30T17:00:00.000Z');
    expect(year.to.toISOString()).toBe('2026-09-30T17:00:00.000Z');
  });

  it.each([
    [1, '2025-10-01', '2025-12-01', '2025-12-31T17:00:00.000Z'],
    [2, '2026-01-01', '2026-03-01', '2026-03-31T17:00:00.000Z'],
    [3, '2026-04-01', '2026-06-01', '2026-06-30T17:00:00.000Z'],
    [4, '2026-07-01', '2026-09-01', '2026-09-30T17:00:00.000Z'],
  ])('quarter %i of 2569: %s to %s, ending before %s', (quarter, firstMonth, lastMonth, to) => {
    const period = fiscalPeriod(2569, quarter, 'Asia/Bangkok');
    expect(period).toMatchObject({ firstMonth, lastMonth });
    expect(period.to.toISOString()).toBe(to);
  });
});
