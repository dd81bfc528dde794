/**
 * npm run screenshots:ita [-- --out <file.png>] — the picture of the ITA page O19 in the README
 * (issue 14, item 6): the demo (Kok Yae) on a throwaway embedded PostgreSQL, a year of complaints
 * recorded and moved through the contract's own operations (fiscal year 2569, the months spread
 * like a small body's), and the page /ita/2569/o19 as Chromium shows it, to docs/images/ita-o19.png.
 */
import 'reflect-metadata';
import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { Workflow } from '../test/factories.js';
import { signedIn } from '../test/graphql-client.js';

const outFlag = process.argv.indexOf('--out');
const out =
  outFlag > 0
    ? resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[outFlag + 1]!)
    : fileURLToPath(new URL('../../docs/images/ita-o19.png', import.meta.url));
const dataDir = `/tmp/rongrian-screenshot-ita-${process.pid}`;
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
  const flow = new Workflow(await signedIn(app.url, 'center'), await signedIn(app.url, 'commander'));
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
  for (const [month, day, stage] of year) {
    await flow.at(stage, {
      receivedAt: `${month}-${String(day).padStart(2, '0')}T10:00:00+07:00`,
      channel: day % 2 ? 'PHONE' : 'IN_PERSON',
    });
  }
  const browser = await chromium.launch({ executablePath: config.chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, deviceScaleFactor: 1 });
    await page.goto(`${app.url}/ita/${fiscalYear}/o19`, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => true)');
    await mkdir(dirname(out), { recursive: true });
    await page.screenshot({ path: out, fullPage: true });
  } finally {
    await browser.close();
  }
  console.log(`${out}: ${(await stat(out)).size} bytes`);
} finally {
  await app.stop();
  await rm(dataDir, { recursive: true, force: true });
}
