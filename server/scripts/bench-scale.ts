/**
 * npm run bench:scale — issue 13, "Performance". One deployment of 2,000 bodies × 500 complaints
 * (1,000,000 complaints with their deadlines and rollups, loaded in bulk by SQL), measured in one
 * run against the same database holding one body alone:
 * - one body's board over HTTP at concurrency 10: its statement count, and its throughput on the
 *   full database against the database of that body alone (goal ≥ 0.8×);
 * - national statistics (an OVERSEER of a NATIONAL body over all 2,000): p50 and p95 over HTTP, next
 *   to the same statement replayed bare through `pg` (goal p95 ≤ 50 ms);
 * - the deadline tick over all bodies: one statement; its EXPLAIN ANALYZE shows that it reads the
 *   clocks due (the partial indexes), not the table.
 * BENCH_BODIES (2000) and BENCH_PER_BODY (500) scale it down for a quick run. Prints, asserts nothing.
 */
import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { startApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { seed } from '../src/db/seed.js';
import { raiseDueAlerts } from '../src/jobs/check-deadlines.job.js';
import { createLogger } from '../src/logger.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { fiscalPeriod, fiscalYearAt } from '../src/modules/reports/fiscal-year.js';
import { statisticsQuery } from '../src/modules/reports/statistics.service.js';
import { operation } from '../test/contract.js';
import { closedLoop, type LoadRun } from './bench-result.js';

const logger = createLogger('warn');
const dataDir = `/tmp/rongrian-bench-scale-${process.pid}`;
const concurrency = 10;
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const bodies = Number(process.env.BENCH_BODIES ?? 2000);
const perBody = Number(process.env.BENCH_PER_BODY ?? 500);
const openPerBody = Math.round(perBody / 10);
const timeZone = 'Asia/Bangkok';
const fiscalYear = fiscalYearAt(new Date(), timeZone);

const load = (once: () => Promise<unknown>, workers = concurrency) => closedLoop(once, { workers, seconds });

const row = (label: string, run: LoadRun) =>
  console.log(
    `  ${label.padEnd(52)} ${run.perSecond.toFixed(1).padStart(8)} req/s   p50 ${run.p50.toFixed(1).padStart(6)} ms   p95 ${run.p95.toFixed(1).padStart(6)} ms   p99 ${run.p99.toFixed(1).padStart(6)} ms`,
  );

/**
 * `count` complaints of `body`, numbered from `from`: `open` of them open (received this month,
 * their RECEIVED clocks pending), the rest closed two years ago (their clocks met). Triggers off
 * (a bulk load); the rollups are built afterwards from the rows (`rollUp`).
 */
async function insertComplaints(db: pg.Client, bodiesSql: string, count: number, open: number) {
  await db.query('begin');
  await db.query('set local session_replication_role = replica');
  await db.query(
    `insert into complaint (id, organisation_code, receipt_year, receipt_seq, stage, version, received_at, channel_code, subject, details,
                            anonymous, has_contact, last_event_at, recorded_at)
     select gen_random_uuid(), b.code, 2400, n,
            case when n <= $2 then (array['RECEIVED','REGISTERED','AWAITING_ORDER','ORDERED','FACT_FINDING','RESOLVED'])[1 + n % 6] else 'CLOSED' end,
            1,
            case when n <= $2 then now() - (n % 20) * interval '1 day' - (n % 3600) * interval '1 second'
                 else now() - interval '2 years' - (n % 300) * interval '1 day' end,
            'IN_PERSON', 'เรื่องทดสอบ ' || n, 'รายละเอียดการร้องเรียน', false, true,
            case when n <= $2 then now() else now() - interval '2 years' - (n % 300) * interval '1 day' + interval '20 days' end, now()
       from (${bodiesSql}) b, generate_series(1, $1::int) n`,
    [count, open],
  );
  await db.query(
    `insert into deadline (organisation_code, complaint_id, received_at, rule_code, started_at, due_at, due_soon_at, status, met_at)
     select c.organisation_code, c.id, c.received_at, r.code, c.received_at, c.received_at + interval '15 days', c.received_at + interval '12 days',
            case when c.stage = 'CLOSED' then 'MET' else 'PENDING' end,
            case when c.stage = 'CLOSED' then c.received_at + interval '5 days' end
       from complaint c join deadline_rule r on r.organisation_code = c.organisation_code and r.start_event = 'RECEIVED'
      where c.organisation_code in (select code from (${bodiesSql}) b) and c.receipt_year = 2400`,
  );
  await db.query('commit');
}

/** The rollups of the loaded complaints, as the triggers would have kept them (bulk: one statement each). */
async function rollUp(db: pg.Client) {
  const month = (column: string) => `date_trunc('month', ${column} at time zone 'Asia/Bangkok')::date`;
  await db.query('truncate complaint_rollup, handling_rollup, deadline_rollup');
  await db.query(
    `insert into complaint_rollup (organisation_code, month, channel_code, stage, outcome, reason, origin, complaints)
     select organisation_code, ${month('received_at')}, channel_code, stage, coalesce(outcome, ''), coalesce(not_accepted_reason, ''),
            coalesce(origin_agency, ''), count(*)
       from complaint group by 1, 2, 3, 4, 5, 6, 7`,
  );
  await db.query(
    `insert into handling_rollup (organisation_code, month, days, complaints, total_seconds)
     select organisation_code, ${month('received_at')}, ceil(extract(epoch from last_event_at - received_at) / 86400)::int, count(*),
            sum(extract(epoch from last_event_at - received_at))
       from complaint where stage = 'CLOSED' group by 1, 2, 3`,
  );
  await db.query(
    `insert into deadline_rollup (organisation_code, month, rule_code, status, clocks)
     select organisation_code, ${month('received_at')}, rule_code, status, count(*) from deadline where status <> 'PENDING' group by 1, 2, 3, 4`,
  );
  await db.query('analyze');
}

async function signIn(app: App, username: string, password: string): Promise<string> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($u: String!, $p: String!) { signIn(input: { username: $u, password: $p }) { user { id } } }`,
      variables: { u: username, p: password },
    }),
  });
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

function graphql(app: App, cookie: string, query: string, variables: Record<string, unknown> = {}) {
  const body = JSON.stringify({ query, variables });
  return async () => {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
    const text = await response.text();
    if (text.includes('"errors"')) throw new Error(text.slice(0, 300));
    return { statements: Number(response.headers.get('x-sql-statements')), bytes: text.length };
  };
}

const config = (url: string, env = 'production') =>
  loadConfig({ NODE_ENV: env, HOST: '127.0.0.1', PORT: '0', DATABASE_URL: url, JOBS: 'false', LOG_LEVEL: 'warn', SEED_DEMO: 'true' });

/** What one request costs in statements: asked of a server outside production (which does not say). */
async function statementsOf(url: string, username: string, password: string, query: string, variables: Record<string, unknown> = {}) {
  const app = await startApp(config(url, 'development'), logger);
  try {
    return await graphql(app, await signIn(app, username, password), query, variables)();
  } finally {
    await app.stop();
  }
}

const database = await startEmbeddedPostgres({ dataDir, port: 0, database: 'rongrian', logger, ephemeral: true });
try {
  const orm = await MikroORM.init(ormConfig({ databaseUrl: database.url }));
  await orm.migrator.up();
  await seed(orm.em.fork(), { demo: true });
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();

  // 1. The demo body alone: 400 open complaints and 100 closed ones.
  await insertComplaints(db, `select 'KOK_YAE'::text as code`, perBody, 400);
  await rollUp(db);
  const aloneShape = await statementsOf(database.url, 'center', 'rongrian-demo', operation('Board'));
  let app = await startApp(config(database.url), logger);
  let cookie = await signIn(app, 'center', 'rongrian-demo');
  let board = graphql(app, cookie, operation('Board'));
  const alone = await load(board);
  await app.stop();

  // 2. 1,999 more bodies (and one NATIONAL body above all), each with the demo's channels and
  // rules and `perBody` complaints, loaded in bulk.
  const started = performance.now();
  await db.query(
    `insert into organisation (code, name_th, name_en, kind, address, phone, time_zone, office_hours, signers, parent_code)
     select 'DLA_NATIONAL', 'กรมส่งเสริมการปกครองท้องถิ่น', 'Department of Local Administration', 'NATIONAL', 'กรุงเทพฯ', '', time_zone, office_hours, '[]', null
       from organisation where code = 'KOK_YAE'`,
  );
  await db.query(`update organisation set parent_code = 'DLA_NATIONAL' where code = 'KOK_YAE'`);
  await db.query(
    `insert into organisation (code, name_th, name_en, kind, address, phone, time_zone, office_hours, signers, parent_code)
     select 'BODY_' || lpad(n::text, 4, '0'), 'อบต.ทดสอบ ' || n, 'Test SAO ' || n, 'SAO', 'ที่อยู่', '', o.time_zone, o.office_hours, '[]', 'DLA_NATIONAL'
       from organisation o, generate_series(1, $1::int - 1) n where o.code = 'KOK_YAE'`,
    [bodies],
  );
  const others = `select code from organisation where code like 'BODY_%'`;
  const ruleColumns =
    'code, name_th, name_en, manual_ref, start_event, amount, unit, stop_events, stop_notice_kinds, cancel_events, applies_to, position';
  await db.query(
    `insert into channel (organisation_code, code, name_th, name_en, position, in_use)
     select b.code, c.code, c.name_th, c.name_en, c.position, c.in_use from (${others}) b, channel c where c.organisation_code = 'KOK_YAE'`,
  );
  await db.query(
    `insert into deadline_rule (organisation_code, ${ruleColumns})
     select b.code, ${ruleColumns
       .split(', ')
       .map((column) => `r.${column}`)
       .join(', ')} from (${others}) b, deadline_rule r where r.organisation_code = 'KOK_YAE'`,
  );
  await insertComplaints(db, others, perBody, openPerBody);
  await rollUp(db);
  const [{ complaints, deadlines }] = (
    await db.query(`select (select count(*) from complaint)::int as complaints, (select count(*) from deadline)::int as deadlines`)
  ).rows;
  const passwordHash = await hashPassword('rongrian-bench');
  await db.query(
    `insert into app_user (id, organisation_code, username, display_name, password_hash, roles, active, must_change_password)
     values (gen_random_uuid(), 'DLA_NATIONAL', 'overseer.national', 'ผู้กำกับดูแลส่วนกลาง', $1, '{OVERSEER}', true, false)`,
    [passwordHash],
  );
  const loadedIn = (performance.now() - started) / 1000;

  const fullShape = await statementsOf(database.url, 'center', 'rongrian-demo', operation('Board'));
  const nationalVariables = { organisationCode: 'DLA_NATIONAL', fiscalYear };
  const nationalShape = await statementsOf(
    database.url,
    'overseer.national',
    'rongrian-bench',
    operation('OrganisationStatistics'),
    nationalVariables,
  );
  app = await startApp(config(database.url), logger);
  cookie = await signIn(app, 'center', 'rongrian-demo');
  board = graphql(app, cookie, operation('Board'));
  const full = await load(board);

  console.log(
    `bench:scale — ${bodies} bodies × ${perBody} complaints: ${complaints.toLocaleString()} complaints, ${deadlines.toLocaleString()} deadlines (loaded in ${loadedIn.toFixed(0)} s)`,
  );
  console.log(`\none body's board (Kok Yae: 400 open of its ${perBody}), concurrency ${concurrency}, ${seconds} s each`);
  row('the body alone on its database', alone);
  row(`beside ${bodies - 1} other bodies`, full);
  console.log(
    `  statements per board: ${aloneShape.statements} alone, ${fullShape.statements} beside the others (budget: the same); ${(fullShape.bytes / 1024).toFixed(0)} KiB`,
  );
  console.log(`  ratio: ${(full.perSecond / alone.perSecond).toFixed(2)}× the board of the body alone (goal ≥ 0.8)`);

  // 3. National statistics: every body's, from the rollups (the OVERSEER of the NATIONAL body).
  const overseer = await signIn(app, 'overseer.national', 'rongrian-bench');
  const national = graphql(app, overseer, operation('OrganisationStatistics'), nationalVariables);
  const nationalRun = await load(national, 1);
  const period = fiscalPeriod(fiscalYear, null, timeZone);
  const codes = (await db.query(`select code from organisation where parent_code = 'DLA_NATIONAL' order by code`)).rows.map(
    (r) => r.code as string,
  );
  const statement = statisticsQuery(period, null, codes).compile(orm.em.getKysely());
  const raw = await load(() => db.query(statement.sql, [...statement.parameters]), 1);
  console.log(
    `\nnational statistics over ${codes.length} bodies (organisationStatistics of DLA_NATIONAL, fiscal year ${fiscalYear}), one caller`,
  );
  row('over HTTP', nationalRun);
  row('its statistics statement replayed through pg', raw);
  console.log(`  statements per request: ${nationalShape.statements}; p95 ${nationalRun.p95.toFixed(1)} ms (goal ≤ 50 ms)`);
  const plan = await db.query(`explain (analyze, buffers, costs off) ${statement.sql}`, [...statement.parameters]);
  const lines = plan.rows.map((line: Record<string, string>) => Object.values(line)[0]);
  console.log(`  where it spends its time (EXPLAIN ANALYZE, the slowest nodes):`);
  for (const line of lines.filter((text) => /actual time/.test(text)).slice(0, 12)) console.log(`    ${line.trim().slice(0, 150)}`);

  // 4. The deadline tick over every body: one statement that reads only the clocks due. The
  // backlog the load left (clocks already past due) is raised first, as the first tick after a
  // restart would; then the clocks of two bodies fall due, and the next tick is explained.
  const tickSql = raiseDueAlerts.compile(orm.em.getKysely());
  const backlog = await db.query(tickSql.sql, [...tickSql.parameters]);
  await db.query(
    `update deadline set due_at = now() - interval '1 minute', due_soon_alerted_at = null, overdue_alerted_at = null
      where organisation_code in ('BODY_0001', 'BODY_0002') and status = 'PENDING'`,
  );
  console.log(`\nthe first tick raised the load's backlog: ${backlog.rows[0].raised} alerts`);
  await db.query('begin');
  const tick = await db.query(`explain (analyze, buffers, costs off) ${tickSql.sql}`, [...tickSql.parameters]);
  await db.query('rollback');
  console.log(`the next tick over all ${bodies} bodies, the clocks of two of them due (one statement; EXPLAIN ANALYZE, rolled back):`);
  for (const line of tick.rows.map((line: Record<string, string>) => Object.values(line)[0])) console.log(`  ${line}`);

  await app.stop();
  await db.end();
  await orm.close(true);
} finally {
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}
