import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { Workflow, type ComplaintState } from './factories.js';
import { errorCode, signedIn, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

// Contract, "Corrections and the register": complaints(filter, first, after), the register as a
// Relay connection, newest receipt first, under the board's access rules; the search understands
// Thai digits and finds the complainant's name only for those who may see the complainant.

let server: TestServer;
const agents: Record<string, Agent> = {};
let flow: Workflow;
/** Fiscal year 2567 (1 Oct 2023 – 30 Sep 2024): seven complaints, no other test file's. */
let year: ComplaintState[];

const query = `query Register($filter: ComplaintFilter, $first: Int, $after: String) {
  complaints(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id receiptNumber subject stage receivedAt voided channel { code } units { code } deadlines { status } } }
  }
}`;

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: ComplaintState & { subject: string } }[];
};
const register = async (agent: Agent, variables: Record<string, unknown>): Promise<Page> => (await agent.ok(query, variables)).complaints;
const ids = (page: Page) => page.edges.map((edge) => edge.node.id);

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['center', 'commander', 'nayok', 'engineer']) agents[username] = await signedIn(server.url, username);
  flow = new Workflow(agents.center, agents.commander);
  year = [];
  // One after the other, so the receipt numbers follow the order of recording; two share an instant.
  const instants = [
    '2023-11-01T09:00:00+07:00',
    '2023-12-01T09:00:00+07:00',
    '2024-01-05T09:00:00+07:00',
    '2024-01-05T09:00:00+07:00',
    '2024-03-01T09:00:00+07:00',
    '2024-06-01T09:00:00+07:00',
    '2024-09-01T09:00:00+07:00',
  ];
  for (const [index, receivedAt] of instants.entries()) {
    year.push(await flow.record({ receivedAt, incidentAt: null, subject: `เรื่องทดสอบทะเบียน ลำดับ ${index + 1}` }));
  }
}, 60_000);
afterAll(() => server?.stop());

