import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalPeriod } from '../src/modules/reports/fiscal-year.js';
import { statisticsQuery } from '../src/modules/reports/statistics.service.js';
import { createSchema } from '../src/graphql/schema.js';
import { operation } from './contract.js';
import { bulkComplaints, Workflow } from './factories.js';
import { Agent, errorCode, signedIn } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
const agents: Record<string, Agent> = {};
const statistics = operation('ComplaintStatistics');

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['center', 'commander', 'nayok', 'engineer', 'admin']) agents[username] = await signedIn(server.url, username);
  const flow = new Workflow(agents.center, agents.commander);
  // A seeded year, each complaint on a boundary (Asia/Bangkok), moved to its state now.
  await flow.record({ receivedAt: '2025-09-30T23:59:00+07:00', channel: 'POST', incidentAt: null }); // FY2568 Q4
  await flow.at('NOT_ACCEPTED', { receivedAt: '2025-10-01T00:00:00+07:00', channel: 'WEBSITE', incidentAt: null }); // FY2569 Q1
  await flow.at('CLOSED', { receivedAt: '2025-12-31T23:59:59+07:00', channel: 'WEBSITE', incidentAt: null }); // Q1, SUBSTANTIATED
  const d = await flow.at('COMMITTEE', { receivedAt: '2026-01-01T00:00:00+07:00', channel: 'FACEBOOK', incidentAt: null }); // Q2
  await agents.center.ok(operation('ResolveComplaint'), {
    input: { complaintId: d.id, expectedVersion: d.version, outcome: 'UNSUBSTANTIATED', findings: 'ไม่พบมูล' },
  });
  await flow.record({ receivedAt: '2026-09-30T16:59:59Z', channel: 'DIRECT_LINE', incidentAt: null }); // 30 Sep 23:59:59 → Q4
  await flow.record({ receivedAt: '2026-09-30T17:00:00Z', channel: 'DIRECT_LINE', incidentAt: null }); // 1 Oct 00:00 → FY2570
});
afterAll(() => server?.stop());

const stats = async (fiscalYear: number, quarter?: number, agent = agents.nayok) =>
  (await agent.ok(statistics, { fiscalYear, quarter })).complaintStatistics;

