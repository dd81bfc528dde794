/**
 * The invariants the crash suite (crash-suite.ts) checks after every restart, read straight from the
 * database, in one repeatable-read snapshot (the deadline job may run meanwhile).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { verifyAuditChain } from '../src/modules/audit/audit.service.js';
import { formatReceiptNumber } from '../src/modules/complaints/receipt-number.js';

/** A write the client saw acknowledged: the complaint's `version` after it, and the event it added. */
export interface AcknowledgedWrite {
  complaintId: string;
  version: number;
  event: string;
  /** For a recording: the receipt number it answered. */
  receiptNumber?: string;
}

export interface CheckResult {
  name: string;
  violations: string[];
  ms: number;
}

/** The stage each event leaves a complaint in (NOTICE_SENT leaves it where it was). */
const stageAfter: Record<string, string | undefined> = {
  RECEIVED: 'RECEIVED',
  REGISTERED: 'REGISTERED',
  SUBMITTED_FOR_ORDER: 'AWAITING_ORDER',
  ORDERED: 'ORDERED',
  NOT_ACCEPTED: 'NOT_ACCEPTED',
  DISTRIBUTED: 'FACT_FINDING',
  COMMITTEE_APPOINTED: 'COMMITTEE',
  RESOLVED: 'RESOLVED',
  CLOSED: 'CLOSED',
};

/** Events that are moves of the workflow (one per successful mutation, each adding 1 to `version`). */
const numberedEvents = `kind <> 'CALENDAR_CHANGED'`;

async function partialComplaints(db: pg.ClientBase): Promise<string[]> {
  const { rows } = await db.query<{
    id: string;
    receiptSeq: number;
    receiptYear: number;
    stage: string;
    version: number;
    anonymous: boolean;
    decision: string | null;
    events: string[];
    accused: number;
    complainants: number;
    evidence: number;
    deadlines: number;
    notices: number;
    units: number;
    committees: number;
  }>(`
    with counted as (
      select 'accused' as what, complaint_id, count(*)::int as n from accused group by complaint_id
      union all select 'complainants', complaint_id, count(*)::int from complainant group by complaint_id
      union all select 'evidence', complaint_id, count(*)::int from evidence group by complaint_id
      union all select 'deadlines', complaint_id, count(*)::int from deadline group by complaint_id
      union all select 'notices', complaint_id, count(*)::int from notice group by complaint_id
      union all select 'units', complaint_id, count(*)::int from complaint_unit group by complaint_id
      union all select 'committees', complaint_id, count(*)::int from committee group by complaint_id
    ), events as (
      select complaint_id, array_agg(kind order by id) as events from complaint_event where ${numberedEvents} group by complaint_id
    )
    select c.id, c.receipt_seq as "receiptSeq", c.receipt_year as "receiptYear", c.stage, c.version, c.anonymous, c.decision,
           coalesce(e.events, '{}') as events,
           coalesce(sum(k.n) filter (where k.what = 'accused'), 0)::int as accused,
           coalesce(sum(k.n) filter (where k.what = 'complainants'), 0)::int as complainants,
           coalesce(sum(k.n) filter (where k.what = 'evidence'), 0)::int as evidence,
           coalesce(sum(k.n) filter (where k.what = 'deadlines'), 0)::int as deadlines,
           coalesce(sum(k.n) filter (where k.what = 'notices'), 0)::int as notices,
           coalesce(sum(k.n) filter (where k.what = 'units'), 0)::int as units,
           coalesce(sum(k.n) filter (where k.what = 'committees'), 0)::int as committees
      from complaint c
      left join events e on e.complaint_id = c.id
      left join counted k on k.complaint_id = c.id
     group by c.id, e.events`);
  const violations: string[] = [];
  for (const c of rows) {
    const problems: string[] = [];
    if (c.events[0] !== 'RECEIVED') problems.push(`first event ${c.events[0] ?? 'missing'}`);
    if (c.events.filter((kind) => kind === 'RECEIVED').length !== 1) problems.push('not exactly one RECEIVED event');
    if (c.events.length !== c.version) problems.push(`${c.events.length} events for version ${c.version}`);
    const last = [...c.events].reverse().find((kind) => stageAfter[kind]);
    if (last && stageAfter[last] !== c.stage) problems.push(`stage ${c.stage} after a ${last} event`);
    if (c.accused < 1) problems.push('no accused');
    if (c.complainants !== (c.anonymous ? 0 : 1)) problems.push(`${c.complainants} complainant rows, anonymous ${c.anonymous}`);
    if (c.evidence !== 1) problems.push(`${c.evidence} evidence rows (1 recorded)`);
    if (c.deadlines < 1) problems.push('no deadlines');
    const noticeEvents = c.events.filter((kind) => kind === 'NOTICE_SENT').length;
    if (c.notices !== noticeEvents) problems.push(`${c.notices} notices for ${noticeEvents} NOTICE_SENT events`);
    if (c.decision === 'ACCEPT' && c.units < 1) problems.push('accepted without units');
    const committeeEvents = c.events.filter((kind) => kind === 'COMMITTEE_APPOINTED').length;
    if (c.committees !== committeeEvents) problems.push(`${c.committees} committees for ${committeeEvents} appointments`);
    if (problems.length) violations.push(`complaint ${formatReceiptNumber(c.receiptSeq, c.receiptYear)} (${c.id}): ${problems.join('; ')}`);
  }
  return violations;
}

