import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One printed line of a PDF: where it stands and its text, left to right. */
export interface PdfLine {
  page: number;
  /** Its baseline, in points from the page's foot. */
  y: number;
  /** Where its text begins and ends across the page, in points. */
  left: number;
  right: number;
  fontSize: number;
  text: string;
}

interface Glyphs {
  x: number;
  y: number;
  width: number;
  fontSize: number;
  text: string;
}

/**
 * The lines of a PDF's text, page by page, top to bottom, as pdf.js reads them. Chromium prints a
 * mark stacked on a vowel (the ่ of ที่) as a glyph of its own, a little above the line and
 * without its character: pdf.js gives it as U+0000, which stays in the text (one U+0000 for one
 * mark, see `matchesAt`). Items are one line while their baselines lie within half a font size; a
 * gap wider than a font size between items on one baseline starts another line (another column,
 * another cell of a table). SARA AM, which Chromium prints as NIKHAHIT and SARA AA, is given back
 * as SARA AM.
 */
/** The documents' bottom margin (templates.ts, `@page`), in points. */
const bottomMargin = (2 / 2.54) * 72;

export async function pdfLines(bytes: ArrayBuffer | Uint8Array): Promise<PdfLine[]> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const lines: PdfLine[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const items: Glyphs[] = [];
    for (const item of (await (await pdf.getPage(number)).getTextContent()).items) {
      if (!('str' in item) || item.str === '') continue;
      items.push({
        x: item.transform[4],
        y: item.transform[5],
        width: item.width,
        fontSize: Math.hypot(item.transform[2], item.transform[3]),
        text: item.str,
      });
    }
    // Top to bottom, then left to right.
    items.sort((a, b) => b.y - a.y || a.x - b.x);
    const rows: Glyphs[][] = [];
    for (const item of items) {
      const row = rows.at(-1);
      const size = Math.max(item.fontSize, row?.[0].fontSize ?? 0);
      if (row && Math.abs(row[0].y - item.y) < size / 2) row.push(item);
      else rows.push([item]);
    }
    for (const row of rows) {
      // Chromium prints a stacked mark of a page's first line on the page before too, in its
      // bottom margin (2 cm), where it is clipped: pdf.js reads clipped glyphs all the same.
      if (row.every((item) => /^\0+$/.test(item.text) && item.y < bottomMargin)) continue;
      // The line's baseline is that of its letters, not of a mark printed above them.
      const base = row.filter((item) => !/^\0+$/.test(item.text));
      const y = Math.min(...(base.length ? base : row).map((item) => item.y));
      const fontSize = Math.max(...row.map((item) => item.fontSize));
      row.sort((a, b) => a.x - b.x);
      let current: Glyphs[] = [];
      const flush = () => {
        if (!current.length) return;
        const text = current
          .map((item) => item.text)
          .join('')
          .replaceAll('\u0E4D\u0E32', '\u0E33')
          .trim();
        const last = current.at(-1)!;
        if (text) lines.push({ page: number, y, left: current[0].x, right: last.x + last.width, fontSize, text });
        current = [];
      };
      for (const item of row) {
        const last = current.at(-1);
        if (last && item.x - (last.x + last.width) > fontSize) flush();
        current.push(item);
      }
      flush();
    }
  }
  return lines;
}

/** Thai characters written over or under the letter before them: vowels above and below, tone marks. */
export const combiningMarks = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

/**
 * Whether `expected` stands in `text` at `at`: character by character, where a U+0000 of the
 * PDF's text stands for one combining mark (see pdfLines).
 */
export function matchesAt(text: string, at: number, expected: string): boolean {
  if (at < 0 || at + expected.length > text.length) return false;
  for (let index = 0; index < expected.length; index++) {
    const found = text[at + index];
    const wanted = expected[index];
    if (found !== wanted && !(found === '\0' && combiningMarks.test(wanted))) return false;
  }
  return true;
}

/**
 * The pairs of lines where a line of text goes on to the next one: the next line of the same
 * column (their texts overlap across the page) at one line's distance (`lineHeight` times the font
 * size, within 10%: a paragraph's or a table row's margin is more), or the first line of the next
 * page in the same column.
 */
export function wrappedLines(lines: PdfLine[], lineHeight = 1.45): [PdfLine, PdfLine][] {
  const pairs: [PdfLine, PdfLine][] = [];
  const overlap = (a: PdfLine, b: PdfLine) => a.left < b.right && b.left < a.right;
  for (const line of lines) {
    const below = lines.filter((next) => next.page === line.page && next.y < line.y && overlap(line, next));
    const nextY = Math.max(...below.map((next) => next.y));
    if (below.length) {
      const distance = (line.y - nextY) / line.fontSize;
      if (Math.abs(distance - lineHeight) <= lineHeight * 0.1) {
        for (const next of below.filter((one) => one.y === nextY)) pairs.push([line, next]);
      }
      continue;
    }
    // The last line of its column on this page: the first of the same column on the next page.
    const nextPage = lines.filter((next) => next.page === line.page + 1 && overlap(line, next));
    if (nextPage.length) pairs.push([line, nextPage.reduce((top, one) => (one.y > top.y ? one : top))]);
  }
  return pairs;
}

/**
 * Issue 14, item 3: where a wrapped line breaks inside a word: the words of `words` whose first
 * part ends the line and whose rest begins the next, each as "ข้อเท็จ|จริง".
 */
export function brokenWords(pairs: [PdfLine, PdfLine][], words: readonly string[]): string[] {
  const broken: string[] = [];
  for (const [line, next] of pairs) {
    for (const word of words) {
      for (let split = 1; split < word.length; split++) {
        const head = word.slice(0, split);
        const tail = word.slice(split);
        // A mark belongs to the letter before it: a split before one is not a place a line could break.
        if (combiningMarks.test(tail[0])) continue;
        if (matchesAt(line.text, line.text.length - head.length, head) && matchesAt(next.text, 0, tail)) {
          broken.push(`${head}|${tail} (page ${line.page}: "…${line.text.slice(-15)}" / "${next.text.slice(0, 15)}…")`);
        }
      }
    }
  }
  return broken;
}