describe('R10: complaint statistics by Thai fiscal year and quarter', () => {
  it('counts fiscal year 2569 (1 Oct 2025 – 30 Sep 2026) by state now, every channel and outcome listed', async () => {
    const year = await stats(2569);
    expect(year).toMatchObject({ fiscalYear: 2569, quarter: null, received: 4, closed: 1, notAccepted: 1, inProgress: 2 });
    const byChannel = Object.fromEntries(
      year.byChannel.map((row: { channel: { code: string }; count: number }) => [row.channel.code, row.count]),
    );
    expect(byChannel).toEqual({
      IN_PERSON: 0,
      POST: 0,
      PHONE: 0,
      COMPLAINT_BOX: 0,
      WEBSITE: 2,
      FACEBOOK: 1,
      DIRECT_LINE: 1,
      FORWARDED_LETTER: 0,
    });
    expect(year.byOutcome).toEqual([
      { outcome: 'SUBSTANTIATED', count: 1 },
      { outcome: 'UNSUBSTANTIATED', count: 1 },
      { outcome: 'REFERRED', count: 0 },
    ]);
  });

  it('puts 30 September 23:59 and 1 October 00:00 (Asia/Bangkok) in different fiscal years, and each quarter its months', async () => {
    expect((await stats(2568)).received).toBe(1);
    expect((await stats(2570)).received).toBe(1);
    expect(await Promise.all([1, 2, 3, 4].map(async (q) => (await stats(2569, q)).received))).toEqual([2, 1, 0, 1]);
    expect((await stats(2568, 4)).received).toBe(1);
    expect((await stats(2570, 1)).received).toBe(1);
  });

  it("counts the period's deadlines by status per rule", async () => {
    const year = await stats(2569);
    const byRule = Object.fromEntries(
      year.deadlineCompliance.map((row: { rule: { code: string }; met: number; metLate: number; overdue: number; pending: number }) => [
        row.rule.code,
        [row.met, row.metLate, row.overdue, row.pending],
      ]),
    );
    // Registered today, long after receipt: late for the three moved on; the fourth never registered.
    expect(byRule.REGISTER_SAO).toEqual([0, 3, 1, 0]);
    // Only the closed one was told its result; the others are past their 15 working days.
    expect(byRule.FIRST_REPLY).toEqual([0, 1, 3, 0]);
    // Distributed as soon as ordered; the not-accepted one's DISTRIBUTE was cancelled.
    expect(byRule.DISTRIBUTE).toEqual([2, 0, 0, 0]);
    const cancelled = await agents.nayok.ok(`{ complaintStatistics(fiscalYear: 2569) { deadlineCompliance { rule { code } cancelled } } }`);
    const distribute = cancelled.complaintStatistics.deadlineCompliance.find(
      (row: { rule: { code: string } }) => row.rule.code === 'DISTRIBUTE',
    );
    expect(distribute.cancelled).toBe(1);
  });

  it('keeps the rollups equal to a recount of the complaint table', async () => {
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    try {
      const recount = await db.query(`
        select date_trunc('month', received_at at time zone 'Asia/Bangkok')::date::text as month, channel_code, stage,
               coalesce(outcome, '') as outcome, coalesce(not_accepted_reason, '') as reason, count(*)::int as n
          from complaint group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`);
      const rollup = await db.query(`
        select month::text, channel_code, stage, outcome, reason, complaints as n
          from complaint_rollup where complaints <> 0 order by 1, 2, 3, 4, 5`);
      expect(rollup.rows).toEqual(recount.rows);
    } finally {
      await db.end();
    }
  });

  it('breaks the year down by division, stage, not-accepted reason and month, with handling time', async () => {
    const { complaintStatistics: year } = await agents.nayok.ok(`{ complaintStatistics(fiscalYear: 2569) {
      byDivision { division { code } count } byStage { stage count } byNotAcceptedReason { reason count }
      byMonth { month received } handlingTime { closed averageDays p90Days } } }`);
    const counts = (rows: any[], key: (row: any) => string) =>
      Object.fromEntries(rows.filter((row) => row.count).map((row) => [key(row), row.count]));
    // The factory's order names ENGINEERING for the two accepted ones.
    expect(counts(year.byDivision, (row) => row.division.code)).toEqual({ ENGINEERING: 2 });
    expect(year.byDivision).toHaveLength(6);
    expect(counts(year.byStage, (row) => row.stage)).toEqual({ NOT_ACCEPTED: 1, CLOSED: 1, RESOLVED: 1, RECEIVED: 1 });
    expect(counts(year.byNotAcceptedReason, (row) => row.reason)).toEqual({ PRIVATE_DISPUTE: 1 });
    expect(year.byMonth.map((row: { month: string }) => row.month)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
    ]);
    expect(year.byMonth.filter((row: { received: number }) => row.received)).toEqual([
      { month: '2025-10', received: 1 },
      { month: '2025-12', received: 1 },
      { month: '2026-01', received: 1 },
      { month: '2026-09', received: 1 },
    ]);
    // The one closed complaint was received 31 Dec 2025 23:59:59 and closed today.
    const days = Math.ceil((Date.now() - Date.parse('2025-12-31T23:59:59+07:00')) / 86_400_000);
    expect(year.handlingTime.closed).toBe(1);
    expect(year.handlingTime.p90Days).toBe(days);
    expect(Math.abs(year.handlingTime.averageDays - (Date.now() - Date.parse('2025-12-31T23:59:59+07:00')) / 86_400_000)).toBeLessThan(0.1);
  });

  it.each([
    ['a C.E. year', 2026, null],
    ['quarter 5', 2569, 5],
    ['quarter 0', 2569, 0],
  ])('refuses %s with BAD_USER_INPUT', async (_name, fiscalYear, quarter) => {
    expect(errorCode(await agents.nayok.request(statistics, { fiscalYear, quarter }))).toBe('BAD_USER_INPUT');
  });

  it('answers EXECUTIVE, COMMANDER, CENTER_OFFICER and ADMIN; refuses a DIVISION_OFFICER with FORBIDDEN', async () => {
    for (const username of ['nayok', 'commander', 'center', 'admin'])
      expect((await stats(2569, undefined, agents[username])).received).toBe(4);
    expect(errorCode(await agents.engineer.request(statistics, { fiscalYear: 2569 }))).toBe('FORBIDDEN');
    expect(errorCode(await new Agent(server.url).request(statistics, { fiscalYear: 2569 }))).toBe('UNAUTHENTICATED');
  });
});

