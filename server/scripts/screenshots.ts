/**
 * npm run screenshots [-- --out <dir>] — the pictures in the README (issue 14, "Done means"): the
 * demo (Kok Yae) on a throwaway embedded PostgreSQL, a year of complaints recorded and moved through
 * the contract's own operations (fiscal year 2569, the months spread like a small body's), then as
 * Chromium shows them: the ITA page /ita/2569/o19 (docs/images/ita-o19.png, item 6) and the letter
 * telling a complainant the result, as issued (docs/images/letter.png, item 2).
 */
import 'reflect-metadata';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { Workflow } from '../test/factories.js';
import { signedIn } from '../test/graphql-client.js';

const outFlag = process.argv.indexOf('--out');
const outDir =
  outFlag > 0
    ? resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[outFlag + 1]!)
    : fileURLToPath(new URL('../../docs/images/', import.meta.url));
const dataDir = `/tmp/rongrian-screenshots-${process.pid}`;
const fiscalYear = 2569;

const config = loadConfig({
  NODE_ENV: 'development',
  HOST: '127.0.0.1',
  PORT: '0',
  DATA_DIR: dataDir,
  SEED_DEMO: 'true',
  JOBS: 'false',
  LOG_LEVEL: 'warn',
});
const app = await startApp(config, createLogger('warn'));
try {
  const center = await signedIn(app.url, 'center');
  const flow = new Workflow(center, await signedIn(app.url, 'commander'));
  // A small body's year: [month (C.E.), day, where the complaint stands now].
  const year: [string, number, string][] = [
    ['2025-10', 6, 'CLOSED'],
    ['2025-10', 20, 'NOT_ACCEPTED'],
    ['2025-11', 12, 'CLOSED'],
    ['2026-01', 8, 'CLOSED'],
    ['2026-01', 27, 'CLOSED'],
    ['2026-02', 16, 'NOT_ACCEPTED'],
    ['2026-03', 31, 'CLOSED'],
    ['2026-04', 1, 'CLOSED'],
    ['2026-05', 19, 'FACT_FINDING'],
    ['2026-07', 7, 'CLOSED'],
    ['2026-08', 24, 'COMMITTEE'],
    ['2026-09', 14, 'AWAITING_ORDER'],
  ];
  const recorded = [];
  for (const [month, day, stage] of year) {
    recorded.push(
      await flow.at(stage, {
        receivedAt: `${month}-${String(day).padStart(2, '0')}T10:00:00+07:00`,
        channel: day % 2 ? 'PHONE' : 'IN_PERSON',
      }),
    );
  }
  // The letter of the first complaint closed: its RESULT notice, as issued when it was sent.
  const { complaint } = await center.ok(`query ($id: ID!) { complaint(id: $id) { notices { id kind } } }`, { id: recorded[0]!.id });
  const letter = complaint.notices.find((notice: { kind: string }) => notice.kind === 'RESULT');
  const browser = await chromium.launch({ executablePath: config.chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    await mkdir(outDir, { recursive: true });
    const shoot = async (path: string, file: string, headers: Record<string, string> = {}) => {
      const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, deviceScaleFactor: 1, extraHTTPHeaders: headers });
      await page.goto(`${app.url}${path}`, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => true)');
      const out = join(outDir, file);
      await page.screenshot({ path: out, fullPage: true });
      await page.close();
      console.log(`${out}: ${(await stat(out)).size} bytes`);
    };
    await shoot(`/ita/${fiscalYear}/o19`, 'ita-o19.png');
    // The page the letter is printed from, A4 wide, 2 cm and 3 cm margins as printed (templates.ts).
    await shoot(`/documents/notices/${letter.id}.html`, 'letter.png', { cookie: center.cookie! });
  } finally {
    await browser.close();
  }
} finally {
  await app.stop();
  await rm(dataDir, { recursive: true, force: true });
}