/** Receipt numbers 1..n in every year, the counter at n; the same for the outgoing register. */
async function numberGaps(db: pg.ClientBase): Promise<string[]> {
  const violations: string[] = [];
  const { rows: receipts } = await db.query<{
    year: number;
    n: number;
    low: number;
    high: number;
    distinct: number;
    counter: number | null;
  }>(`
    select c.receipt_year as year, count(*)::int as n, min(c.receipt_seq) as low, max(c.receipt_seq) as high,
           count(distinct c.receipt_seq)::int as distinct, (select last_number from receipt_counter r where r.year = c.receipt_year) as counter
      from complaint c group by c.receipt_year`);
  for (const y of receipts) {
    if (y.low !== 1 || y.high !== y.n || y.distinct !== y.n || y.counter !== y.n) {
      violations.push(
        `receipts of ${y.year}: ${y.n} complaints numbered ${y.low}..${y.high} (${y.distinct} distinct), counter at ${y.counter}`,
      );
    }
  }
  const { rows: unused } = await db.query<{ year: number; last_number: number }>(
    `select year, last_number from receipt_counter where last_number > 0 and year not in (select receipt_year from complaint)`,
  );
  for (const y of unused) violations.push(`receipt counter of ${y.year} at ${y.last_number} without a complaint`);
  const { rows: outgoing } = await db.query<{
    year: string;
    n: number;
    low: number;
    high: number;
    distinct: number;
    counter: number | null;
  }>(`
    with sent as (select split_part(outgoing_number, '/', 2) as year, split_part(outgoing_number, '/', 1)::int as seq
                    from notice where outgoing_number is not null)
    select s.year, count(*)::int as n, min(s.seq) as low, max(s.seq) as high, count(distinct s.seq)::int as distinct,
           max(o.last_number) as counter
      from sent s left join outgoing_counter o on o.year::text = s.year group by s.year`);
  for (const y of outgoing) {
    if (y.low !== 1 || y.high !== y.n || y.distinct !== y.n || y.counter !== y.n) {
      violations.push(
        `outgoing register of ${y.year}: ${y.n} notices numbered ${y.low}..${y.high} (${y.distinct} distinct), counter at ${y.counter}`,
      );
    }
  }
  return violations;
}