describe('R10: issued reports and the ITA publication', () => {
  const issue = `mutation ($input: IssueReportInput!) { issueReport(input: $input) { id fiscalYear quarter issuedByName statistics { received closed inProgress } } }`;

  it('freezes a quarterly report: re-reading it returns the figures it showed, even after later changes', async () => {
    const report = (await agents.center.ok(issue, { input: { fiscalYear: 2570, quarter: 1 } })).issueReport;
    expect(report).toMatchObject({
      fiscalYear: 2570,
      quarter: 1,
      issuedByName: 'นางสุนิสา แก้วมณี',
      statistics: { received: 1, inProgress: 1 },
    });
    // A paper complaint of that quarter, entered after the report went out.
    await new Workflow(agents.center, agents.commander).record({ receivedAt: '2026-10-15T10:00:00+07:00', incidentAt: null });
    expect((await stats(2570, 1)).received).toBe(2);
    const reread = (await agents.nayok.ok(`{ issuedReports(fiscalYear: 2570) { id quarter statistics { received inProgress } } }`))
      .issuedReports;
    expect(reread).toEqual([{ id: report.id, quarter: 1, statistics: { received: 1, inProgress: 1 } }]);
    // A period is issued once.
    expect(errorCode(await agents.center.request(issue, { input: { fiscalYear: 2570, quarter: 1 } }))).toBe('CONFLICT');
    expect(errorCode(await agents.engineer.request(issue, { input: { fiscalYear: 2570, quarter: 2 } }))).toBe('FORBIDDEN');
  });

  it('publishes the ITA figures for the first six months and the whole year, and "no complaints" for an empty year', async () => {
    const query = `query ($fy: Int!) { itaPublication(fiscalYear: $fy) { firstHalf { received completed inProgress } wholeYear { received completed inProgress } noComplaints textTh } }`;
    const year = (await agents.nayok.ok(query, { fy: 2570 })).itaPublication;
    expect(year).toMatchObject({
      firstHalf: { received: 2 },
      wholeYear: { received: 2, completed: 0, inProgress: 2 },
      noComplaints: false,
    });
    const empty = (await agents.nayok.ok(query, { fy: 2565 })).itaPublication;
    expect(empty).toMatchObject({ noComplaints: true, wholeYear: { received: 0 } });
    expect(empty.textTh).toContain('ไม่มีเรื่องร้องเรียน');
  });

  it('serves the ITA publication as a CSV file Excel reads (UTF-8 with BOM), to statistics readers only', async () => {
    const response = await fetch(`${server.url}/reports/ita/2569.csv`, { headers: { cookie: agents.nayok.cookie! } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('ทั้งปีงบประมาณ');
    expect((await fetch(`${server.url}/reports/ita/2569.csv`)).status).toBe(401);
    expect((await fetch(`${server.url}/reports/ita/2569.csv`, { headers: { cookie: agents.engineer.cookie! } })).status).toBe(403);
  });
});

describe('API tokens for outside bodies', () => {
  const withToken = (token: string, query: string, variables?: object) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    }).then((response) => response.json() as Promise<{ data?: any; errors?: { extensions: { code: string } }[] }>);

  it('ADMIN creates a token, shown once; it reaches the statistics and nothing else; revoked, it reaches nothing', async () => {
    const created = await agents.admin.ok(operation('CreateApiToken'), { input: { name: 'อำเภอหนองแค', scopes: ['STATISTICS'] } });
    const token: string = created.createApiToken.token;
    expect(token).toMatch(/^rgn_[A-Za-z0-9_-]{43}$/);

    expect((await withToken(token, statistics, { fiscalYear: 2569 })).data.complaintStatistics.received).toBe(4);
    for (const query of [operation('Me'), operation('Board'), operation('Channels')]) {
      expect((await withToken(token, query)).errors![0].extensions.code).toBe('FORBIDDEN');
    }
    const listed = (await agents.admin.ok(`{ apiTokens { id name scopes createdAt lastUsedAt revokedAt } }`)).apiTokens;
    expect(listed[0]).toMatchObject({ name: 'อำเภอหนองแค', scopes: ['STATISTICS'], revokedAt: null });
    // Its use above was noted: after it was created, before now.
    expect(Date.parse(listed[0].lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(listed[0].createdAt));
    expect(Date.parse(listed[0].lastUsedAt)).toBeLessThanOrEqual(Date.now());
    expect(JSON.stringify(listed)).not.toContain(token);

    const revoke = `mutation ($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { id revokedAt } }`;
    const { revokeApiToken: revoked } = await agents.admin.ok(revoke, { input: { id: listed[0].id } });
    expect(revoked.id).toBe(listed[0].id);
    expect(Date.parse(revoked.revokedAt)).toBeGreaterThanOrEqual(Date.parse(listed[0].lastUsedAt));
    // Revoking it again keeps the instant it ended.
    expect((await agents.admin.ok(revoke, { input: { id: listed[0].id } })).revokeApiToken.revokedAt).toBe(revoked.revokedAt);
    expect((await withToken(token, statistics, { fiscalYear: 2569 })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await withToken('rgn_made-up', statistics, { fiscalYear: 2569 })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('takes the token over WebSocket as connectionParams.authorization, for statistics only', async () => {
    const created = await agents.admin.ok(operation('CreateApiToken'), { input: { name: 'จังหวัด', scopes: ['STATISTICS'] } });
    const { createClient } = await import('graphql-ws');
    const { default: WebSocket } = await import('ws');
    const client = createClient({
      url: server.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${created.createApiToken.token}` },
      retryAttempts: 0,
    });
    const once = (query: string, variables?: Record<string, unknown>) =>
      new Promise<any>((resolve, reject) =>
        client.subscribe({ query, variables }, { next: resolve, error: reject, complete: () => undefined }),
      );
    try {
      expect((await once(statistics, { fiscalYear: 2569 })).data.complaintStatistics.received).toBe(4);
      expect((await once(operation('Alerts'))).errors[0].extensions.code).toBe('FORBIDDEN');
    } finally {
      await client.dispose();
    }
  });

  it('issue 9, item 6: a STATISTICS token reaches complaintStatistics only, not itaPublication, issuedReports or any file', async () => {
    const created = await agents.admin.ok(operation('CreateApiToken'), { input: { name: 'ผู้ตรวจ', scopes: ['STATISTICS'] } });
    const token: string = created.createApiToken.token;
    expect((await withToken(token, statistics, { fiscalYear: 2569 })).data.complaintStatistics.received).toBe(4);
    for (const query of [
      `{ itaPublication(fiscalYear: 2569) { fiscalYear } }`,
      `{ issuedReports { fiscalYear } }`,
      `{ auditChain { valid } }`,
    ]) {
      expect((await withToken(token, query)).errors![0].extensions.code, query).toBe('FORBIDDEN');
    }
    for (const path of [
      '/reports/ita/2569.csv',
      '/exports/statistics.csv?fiscalYear=2569',
      '/exports/statistics.xlsx?fiscalYear=2569',
      '/documents/statistics/2569.html',
      '/exports/register.csv',
    ]) {
      const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status, path).toBe(403);
    }
  });

  it('issue 9, item 6: every root field but complaintStatistics refuses a token before its resolver runs (one allow-list)', async () => {
    const schema = await createSchema();
    const em = server.app.database.orm.em;
    const ctx = {
      apiToken: { id: 't', name: 'token', scopes: ['STATISTICS'] },
      authError: null,
      user: null,
      requestId: 'token-gate',
      em: em.fork(),
      standalone: em.fork(),
      logger: { error: () => undefined },
      auditTrail: [],
    } as never;
    const fields = [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!].flatMap((type) =>
      Object.values(type.getFields()).map((field) => ({ name: `${type.name}.${field.name}`, field })),
    );
    expect(fields.length).toBeGreaterThan(20);
    for (const { name, field } of fields) {
      if (name === 'Query.complaintStatistics') continue;
      const run = field.subscribe ?? field.resolve!;
      const info = { fieldName: name.split('.')[1], operation: { name: null } } as never;
      await expect(
        Promise.resolve().then(() => run(undefined, {}, ctx, info)),
        name,
      ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
    // The refused mutations are on the audit trail, under the token's name.
    const refused = await em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from audit_entry where actor = 'token' and outcome = 'FORBIDDEN'`);
    expect(refused[0].n).toBe(fields.filter(({ name }) => name.startsWith('Mutation.')).length);
  });

  it('lets only ADMIN create tokens, and refuses one without scopes with BAD_USER_INPUT', async () => {
    expect(errorCode(await agents.center.request(operation('CreateApiToken'), { input: { name: 'x', scopes: ['STATISTICS'] } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await agents.admin.request(operation('CreateApiToken'), { input: { name: 'x', scopes: [] } }))).toBe('BAD_USER_INPUT');
  });
});

describe('statistics at scale', () => {
  it('read the rollups, not the complaint table, with 200,000 complaints (EXPLAIN)', async () => {
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    try {
      await db.query('begin');
      // A bulk load: rows straight in, then the rollup rebuilt by one aggregate, as a repair would.
      await bulkComplaints(db, {
        count: 200_000,
        receiptYear: 2300,
        stage: `case when n % 3 = 0 then 'CLOSED' else 'RECEIVED' end`,
        receivedAt: `timestamptz '2025-10-01 00:00+07' + (n % 365) * interval '1 day'`,
      });
      await db.query(`delete from complaint_rollup`);
      await db.query(`
        insert into complaint_rollup (month, channel_code, stage, outcome, reason, complaints)
        select date_trunc('month', received_at at time zone 'Asia/Bangkok')::date, channel_code, stage,
               coalesce(outcome, ''), coalesce(not_accepted_reason, ''), count(*)
          from complaint group by 1, 2, 3, 4, 5`);
      await db.query('analyze');
      const compiled = statisticsQuery(fiscalPeriod(2569, null, 'Asia/Bangkok')).compile(server.app.database.orm.em.getKysely());
      const plan = (await db.query(`explain ${compiled.sql}`, compiled.parameters as unknown[])).rows
        .map((row) => row['QUERY PLAN'])
        .join('\n');
      expect(plan).toContain('complaint_rollup');
      expect(plan).not.toMatch(/ on complaint /);
      const result = await db.query(compiled.sql, compiled.parameters as unknown[]);
      const received = result.rows[0].complaints.reduce((total: number, row: { n: number }) => total + row.n, 0);
      expect(received).toBe(200_000 + 4);
    } finally {
      await db.query('rollback');
      await db.end();
    }
  }, 60_000);
});
