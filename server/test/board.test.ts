import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { Workflow } from './factories.js';
import { Agent, errorCode, signedIn } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

/**
 * Issue 15, item 1: the board reads what it shows. Each column answers its first cards and its
 * count, pages on by cursor, the finished columns hold one fiscal year, and the whole board —
 * count, cards, their deadlines and rules — stays one statement besides the session's.
 */
let server: TestServer;
let center: Agent;
let admin: Agent;
let db: pg.Client;
let flow: Workflow;

beforeAll(async () => {
  server = await startTestServer();
  center = await signedIn(server.url, 'center');
  admin = await signedIn(server.url, 'admin');
  flow = new Workflow(center, await signedIn(server.url, 'commander'));
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  for (let i = 0; i < 7; i++) await flow.record();
}, 120_000);
afterAll(async () => {
  await db?.end();
  await server?.stop();
});

type Card = { id: string; receiptNumber: string };
type Column = { stage: string; total: number; complaints: Card[] };

const column = (board: { columns: Column[] }, stage: string) => board.columns.find((one) => one.stage === stage)!;

describe('the board, bounded (issue 15, item 1)', () => {
  it("answers each column's first cards and its count, and pages on by cursor without gap or repeat", async () => {
    const whole = column((await center.ok(`{ board { columns { stage total complaints(first: 500) { id } } } }`)).board, 'RECEIVED');
    expect(whole.total).toBe(whole.complaints.length);
    expect(whole.total).toBeGreaterThanOrEqual(7);
    const first = column((await center.ok(`{ board { columns { stage total complaints(first: 3) { id } } } }`)).board, 'RECEIVED');
    expect(first.total).toBe(whole.total);
    expect(first.complaints).toEqual(whole.complaints.slice(0, 3));
    const pages: Card[] = [...first.complaints];
    while (pages.length < whole.total) {
      const next = await center.ok(
        `query ($after: ID!) { boardColumn(stage: RECEIVED) { total complaints(first: 3, after: $after) { id } } }`,
        { after: pages[pages.length - 1]!.id },
      );
      expect(next.boardColumn.complaints.length).toBeGreaterThan(0);
      pages.push(...next.boardColumn.complaints);
    }
    expect(pages).toEqual(whole.complaints);
  });

  it('keeps every column present, empty ones with total 0, and answers at most 100 cards a column by default', async () => {
    const board = (await center.ok(operation('Board'))).board;
    expect(board.columns.map((one: Column) => one.stage)).toEqual([
      'RECEIVED',
      'REGISTERED',
      'AWAITING_ORDER',
      'ORDERED',
      'NOT_ACCEPTED',
      'FACT_FINDING',
      'COMMITTEE',
      'RESOLVED',
      'CLOSED',
    ]);
    const counted = (await center.ok(`{ board { columns { stage total complaints { id } } } }`)).board;
    for (const one of counted.columns as Column[]) {
      expect(one.complaints.length).toBe(Math.min(100, one.total));
    }
    expect(column(counted, 'COMMITTEE')).toEqual({ stage: 'COMMITTEE', total: 0, complaints: [] });
  });

  it('holds in CLOSED only the complaints last acted on in the fiscal year asked for (R10), by default the current one', async () => {
    const closed = await flow.at('CLOSED');
    const inBoard = async (query: string) =>
      column((await center.ok(query)).board, 'CLOSED').complaints.some((card: Card) => card.id === closed.id);
    expect(await inBoard(`{ board { columns { stage total complaints { id } } } }`)).toBe(true);
    const { board } = await center.ok(`{ board { fiscalYear } }`);
    // Its last event a year ago: off this year's board, on last year's.
    await db.query(`update complaint set last_event_at = last_event_at - interval '1 year' where id = $1`, [closed.id]);
    expect(await inBoard(`{ board { columns { stage total complaints { id } } } }`)).toBe(false);
    expect(await inBoard(`{ board(fiscalYear: ${board.fiscalYear - 1}) { columns { stage total complaints { id } } } }`)).toBe(true);
    // Open columns are never limited to a year.
    const old = await flow.record({ receivedAt: new Date(Date.now() - 400 * 86_400_000).toISOString() });
    const received = column((await center.ok(`{ board { columns { stage total complaints(first: 500) { id } } } }`)).board, 'RECEIVED');
    expect(received.complaints.some((card: Card) => card.id === old.id)).toBe(true);
  });

  it('refuses a page of more than 500, a cursor that is not an id and a year that is not B.E., with BAD_USER_INPUT', async () => {
    for (const query of [
      `{ board { columns { complaints(first: 501) { id } } } }`,
      `{ board { columns { complaints(first: -1) { id } } } }`,
      `{ boardColumn(stage: RECEIVED) { complaints(after: "not-an-id") { id } } }`,
      `{ board(fiscalYear: 2026) { columns { stage } } }`,
    ]) {
      expect(errorCode(await center.request(query)), query).toBe('BAD_USER_INPUT');
    }
  });

  it("keeps the web app's board (counts, cards, deadlines with their rules' names) to 2 statements, the session's included", async () => {
    const result = await center.request(
      `{ board { fiscalYear columns { stage total complaints { id version stage receiptNumber subject receivedAt availableMoves
           availableNoticeKinds notAcceptedReasons reportingDivision { code } channel { code nameTh } units { code nameTh }
           deadlines { rule { code nameTh nameEn amount unit } dueAt dueSoonAt status } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBeLessThanOrEqual(2);
    const card = column(result.data.board, 'RECEIVED').complaints[0] as unknown as {
      receivedAt: string;
      deadlines: { rule: { code: string; nameTh: string }; dueAt: string }[];
    };
    expect(card.receivedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(card.deadlines.length).toBeGreaterThan(0);
    for (const deadline of card.deadlines) {
      expect(deadline.rule.nameTh.length).toBeGreaterThan(0);
      expect(deadline.dueAt).toMatch(/Z$/);
    }
  });

  it('answers the same card as the complaint itself: instants, deadlines and long texts alike', async () => {
    const fields = `id receivedAt recordedAt incidentAt subject details requestedAction incidentPlace findings orderNote
      deadlines { rule { code } startedAt dueAt dueSoonAt metAt status }`;
    const received = column((await center.ok(`{ board { columns { stage total complaints { ${fields} } } } }`)).board, 'RECEIVED');
    const card = received.complaints[0] as unknown as { id: string };
    const { complaint } = await center.ok(`query ($id: ID!) { complaint(id: $id) { ${fields} } }`, { id: card.id });
    expect(card).toEqual(complaint);
  });

  it('shows a changed rule on the board at once (the rules are reference data, read again at every change)', async () => {
    const mutation = `mutation ($input: UpdateDeadlineRuleInput!) { updateDeadlineRule(input: $input) { rule { code amount } } }`;
    const rules = async () =>
      column((await center.ok(`{ board { columns { stage total complaints { deadlines { rule { code amount } } } } } }`)).board, 'RECEIVED')
        .complaints.flatMap((card) => (card as unknown as { deadlines: { rule: { code: string; amount: number } }[] }).deadlines)
        .filter((deadline) => deadline.rule.code === 'FIRST_REPLY');
    const before = (await rules())[0]!.rule.amount;
    await admin.ok(mutation, { input: { code: 'FIRST_REPLY', amount: before + 1 } });
    try {
      for (const deadline of await rules()) expect(deadline.rule.amount).toBe(before + 1);
    } finally {
      await admin.ok(mutation, { input: { code: 'FIRST_REPLY', amount: before } });
    }
  });
});
