import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A document page's HTML without the spans that keep its Thai words whole on a line (issue 14,
 * item 3: `<span class="w">…</span>` around each word, templates.ts): the markup and text as the
 * template wrote them, for tests that look for a phrase in a page.
 */
export const documentText = (page: string) => page.replace(/<span class="w">([^<]*)<\/span>/g, '$1');

/**
 * Thai text without its combining marks (vowels above and below, tone marks): pdf.js extracts
 * some marks that Chromium positions as separate glyphs as U+0000, so texts are compared on
 * their base letters (SARA AM, which it extracts as its NIKHAHIT and SARA AA, as SARA AA).
 */
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- U+0000 and lone Thai marks are what it removes.
export const skeleton = (text: string) => text.replace(/[\u0000\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').replace(/\u0E33/g, '\u0E32');

/** The text of every page of a PDF (as its skeleton), and its page count. */
export async function pdfText(bytes: ArrayBuffer): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const texts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return { pages: pdf.numPages, text: skeleton(texts.join('\n')) };
}
