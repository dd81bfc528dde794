/**
 * npm run bench:board — issue 15, item 1. The contract's Board over HTTP at concurrency 10, next to
 * its own two statements (the session's and the board's, compiled by the same code) replayed bare
 * through `pg` at the same concurrency, in the same run: first with 400 open complaints, then with
 * 50,000 complaints (the 400 and 49,600 finished in past fiscal years). Prints figures and ratios;
 * asserts nothing (not part of npm test).
 */
import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { seed } from '../src/db/seed.js';
import { createLogger } from '../src/logger.js';
import { sessionLookup, userForSession } from '../src/modules/auth/session.service.js';
import { boardPagesQuery } from '../src/modules/complaints/board.queries.js';
import { ComplaintStage } from '../src/modules/complaints/complaint.enums.js';
import { fiscalPeriod, fiscalYearAt } from '../src/modules/reports/fiscal-year.js';
import { operation } from '../test/contract.js';
import { quick, reportRows, type BenchRow, closedLoop, type LoadRun } from './bench-result.js';

const logger = createLogger('warn');
const dataDir = `/tmp/rongrian-bench-board-${process.pid}`;
const concurrency = 10;
const seconds = Number(process.env.BENCH_SECONDS ?? (quick ? 4 : 8));

const load = (once: () => Promise<unknown>) => closedLoop(once, { workers: concurrency, seconds });

const row = (label: string, run: LoadRun) =>
  console.log(
    `  ${label.padEnd(44)} ${run.perSecond.toFixed(1).padStart(8)} req/s   p50 ${run.p50.toFixed(1).padStart(6)} ms   p99 ${run.p99.toFixed(1).padStart(6)} ms`,
  );

/** `count` complaints of `stages` received within the last `days` days, each with its RECEIVED clocks. */
async function insertComplaints(db: pg.Client, from: number, count: number, stages: string[], lastEvent: string) {
  await db.query('begin');
  await db.query('set local session_replication_role = replica');
  await db.query(
    `insert into complaint (id, receipt_year, receipt_seq, stage, version, received_at, channel_code, subject, details,
                            anonymous, has_contact, last_event_at, recorded_at)
     select gen_random_uuid(), 2400, n, ($3::text[])[1 + n % cardinality($3::text[])], 1,
            now() - (n % 30) * interval '1 day' - (n % 3600) * interval '1 second', 'IN_PERSON',
            'เรื่องทดสอบกระดาน ' || n, repeat('รายละเอียดการร้องเรียน ', 40), false, true, ${lastEvent}, now()
       from generate_series($1::int, $1::int + $2::int - 1) n`,
    [from, count, stages],
  );
  await db.query(
    `insert into deadline (complaint_id, received_at, rule_code, started_at, due_at, due_soon_at, status)
     select c.id, c.received_at, r.code, c.received_at, c.received_at + interval '15 days', c.received_at + interval '12 days', 'PENDING'
       from complaint c cross join deadline_rule r
      where c.receipt_year = 2400 and c.receipt_seq between $1 and $1 + $2 - 1 and r.start_event = 'RECEIVED'`,
    [from, count],
  );
  await db.query('commit');
  await db.query('analyze');
}