/** Each rollup equals the aggregate it replaces (as statistics.test.ts compares complaint_rollup). */
async function rollups(db: pg.ClientBase): Promise<string[]> {
  const month = (column: string) => `date_trunc('month', ${column} at time zone 'Asia/Bangkok')::date`;
  const pairs: [string, string, string][] = [
    [
      'complaint_rollup',
      `select month, channel_code, stage, outcome, reason, complaints from complaint_rollup where complaints <> 0`,
      `select ${month('received_at')}, channel_code, stage, coalesce(outcome, ''), coalesce(not_accepted_reason, ''), count(*)::int
         from complaint group by 1, 2, 3, 4, 5`,
    ],
    [
      'unit_rollup',
      `select month, division_code, complaints from unit_rollup where complaints <> 0`,
      `select ${month('c.received_at')}, u.division_code, count(*)::int from complaint_unit u join complaint c on c.id = u.complaint_id group by 1, 2`,
    ],
    [
      'deadline_rollup',
      `select month, rule_code, status, clocks from deadline_rollup where clocks <> 0`,
      `select ${month('received_at')}, rule_code, status, count(*)::int from deadline where status <> 'PENDING' group by 1, 2, 3`,
    ],
    [
      'handling_rollup',
      `select month, days, complaints, round(total_seconds::numeric, 3) from handling_rollup where complaints <> 0`,
      `select ${month('received_at')}, ceil(extract(epoch from last_event_at - received_at) / 86400)::int, count(*)::int,
              round(sum(extract(epoch from last_event_at - received_at))::numeric, 3)
         from complaint where stage = 'CLOSED' group by 1, 2`,
    ],
  ];
  const violations: string[] = [];
  for (const [table, rollup, recount] of pairs) {
    const { rows } = await db.query(`(${rollup} except ${recount}) union all (${recount} except ${rollup})`);
    if (rows.length) violations.push(`${table} differs from a recount in ${rows.length} rows, e.g. ${JSON.stringify(rows[0])}`);
  }
  return violations;
}

/** Every write the client saw acknowledged is there: the complaint, and its event at that version. */
async function acknowledgedPresent(db: pg.ClientBase, writes: AcknowledgedWrite[]): Promise<string[]> {
  // Compared here rather than joined in SQL: a join with a JSON recordset is planned for 100 rows.
  const { rows: complaints } = await db.query<{ id: string; receiptSeq: number; receiptYear: number }>(
    `select id, receipt_seq as "receiptSeq", receipt_year as "receiptYear" from complaint`,
  );
  const { rows: events } = await db.query<{ key: string; kind: string }>(
    `select complaint_id || '@' || row_number() over (partition by complaint_id order by id) as key, kind
       from complaint_event where ${numberedEvents}`,
  );
  const receipts = new Map(complaints.map((row) => [row.id, formatReceiptNumber(row.receiptSeq, row.receiptYear)]));
  const kinds = new Map(events.map((row) => [row.key, row.kind]));
  const violations: string[] = [];
  for (const write of writes) {
    const receipt = receipts.get(write.complaintId);
    const found = kinds.get(`${write.complaintId}@${write.version}`);
    if (receipt === undefined || found !== write.event || (write.receiptNumber && write.receiptNumber !== receipt)) {
      violations.push(
        `acknowledged ${write.event} (version ${write.version}) of ${write.receiptNumber ?? write.complaintId} is missing ` +
          `(found ${receipt === undefined ? 'no complaint' : `${found ?? 'no event'} in ${receipt}`})`,
      );
    }
  }
  return violations;
}

/**
 * Every committed write is audited: each complaint's events (its recording, and every move) have an
 * audit entry with outcome OK whose target is the complaint and whose `after.version` is theirs.
 */
