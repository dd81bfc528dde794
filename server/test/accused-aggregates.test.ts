import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workflow } from './factories.js';
import { signedIn, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';
import { documentText } from './document-text.js';

/**
 * Issue 9, item 3: aggregates shown to a caller leave out the complaints that accuse the caller,
 * every breakdown included, so that no figure tells an accused official more than their board.
 * The oracle is another read path: the caller's own board, counted here.
 */
let server: TestServer;
const agents: Record<string, Agent> = {};
let nayokOfficial: string;

const fullStatistics = `query ($fiscalYear: Int!, $quarter: Int) {
  complaintStatistics(fiscalYear: $fiscalYear, quarter: $quarter) {
    received closed notAccepted inProgress
    byChannel { channel { code } count } byOutcome { outcome count } byStage { stage count }
    byDivision { division { code } count } byMonth { month received } byNotAcceptedReason { reason count }
    handlingTime { closed }
    deadlineCompliance { rule { code } met metLate overdue pending cancelled }
  }
}`;
const boardQuery = `{ board { columns { stage complaints { id stage receivedAt channel { code } units { code } outcome notAcceptedReason
  deadlines { rule { code } status } } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['center', 'commander', 'nayok', 'admin']) agents[username] = await signedIn(server.url, username);
  nayokOfficial = (await agents.nayok.ok(`{ me { official { id } } }`)).me.official.id;
  const flow = new Workflow(agents.center, agents.commander);
  const accusingNayok = { accused: [{ officialId: nayokOfficial }], incidentAt: null };
  // Fiscal year 2569: complaints that accuse the nayok at several stages, months and channels …
  await flow.at('CLOSED', { ...accusingNayok, receivedAt: '2025-11-03T10:00:00+07:00', channel: 'POST' });
  await flow.at('NOT_ACCEPTED', { ...accusingNayok, receivedAt: '2026-02-10T10:00:00+07:00', channel: 'FACEBOOK' });
  await flow.at('FACT_FINDING', { ...accusingNayok, receivedAt: '2026-03-20T10:00:00+07:00', channel: 'PHONE' });
  // … and others that do not.
  await flow.at('CLOSED', { receivedAt: '2025-11-05T10:00:00+07:00', channel: 'POST', incidentAt: null });
  await flow.at('COMMITTEE', { receivedAt: '2026-01-15T10:00:00+07:00', channel: 'WEBSITE', incidentAt: null });
  await flow.record({ receivedAt: '2026-03-21T10:00:00+07:00', channel: 'PHONE', incidentAt: null });
});
afterAll(() => server?.stop());

interface Card {
  stage: string;
  receivedAt: string;
  channel: { code: string };
  units: { code: string }[];
  outcome: string | null;
  notAcceptedReason: string | null;
  deadlines: { rule: { code: string }; status: string }[];
}

/** The statistics of fiscal year 2569 (or a quarter), counted from the caller's board. */
async function fromBoard(agent: Agent, quarter?: number) {
  const from = Date.parse(['2025-10-01', '2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01'][quarter ?? 0] + 'T00:00:00+07:00');
  const to = Date.parse(
    quarter ? ['', '2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01'][quarter] + 'T00:00:00+07:00' : '2026-10-01T00:00:00+07:00',
  );
  const cards: Card[] = (await agent.ok(boardQuery)).board.columns
    .flatMap((column: { complaints: Card[] }) => column.complaints)
    .filter((card: Card) => Date.parse(card.receivedAt) >= from && Date.parse(card.receivedAt) < to);
  const count = (test: (card: Card) => boolean) => cards.filter(test).length;
  const deadlines = (rule: string, status: string) =>
    cards.flatMap((card) => card.deadlines).filter((d) => d.rule.code === rule && d.status === status).length;
  return {
    received: cards.length,
    closed: count((c) => c.stage === 'CLOSED'),
    notAccepted: count((c) => c.stage === 'NOT_ACCEPTED'),
    channel: (code: string) => count((c) => c.channel.code === code),
    stage: (stage: string) => count((c) => c.stage === stage),
    division: (code: string) => count((c) => c.units.some((unit) => unit.code === code)),
    outcome: (outcome: string) => count((c) => c.outcome === outcome),
    reason: (reason: string) => count((c) => c.notAcceptedReason === reason),
    month: (month: string) => count((c) => new Date(Date.parse(c.receivedAt) + 7 * 3_600_000).toISOString().slice(0, 7) === month),
    deadlines,
  };
}

describe('aggregates for a caller accused in some complaints (issue 9, item 3)', () => {
  it('complaintStatistics counts, every breakdown included, only what the accused caller may see (the year and each quarter)', async () => {
    for (const quarter of [undefined, 1, 2, 3]) {
      const stats = (await agents.nayok.ok(fullStatistics, { fiscalYear: 2569, quarter })).complaintStatistics;
      const board = await fromBoard(agents.nayok, quarter);
      expect(stats.received, `Q${quarter}`).toBe(board.received);
      expect(stats.closed).toBe(board.closed);
      expect(stats.notAccepted).toBe(board.notAccepted);
      expect(stats.inProgress).toBe(board.received - board.closed - board.notAccepted);
      expect(stats.handlingTime.closed).toBe(board.closed);
      for (const row of stats.byChannel) expect(row.count, row.channel.code).toBe(board.channel(row.channel.code));
      for (const row of stats.byStage) expect(row.count, row.stage).toBe(board.stage(row.stage));
      for (const row of stats.byDivision) expect(row.count, row.division.code).toBe(board.division(row.division.code));
      for (const row of stats.byOutcome) expect(row.count, row.outcome).toBe(board.outcome(row.outcome));
      for (const row of stats.byNotAcceptedReason) expect(row.count, row.reason).toBe(board.reason(row.reason));
      for (const row of stats.byMonth) expect(row.received, row.month).toBe(board.month(row.month));
      for (const row of stats.deadlineCompliance) {
        expect([row.met, row.metLate, row.overdue, row.pending, row.cancelled], row.rule.code).toEqual(
          ['MET', 'MET_LATE', 'OVERDUE', 'PENDING', 'CANCELLED'].map((status) => board.deadlines(row.rule.code, status)),
        );
      }
    }
  });

  it('the body as a whole still counts every complaint (a caller not accused, an auditor, a token)', async () => {
    const commander = (await agents.commander.ok(fullStatistics, { fiscalYear: 2569 })).complaintStatistics;
    const nayok = (await agents.nayok.ok(fullStatistics, { fiscalYear: 2569 })).complaintStatistics;
    expect(commander.received - nayok.received).toBe(3);
    expect((await agents.admin.ok(fullStatistics, { fiscalYear: 2569 })).complaintStatistics.received).toBe(commander.received);
  });

  it('the ITA publication, its CSV, the statistics export and the statistics document leave them out too', async () => {
    const board = await fromBoard(agents.nayok);
    const ita = (
      await agents.nayok.ok(`{ itaPublication(fiscalYear: 2569) { wholeYear { received completed inProgress } firstHalf { received } } }`)
    ).itaPublication;
    expect(ita.wholeYear).toEqual({
      received: board.received,
      completed: board.closed + board.notAccepted,
      inProgress: board.received - board.closed - board.notAccepted,
    });
    const firstHalf = (await fromBoard(agents.nayok, 1)).received + (await fromBoard(agents.nayok, 2)).received;
    expect(ita.firstHalf.received).toBe(firstHalf);
    const get = (path: string) =>
      fetch(`${server.url}${path}`, { headers: { cookie: agents.nayok.cookie! } }).then((response) => response.text());
    const cells = (csv: string) => csv.split(/\r?\n/).map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
    expect(cells(await get('/reports/ita/2569.csv'))).toContainEqual([
      '2569',
      'ทั้งปีงบประมาณ',
      String(board.received),
      String(board.closed + board.notAccepted),
      String(board.received - board.closed - board.notAccepted),
    ]);
    expect(cells(await get('/exports/statistics.csv?fiscalYear=2569'))).toContainEqual(['ได้รับ', String(board.received)]);
    const thai = (n: number) => String(n).replace(/\d/g, (digit) => '๐๑๒๓๔๕๖๗๘๙'[Number(digit)]);
    expect(documentText(await get('/documents/statistics/2569.html'))).toContain(
      `<td>เรื่องร้องเรียนที่ได้รับ</td><td class="n">${thai(board.received)}</td>`,
    );
  });

  it('an issued report shows the accused caller, for good, the figures without the complaints that accuse them', async () => {
    const issued = (await agents.center.ok(`mutation { issueReport(input: { fiscalYear: 2569 }) { statistics { received } } }`))
      .issueReport;
    const board = await fromBoard(agents.nayok);
    expect(issued.statistics.received).toBe(board.received + 3);
    const read = async (agent: Agent) =>
      (
        await agent.ok(`{ issuedReports(fiscalYear: 2569) { quarter statistics { received byChannel { channel { code } count } } } }`)
      ).issuedReports.find((report: { quarter: number | null }) => report.quarter === null).statistics;
    expect((await read(agents.nayok)).received).toBe(board.received);
    expect((await read(agents.nayok)).byChannel.find((row: { channel: { code: string } }) => row.channel.code === 'FACEBOOK').count).toBe(
      board.channel('FACEBOOK'),
    );
    expect((await read(agents.commander)).received).toBe(board.received + 3);
  });
});