const database = await startEmbeddedPostgres({ dataDir, port: 0, database: 'rongrian', logger, ephemeral: true });
try {
  const orm = await MikroORM.init(ormConfig({ databaseUrl: database.url }));
  await orm.migrator.up();
  await seed(orm.em.fork(), { demo: true });

  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const open = ['RECEIVED', 'REGISTERED', 'AWAITING_ORDER', 'ORDERED', 'FACT_FINDING', 'RESOLVED'];
  await insertComplaints(db, 1, 400, open, 'now()');

  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: database.url,
    JOBS: 'false',
    LOG_LEVEL: 'warn',
  });
  const app = await startApp(config, logger);
  const signIn = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { signIn(input: { username: "center", password: "rongrian-demo" }) { user { id } } }` }),
  });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const token = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));
  const body = JSON.stringify({ query: operation('Board'), operationName: 'Board' });
  const board = async () => {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
    return response.arrayBuffer();
  };

  // The same two statements the request runs, compiled by the same code, replayed bare.
  const user = (await userForSession(orm.em.fork(), token, config.sessionIdleMinutes))!.user;
  const timeZone = 'Asia/Bangkok';
  const { from, to } = fiscalPeriod(fiscalYearAt(new Date(), timeZone), null, timeZone);
  const requests = Object.values(ComplaintStage).map((stage) => ({ stage, first: 100, after: null }));
  const kysely = orm.em.getKysely();
  const session = sessionLookup(token, config.sessionIdleMinutes).compile(kysely);
  const statement = boardPagesQuery(user, { from, to }, requests, new Set()).compile(kysely);
  const pool = new pg.Pool({ connectionString: database.url, max: concurrency });
  const raw = async () => {
    const client = await pool.connect();
    try {
      await client.query(session.sql, [...session.parameters]);
      await client.query(statement.sql, [...statement.parameters]);
    } finally {
      client.release();
    }
  };

  if (process.env.BENCH_EXPLAIN) {
    // BENCH_EXPLAIN=1: where the board's statement spends its time, before the runs.
    const plan = await db.query(`explain (analyze, buffers) ${statement.sql}`, [...statement.parameters]);
    console.log(plan.rows.map((line: Record<string, string>) => Object.values(line)[0]).join('\n'));
  }
  const bytes = (await board()).byteLength;
  console.log(`the contract's Board, concurrency ${concurrency}, ${seconds} s each (one run: same machine, same database)`);
  console.log(`\n400 open complaints (${(bytes / 1024).toFixed(0)} KiB of JSON per board)`);
  const api400 = await load(board);
  const raw400 = await load(raw);
  row('Board over HTTP', api400);
  row('its 2 statements replayed through pg', raw400);
  console.log(`  ratio: ${(api400.perSecond / raw400.perSecond).toFixed(2)}× the raw replay's throughput (goal ≥ 0.8)`);

  await insertComplaints(db, 401, 49_600, ['CLOSED', 'NOT_ACCEPTED'], `now() - interval '2 years'`);
  const bytesLarge = (await board()).byteLength;
  console.log(
    `\n50,000 complaints: the same 400 open, 49,600 finished in past fiscal years (${(bytesLarge / 1024).toFixed(0)} KiB per board)`,
  );
  const api50k = await load(board);
  const raw50k = await load(raw);
  row('Board over HTTP', api50k);
  row('its 2 statements replayed through pg', raw50k);
  console.log(`  ratio: ${(api50k.perSecond / raw50k.perSecond).toFixed(2)}× the raw replay's throughput`);
  console.log(`  the board over 50,000 against over 400: p50 ${(api50k.p50 / api400.p50).toFixed(2)}× (goal < 2×)`);
  const ratio400 = api400.perSecond / raw400.perSecond;
  const rows: BenchRow[] = [
    {
      benchmark: `board of 400 open complaints, concurrency ${concurrency}`,
      measured: `${api400.perSecond.toFixed(0)} req/s, p99 ${api400.p99.toFixed(1)} ms`,
      baseline: `${raw400.perSecond.toFixed(0)}/s, p99 ${raw400.p99.toFixed(1)} ms (its 2 statements through pg)`,
      ratio: ratio400,
      goal: '≥ 0.8×, p99 < 50 ms',
      met: ratio400 >= 0.8 && api400.p99 < 50,
    },
    {
      benchmark: 'board over 50,000 complaints against over 400 (p50)',
      measured: `p50 ${api50k.p50.toFixed(1)} ms, ${api50k.perSecond.toFixed(0)} req/s`,
      baseline: `p50 ${api400.p50.toFixed(1)} ms (the 400-complaint board)`,
      ratio: api50k.p50 / api400.p50,
      goal: '< 2×',
      met: api50k.p50 / api400.p50 < 2,
    },
  ];
  reportRows(rows);

  await pool.end();
  await db.end();
  await app.stop();
  await orm.close(true);
} finally {
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}