async function committedAudited(db: pg.ClientBase): Promise<string[]> {
  // No jsonb_typeof() filter: its selectivity guess (one row) made the planner loop over the
  // audit trail once per event (seconds); `->>` of a non-object is null anyway.
  const { rows } = await db.query<{ complaint_id: string; version: number; kind: string }>(
    `with numbered as (select complaint_id, kind, row_number() over (partition by complaint_id order by id)::int as version
                         from complaint_event where ${numberedEvents}),
          audited as (
            select target, (data -> 'after' ->> 'version')::int as version
              from audit_entry where outcome = 'OK' and data -> 'after' ->> 'version' is not null)
     select n.complaint_id, n.version, n.kind
       from numbered n
      where not exists (select 1 from audited a where a.target = n.complaint_id::text and a.version = n.version)
      order by n.complaint_id, n.version`,
  );
  return rows.map((row) => `committed ${row.kind} (version ${row.version}) of ${row.complaint_id} has no audit entry`);
}

/** Runs every check; `em` is for the audit chain (verifyAuditChain, the same as `npm run audit:verify`). */
export async function checkInvariants(databaseUrl: string, em: EntityManager, writes: AcknowledgedWrite[]): Promise<CheckResult[]> {
  const db = new pg.Client({ connectionString: databaseUrl, application_name: 'rongrian-crash-checks' });
  db.on('error', () => undefined);
  await db.connect();
  try {
    await db.query('begin isolation level repeatable read read only');
    const results: CheckResult[] = [];
    const run = async (name: string, check: () => Promise<string[]>) => {
      const started = performance.now();
      const violations = await check();
      results.push({ name, violations, ms: performance.now() - started });
    };
    await run('no partial complaint', () => partialComplaints(db));
    await run('no number gap', () => numberGaps(db));
    await run('rollups equal a recount', () => rollups(db));
    await run('acknowledged writes present', () => acknowledgedPresent(db, writes));
    await run('committed writes audited', () => committedAudited(db));
    await db.query('commit');
    await run('audit chain verifies', async () => {
      const chain = await verifyAuditChain(em.fork());
      return chain.firstBrokenId ? [`the audit chain breaks at entry ${chain.firstBrokenId} (of ${chain.entries})`] : [];
    });
    return results;
  } finally {
    await db.end().catch(() => undefined);
  }
}

/**
 * The checks catch what they look for: in a transaction rolled back afterwards, one violation of
 * each kind is planted on the live database, and each check must report it. Returns the names of
 * the checks that did not (none, when the checker works).
 */
export async function checksThatMissAPlantedViolation(databaseUrl: string): Promise<string[]> {
  const db = new pg.Client({ connectionString: databaseUrl, application_name: 'rongrian-crash-self-test' });
  db.on('error', () => undefined);
  await db.connect();
  try {
    await db.query('begin');
    const { rows } = await db.query<{ id: string }>(`select id from complaint order by receipt_year, receipt_seq limit 1`);
    if (!rows.length) throw new Error('the self-test needs one complaint');
    const [{ id }] = rows;
    await db.query(`delete from evidence where complaint_id = $1`, [id]);
    await db.query(`update receipt_counter set last_number = last_number + 1`);
    await db.query(`update complaint_rollup set complaints = complaints + 1 where ctid = (select ctid from complaint_rollup limit 1)`);
    await db.query(`insert into complaint_event (complaint_id, kind, at, data) values ($1, 'REGISTERED', now(), '{}')`, [id]);
    const missed: string[] = [];
    const expect = async (name: string, violations: Promise<string[]>) => {
      if (!(await violations).length) missed.push(name);
    };
    await expect('no partial complaint', partialComplaints(db));
    await expect('no number gap', numberGaps(db));
    await expect('rollups equal a recount', rollups(db));
    await expect(
      'acknowledged writes present',
      acknowledgedPresent(db, [{ complaintId: '00000000-0000-4000-8000-000000000000', version: 1, event: 'RECEIVED' }]),
    );
    await expect('committed writes audited', committedAudited(db));
    return missed;
  } finally {
    await db.query('rollback').catch(() => undefined);
    await db.end().catch(() => undefined);
  }
}
