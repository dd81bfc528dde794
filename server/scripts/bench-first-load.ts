/**
 * npm run bench:first-load — issue 15, "Performance budget": the first load of the web app, signed
 * in as a Center clerk, on a board of 400 open complaints, in Chromium (playwright-core, the
 * machine's /usr/bin/chromium, a fresh profile: nothing cached). Measures the bytes over the wire
 * (the sum of every response's encoded size as Chromium's network layer saw it, CDP
 * Network.loadingFinished encodedDataLength: compressed bodies and headers) and the time from
 * navigating to /board until the board shows all its 400 cards. The web app must be built first
 * (`npm run build -w client`). Median of BENCH_LOADS (default 5) loads, each in a new browser
 * context. Prints; asserts nothing (not part of npm test).
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { seed } from '../src/db/seed.js';
import { createLogger } from '../src/logger.js';
import { median, ms, quick, reportRows } from './bench-result.js';

const logger = createLogger('warn');
const dataDir = `/tmp/rongrian-bench-first-load-${process.pid}`;
const loads = Number(process.env.BENCH_LOADS ?? (quick ? 3 : 5));
const cards = 400;

const config = loadConfig({
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: '0',
  DATABASE_URL: 'postgres://unused',
  JOBS: 'false',
  LOG_LEVEL: 'warn',
});
if (!existsSync(join(config.clientDist, 'index.html'))) {
  console.error(`no built web app in ${config.clientDist}: run \`npm run build -w client\` first`);
  process.exit(1);
}

const database = await startEmbeddedPostgres({ dataDir, port: 0, database: 'rongrian', logger, ephemeral: true });
try {
  const orm = await MikroORM.init(ormConfig({ databaseUrl: database.url }));
  await orm.migrator.up();
  await seed(orm.em.fork(), { demo: true });
  await orm.close(true);

  // 400 open complaints received this fiscal year, each with its RECEIVED clocks (as bench-board.ts).
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  await db.query('begin');
  await db.query('set local session_replication_role = replica');
  await db.query(
    `insert into complaint (id, receipt_year, receipt_seq, stage, version, received_at, channel_code, subject, details,
                            anonymous, has_contact, last_event_at, recorded_at)
     select gen_random_uuid(), 2400, n, ($2::text[])[1 + n % cardinality($2::text[])], 1,
            now() - (n % 30) * interval '1 day' - (n % 3600) * interval '1 second', 'IN_PERSON',
            'เรื่องทดสอบกระดาน ' || n, repeat('รายละเอียดการร้องเรียน ', 40), false, true, now(), now()
       from generate_series(1, $1::int) n`,
    [cards, ['RECEIVED', 'REGISTERED', 'AWAITING_ORDER', 'ORDERED', 'FACT_FINDING', 'RESOLVED']],
  );
  await db.query(
    `insert into deadline (complaint_id, received_at, rule_code, started_at, due_at, due_soon_at, status)
     select c.id, c.received_at, r.code, c.received_at, c.received_at + interval '15 days', c.received_at + interval '12 days', 'PENDING'
       from complaint c cross join deadline_rule r where c.receipt_year = 2400 and r.start_event = 'RECEIVED'`,
  );
  await db.query('commit');
  await db.query('analyze');
  await db.end();

  const app = await startApp({ ...config, databaseUrl: database.url }, logger);
  try {
    const signIn = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { signIn(input: { username: "center", password: "rongrian-demo" }) { user { id } } }` }),
    });
    const cookies = signIn.headers.getSetCookie().map((header) => {
      const [pair] = header.split(';');
      const at = pair!.indexOf('=');
      return { name: pair!.slice(0, at), value: pair!.slice(at + 1), url: app.url };
    });

    // The flags of client/e2e/harness.ts (stack.md).
    const browser = await chromium.launch({
      executablePath: config.chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const bytes: number[] = [];
    const times: number[] = [];
    let requests = 0;
    try {
      for (let i = 0; i <= loads; i++) {
        const context = await browser.newContext();
        await context.addCookies(cookies);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        let encoded = 0;
        let count = 0;
        cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
          encoded += event.encodedDataLength;
          count++;
        });
        const started = performance.now();
        await page.goto(`${app.url}/board`);
        // Run in the page (a function: the app's CSP allows no eval of strings); the DOM's types are not in this tsconfig.
        type Page = { document: { querySelectorAll(selector: string): { length: number } } };
        const allShown = (expected: number) =>
          (globalThis as unknown as Page).document.querySelectorAll('article[data-receipt]').length >= expected;
        await page.waitForFunction(allShown, cards, {
          timeout: 60_000,
          polling: 'raf',
        });
        const shown = performance.now() - started;
        // What is still on its way once the cards show (a font, say) counts among the first load's bytes.
        await page.waitForLoadState('networkidle');
        if (i > 0) {
          // The first load warms the server (JIT, plans) and is not counted.
          times.push(shown);
          bytes.push(encoded);
          requests = count;
        }
        await context.close();
      }
    } finally {
      await browser.close();
    }
    const kib = median(bytes) / 1024;
    const shown = median(times);
    console.log(`first load of the web app, signed in, a board of ${cards} open complaints (Chromium, median of ${loads})`);
    console.log(`  bytes over the wire (compressed, headers included): ${kib.toFixed(1)} KiB in ${requests} responses`);
    console.log(`  from navigating to /board to ${cards} cards on the board: ${shown.toFixed(0)} ms`);
    reportRows([
      {
        benchmark: `first load of the web app: bytes over the wire (compressed), board of ${cards}`,
        measured: `${kib.toFixed(1)} KiB in ${requests} responses`,
        baseline: '—',
        ratio: null,
        goal: '(reported)',
        met: null,
      },
      {
        benchmark: `first load of the web app: time to an interactive board of ${cards} cards (Chromium)`,
        measured: ms(shown),
        baseline: '—',
        ratio: null,
        goal: '(reported)',
        met: null,
      },
    ]);
  } finally {
    await app.stop();
  }
} finally {
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}
