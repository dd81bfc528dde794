import { describe, expect, it } from 'vitest';
import { formatInstant } from './format';

describe('formatInstant', () => {
  it('writes Thai dates in the Buddhist Era, in Bangkok office time', () => {
    const text = formatInstant('2026-04-08T03:00:00Z', 'th');
    expect(text).toContain('2569');
    expect(text).toContain('10:00');
    expect(text).toContain('เม.ย.');
    expect(text).not.toContain('2026');
  });

  it('writes English dates with the Gregorian year', () => {
    const text = formatInstant('2026-04-08T03:00:00Z', 'en');
    expect(text).toContain('2026');
    expect(text).toContain('10:00');
    expect(text).toContain('Apr');
    expect(text).not.toContain('2569');
  });

  it('uses the Bangkok calendar day, not the UTC one', () => {
    // 20:00 UTC on 8 April is 03:00 on 9 April in Bangkok.
    const text = formatInstant('2026-04-08T20:00:00Z', 'th');
    expect(text).toMatch(/^9 เม\.ย\. 2569/);
    expect(text).toContain('03:00');
  });

  it('reads instants written with an offset, as the API sends them', () => {
    expect(formatInstant('2026-04-08T10:00:00+07:00', 'th')).toBe(formatInstant('2026-04-08T03:00:00Z', 'th'));
  });
});
