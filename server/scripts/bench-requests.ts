/**
 * npm run bench:requests — issue 15, "Performance budget": the contract's `Complaint` (the detail
 * of one complaint) and `recordComplaint` over HTTP at concurrency 10, each next to its own
 * statements replayed bare through `pg` at the same concurrency in the same run. The statements are
 * the ones PostgreSQL received for one such request (bench-capture.ts): for the detail, the same
 * text and parameters again; for the recording, the same transaction with fresh ids and a fresh
 * receipt number each time, so that it writes the same rows (and fires the same triggers) anew.
 * Prints figures and ratios; asserts nothing (not part of npm test). BENCH_SECONDS (default 8).
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { seed } from '../src/db/seed.js';
import { createLogger } from '../src/logger.js';
import { operation } from '../test/contract.js';
import { complaintInput } from '../test/factories.js';
import { captureStatements, installStatementCapture, type Statement } from './bench-capture.js';
import { quick, reportRows, type BenchRow, closedLoop, type LoadRun } from './bench-result.js';

const logger = createLogger('warn');
const dataDir = `/tmp/rongrian-bench-requests-${process.pid}`;
const concurrency = 10;
const seconds = Number(process.env.BENCH_SECONDS ?? (quick ? 4 : 8));
const show = process.env.BENCH_SHOW_STATEMENTS === '1';

const load = (once: () => Promise<unknown>) => closedLoop(once, { workers: concurrency, seconds });

const line = (label: string, run: LoadRun) =>
  console.log(
    `  ${label.padEnd(48)} ${run.perSecond.toFixed(1).padStart(8)} /s   p50 ${run.p50.toFixed(1).padStart(6)} ms   p99 ${run.p99.toFixed(1).padStart(6)} ms`,
  );

installStatementCapture();
const database = await startEmbeddedPostgres({ dataDir, port: 0, database: 'rongrian', logger, ephemeral: true });
try {
  const orm = await MikroORM.init(ormConfig({ databaseUrl: database.url }));
  await orm.migrator.up();
  await seed(orm.em.fork(), { demo: true });
  await orm.close(true);

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
  const graphql = async (body: string) => {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
    const answer = (await response.json()) as { data?: any; errors?: unknown[] };
    if (answer.errors) throw new Error(`the bench's request was refused: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  };
  const pool = new pg.Pool({ connectionString: database.url, max: concurrency });
  // An idle connection that the database's stop ends is no error of the bench.
  pool.on('error', () => undefined);
  /** One pooled connection sends the statements one after the other, as the request did. */
  const replay = async (statements: Statement[]) => {
    const client = await pool.connect();
    try {
      for (const { text, values } of statements) await client.query(text, values);
    } finally {
      client.release();
    }
  };
  const rows: BenchRow[] = [];

  // --- the detail of one complaint (with its complainant: the Center's identity read is audited) ---
  const recordBody = (i: number) =>
    JSON.stringify({
      query: operation('RecordComplaint'),
      operationName: 'RecordComplaint',
      variables: { input: complaintInput({ receivedAt: new Date().toISOString(), subject: `เรื่องทดสอบ ${i}` }) },
    });
  const id: string = (await graphql(recordBody(0))).recordComplaint.complaint.id;
  const detailBody = JSON.stringify({ query: operation('Complaint'), operationName: 'Complaint', variables: { id } });
  await graphql(detailBody);
  const detailStatements = await captureStatements(() => graphql(detailBody));
  if (show) console.log(detailStatements);
  console.log(
    `the contract's Complaint and recordComplaint, concurrency ${concurrency}, ${seconds} s each (one run: same machine, same database)`,
  );
  console.log(`\nComplaint (one complaint's detail, ${detailStatements.length} statements)`);
  const detail = await load(() => graphql(detailBody));
  const detailRaw = await load(() => replay(detailStatements));
  line('Complaint over HTTP', detail);
  line(`its ${detailStatements.length} statements replayed through pg`, detailRaw);
  const detailRatio = detail.perSecond / detailRaw.perSecond;
  console.log(`  ratio: ${detailRatio.toFixed(2)}× the raw replay's throughput (goal ≥ 0.8)`);
  rows.push({
    benchmark: `complaint detail (Complaint), concurrency ${concurrency}`,
    measured: `${detail.perSecond.toFixed(0)} req/s, p99 ${detail.p99.toFixed(1)} ms`,
    baseline: `${detailRaw.perSecond.toFixed(0)}/s (its ${detailStatements.length} statements through pg)`,
    ratio: detailRatio,
    goal: '≥ 0.8×',
    met: detailRatio >= 0.8,
  });

  // --- recordComplaint -------------------------------------------------------------------------
  let seq = 1;
  await graphql(recordBody(seq++));
  const recordStatements = await captureStatements(() => graphql(recordBody(seq++)));
  if (show) console.log(recordStatements);
  // The rows it wrote carry ids of their own: each replay writes them anew, with fresh ids (every
  // uuid among the parameters but the users' and officials'); the receipt number is drawn inside
  // the recording's own statement (receipt_counter), so the replay draws the next one as it does.
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const kept = new Set<string>(
    (await pool.query<{ id: string }>(`select id from app_user union all select id from official`)).rows.map((row) => row.id),
  );
  const recordReplay = () => {
    const fresh = new Map<string, string>();
    const renew = (value: unknown): unknown => {
      if (typeof value !== 'string' || !uuid.test(value) || kept.has(value)) return value;
      let renewed = fresh.get(value);
      if (!renewed) fresh.set(value, (renewed = randomUUID()));
      return renewed;
    };
    return replay(recordStatements.map(({ text, values }) => ({ text, values: values.map(renew) })));
  };
  console.log(`\nrecordComplaint (${recordStatements.length} statements in its transaction)`);
  const record = await load(() => graphql(recordBody(seq++)));
  let raw: LoadRun | null = null;
  try {
    raw = await load(recordReplay);
  } catch (error) {
    console.log(`  the raw replay failed: ${(error as Error).message}`);
  }
  line('recordComplaint over HTTP', record);
  if (raw) line(`its ${recordStatements.length} statements replayed through pg`, raw);
  const recordRatio = raw ? record.perSecond / raw.perSecond : null;
  if (recordRatio !== null) console.log(`  ratio: ${recordRatio.toFixed(2)}× the raw transaction's throughput (goal ≥ 0.7, p99 < 25 ms)`);
  rows.push({
    benchmark: `recordComplaint, concurrency ${concurrency}`,
    measured: `${record.perSecond.toFixed(0)} req/s, p99 ${record.p99.toFixed(1)} ms`,
    baseline: raw ? `${raw.perSecond.toFixed(0)}/s (its ${recordStatements.length} statements as one raw transaction)` : 'replay failed',
    ratio: recordRatio,
    goal: '≥ 0.7×, p99 < 25 ms',
    met: recordRatio === null ? null : recordRatio >= 0.7 && record.p99 < 25,
  });

  reportRows(rows);
  await pool.end();
  await app.stop();
} finally {
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}
