import { describe, expect, it } from 'vitest';
import { wrapLabel } from './chartLabels';

// One unit a character: what fits is what the test says.
const byCharacters = (text: string) => [...text].length;

describe("the charts' long Thai labels (issue 14, item 7)", () => {
  it('breaks a Thai label between words, each line within the width', () => {
    const lines = wrapLabel('กองสาธารณสุขและสิ่งแวดล้อม', 12, byCharacters);
    expect(lines.join('')).toBe('กองสาธารณสุขและสิ่งแวดล้อม');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(byCharacters(line)).toBeLessThanOrEqual(12);
  });

  it('keeps a short label on one line and cuts a word longer than the width', () => {
    expect(wrapLabel('กองช่าง', 20, byCharacters)).toEqual(['กองช่าง']);
    const cut = wrapLabel('Administration', 5, byCharacters, 'en');
    expect(cut.join('')).toBe('Administration');
    for (const line of cut) expect(byCharacters(line)).toBeLessThanOrEqual(5);
  });

  it('breaks English at spaces', () => {
    expect(wrapLabel('Public health and environment', 14, byCharacters, 'en')).toEqual(['Public health', 'and', 'environment']);
  });
});
