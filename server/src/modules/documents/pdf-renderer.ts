import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import type { Logger } from '../../logger.js';

const require = createRequire(import.meta.url);

/** Sarabun, self-hosted from its npm package and inlined, so a document never fetches a font. */
function sarabunFaces(): string {
  const face = (subset: string, weight: number, range: string) => {
    const file = require.resolve(`@fontsource/sarabun/files/sarabun-${subset}-${weight}-normal.woff2`);
    const data = readFileSync(file).toString('base64');
    return `@font-face{font-family:'Sarabun';font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range};}`;
  };
  const thai = 'U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC';
  const latin =
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
  return [face('thai', 400, thai), face('thai', 700, thai), face('latin', 400, latin), face('latin', 700, latin)].join('\n');
}

let faces: string | undefined;
export function fontFaces(): string {
  faces ??= sarabunFaces();
  return faces;
}

/**
 * Renders HTML to PDF in headless Chromium: the only engine that breaks Thai lines between words
 * (Thai has no spaces between words). One browser per process, started on first use; each
 * document gets its own page.
 */
export class PdfRenderer {
  private browser: Promise<Browser> | undefined;

  constructor(
    private readonly executablePath: string,
    private readonly logger: Logger,
  ) {}

  async render(documentHtml: string): Promise<Buffer> {
    const browser = await this.launch();
    const page = await browser.newPage();
    try {
      await page.setContent(documentHtml, { waitUntil: 'load' });
      // Inline fonts are decoded asynchronously: wait for them before printing.
      await page.evaluate('document.fonts.ready.then(() => true)');
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await page.close();
    }
  }

  private launch(): Promise<Browser> {
    // Issue 15, item 4: playwright-core is loaded with the first document, not at start.
    this.browser ??= import('playwright-core')
      .then(({ chromium }) =>
        chromium.launch({
          executablePath: this.executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        }),
      )
      .catch((error: unknown) => {
        this.browser = undefined;
        this.logger.error({ err: error, executablePath: this.executablePath }, 'cannot start Chromium for PDFs');
        throw error;
      });
    return this.browser;
  }

  async close(): Promise<void> {
    const browser = await this.browser?.catch(() => undefined);
    this.browser = undefined;
    await browser?.close();
  }
}