describe('the register as a connection', () => {
  it('pages through every complaint of the filter newest receipt first (ties by id), totalCount on every page, no one twice', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await register(agents.center, { filter: { fiscalYear: 2567 }, first: 3, after });
      expect(page.totalCount).toBe(7);
      expect(page.edges.length).toBeLessThanOrEqual(3);
      seen.push(...ids(page));
      pages += 1;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(7);
    const byId = new Map(year.map((c) => [c.id, c]));
    const order = seen.map((id) => byId.get(id)!);
    const expected = [...year].sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt) || (a.id < b.id ? 1 : -1));
    expect(order.map((c) => c.id)).toEqual(expected.map((c) => c.id));
  });

  it('refuses first above 100 or below 1, and a cursor it did not give (BAD_USER_INPUT)', async () => {
    expect(errorCode(await agents.center.request(query, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await agents.center.request(query, { first: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await agents.center.request(query, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await agents.center.request(query, { filter: { fiscalYear: 2024 } }))).toBe('BAD_USER_INPUT');
    const page = await register(agents.center, { first: 100 });
    expect(page.edges.length).toBeGreaterThanOrEqual(7);
  });

  it('answers the contract operation', async () => {
    const data = await agents.center.ok(operation('Complaints'), { filter: { fiscalYear: 2567 }, first: 2 });
    expect(data.complaints).toMatchObject({ totalCount: 7, pageInfo: { hasNextPage: true } });
    expect(data.complaints.edges[0].node).toEqual({
      id: year[6].id,
      receiptNumber: year[6].receiptNumber,
      subject: 'เรื่องทดสอบทะเบียน ลำดับ 7',
      stage: 'RECEIVED',
      receivedAt: year[6].receivedAt,
    });
  });
});

describe('the search', () => {
  const thai = (text: string) => text.replace(/\d/g, (digit) => '๐๑๒๓๔๕๖๗๘๙'[Number(digit)]);

  it('finds a receipt number written with Western or Thai digits, or its running number alone', async () => {
    const target = year[4];
    const [seq] = target.receiptNumber.split('/');
    for (const search of [target.receiptNumber, thai(target.receiptNumber), ` ${thai(seq)} `]) {
      const page = await register(agents.center, { filter: { search, fiscalYear: 2567 } });
      expect(ids(page), search).toContain(target.id);
    }
    const exact = await register(agents.center, { filter: { search: thai(target.receiptNumber) } });
    expect(ids(exact)).toEqual([target.id]);
  });

  it("finds the subject, the accused's name and the SAO's register number (Thai digits too)", async () => {
    const c = await flow.register(
      await flow.record({ subject: 'ถนนชำรุดหน้าโรงเรียน', accused: [{ fullName: 'นายทดสอบ ค้นหาได้', position: 'นายช่างโยธา' }] }),
      { registerNumber: 'สบ ๐๐๓๓/๔๔๑' },
    );
    expect(ids(await register(agents.center, { filter: { search: 'ถนนชำรุด' } }))).toEqual([c.id]);
    expect(ids(await register(agents.center, { filter: { search: 'ค้นหาได้' } }))).toEqual([c.id]);
    expect(ids(await register(agents.center, { filter: { search: '0033/441' } }))).toEqual([c.id]);
    expect(ids(await register(agents.center, { filter: { search: 'สบ ๐๐๓๓' } }))).toEqual([c.id]);
    expect(ids(await register(agents.nayok, { filter: { search: 'ค้นหาได้' } }))).toEqual([c.id]);
  });

  it("finds the complainant's name only for callers who may see the complainant: for others totalCount is 0", async () => {
    const c = await flow.record({ complainant: { fullName: 'นางสาวลับเฉพาะ ผู้ร้องเรียน', phone: '081-000-0000' } });
    expect(ids(await register(agents.center, { filter: { search: 'ลับเฉพาะ' } }))).toEqual([c.id]);
    for (const agent of [agents.nayok, agents.commander]) {
      const page = await register(agent, { filter: { search: 'ลับเฉพาะ' } });
      expect(page.totalCount).toBe(0);
      expect(page.edges).toEqual([]);
    }
    // They read the complaint itself, just not through its complainant.
    expect(ids(await register(agents.nayok, { filter: { search: c.receiptNumber } }))).toEqual([c.id]);
  });
});

describe('filters and access', () => {
  it('narrows by stage, channel, division and overdue, under the rules of the board (a division officer: his division only)', async () => {
    const ordered = await flow.at('ORDERED', { channel: 'POST', subject: 'กรองตามกองช่าง' });
    const finance = await flow.at('ORDERED', { channel: 'POST', subject: 'กรองตามกองคลัง' }).then((c) => c);
    void finance;
    const stage = await register(agents.center, { filter: { stage: 'ORDERED' } });
    expect(ids(stage)).toContain(ordered.id);
    expect(stage.edges.every((edge) => edge.node.stage === 'ORDERED')).toBe(true);
    const post = await register(agents.center, { filter: { channel: 'POST' }, first: 100 });
    expect(post.edges.every((edge) => (edge.node as unknown as { channel: { code: string } }).channel.code === 'POST')).toBe(true);
    expect(ids(post)).toContain(ordered.id);
    const engineering = await register(agents.center, { filter: { division: 'ENGINEERING' }, first: 100 });
    expect(ids(engineering)).toContain(ordered.id);
    expect(ids(await register(agents.center, { filter: { division: 'FINANCE' }, first: 100 }))).not.toContain(ordered.id);
    expect(errorCode(await agents.center.request(query, { filter: { division: 'NOWHERE' } }))).toBe('BAD_USER_INPUT');

    // The engineer reads what the board shows him, and counts only that.
    const board = (await agents.engineer.ok(operation('Board'))).board.columns.flatMap((column: { complaints: { id: string }[] }) =>
      column.complaints.map((c) => c.id),
    );
    const his = await register(agents.engineer, { first: 100 });
    expect(his.totalCount).toBe(board.length);
    expect(new Set(ids(his))).toEqual(new Set(board));
    expect(ids(his)).toContain(ordered.id);
    expect(ids(his)).not.toContain(year[0].id);

    // The complaints of 2567 were received long ago: their receipt clocks are overdue.
    const overdue = await register(agents.center, { filter: { overdue: true, fiscalYear: 2567 } });
    expect(overdue.totalCount).toBe(7);
    expect(
      overdue.edges.every((edge) =>
        (edge.node as unknown as { deadlines: { status: string }[] }).deadlines.some((d) => d.status === 'OVERDUE'),
      ),
    ).toBe(true);
    const notOverdue = await register(agents.center, { filter: { overdue: false, fiscalYear: 2567 } });
    expect(notOverdue.totalCount).toBe(0);
  });

  it('refuses readers who may not read complaints (ADMIN): FORBIDDEN', async () => {
    const admin = await signedIn(server.url, 'admin');
    expect(errorCode(await admin.request(query, {}))).toBe('FORBIDDEN');
  });
});
