import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { complaintInput, stateByReceipt, websiteForm, Workflow } from './factories.js';
import { errorCode, signedIn, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

/**
 * Issue 9, item 4: an accused named only by name and position is matched against the officials at
 * recording; the access rule follows the link. The engineer is นายวีระ ทองคำ, นายช่างโยธา.
 */
let server: TestServer;
const agents: Record<string, Agent> = {};
let flow: Workflow;
let engineerOfficial: string;

const accusedOf = `query ($id: ID!) { complaint(id: $id) { accused { fullName position link official { id } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['center', 'commander', 'engineer']) agents[username] = await signedIn(server.url, username);
  engineerOfficial = (await agents.engineer.ok(`{ me { official { id } } }`)).me.official.id;
  flow = new Workflow(agents.center, agents.commander);
});
afterAll(() => server?.stop());

async function assigned(accused: Record<string, unknown>[]) {
  let c = await flow.record({ accused });
  c = await flow.submit(await flow.register(c));
  return flow.accept(c, ['ENGINEERING']);
}

const onBoard = async (agent: Agent, id: string) =>
  (await agent.ok(operation('Board'))).board.columns.some((column: { complaints: { id: string }[] }) =>
    column.complaints.some((card) => card.id === id),
  );

describe('an accused named only by name (issue 9, item 4)', () => {
  it('links "นายวีระ ทองคำ, นายช่างโยธา" to the engineer, who then never sees the complaint of his own division', async () => {
    const c = await assigned([{ fullName: 'นายวีระ ทองคำ', position: 'นายช่างโยธา', unit: 'กองช่าง' }]);
    const { complaint } = await agents.center.ok(accusedOf, { id: c.id });
    expect(complaint.accused).toEqual([
      { fullName: 'นายวีระ ทองคำ', position: 'นายช่างโยธา', link: 'SAME_NAME', official: { id: engineerOfficial } },
    ]);
    expect(errorCode(await agents.engineer.request(operation('Complaint'), { id: c.id }))).toBe('NOT_FOUND');
    expect(await onBoard(agents.engineer, c.id)).toBe(false);
    const register = await fetch(`${server.url}/exports/register.csv`, { headers: { cookie: agents.engineer.cookie! } }).then((r) =>
      r.text(),
    );
    expect(register).not.toContain(c.receiptNumber);
  });

  it('links a probable match too (a typo, the position alone): the engineer never sees it either', async () => {
    for (const accused of [{ fullName: 'นายวีรา ทองคำ' }, { fullName: 'นายช่าง ไม่ทราบนามสกุล', position: 'นายช่างโยธา' }]) {
      const c = await assigned([accused]);
      expect((await agents.center.ok(accusedOf, { id: c.id })).complaint.accused[0], JSON.stringify(accused)).toMatchObject({
        link: 'PROBABLE',
        official: { id: engineerOfficial },
      });
      expect(errorCode(await agents.engineer.request(operation('Complaint'), { id: c.id }))).toBe('NOT_FOUND');
      expect(await onBoard(agents.engineer, c.id)).toBe(false);
    }
  });

  it('tells the clerk before recording whom the typed accused would be linked to (accusedMatches)', async () => {
    const query = `query ($accused: [AccusedInput!]!) { accusedMatches(accused: $accused) { accused link officials { id fullName position division { code } } } }`;
    const { accusedMatches } = await agents.center.ok(query, {
      accused: [
        { fullName: 'นายสมหมาย ไม่ทราบนามสกุล' },
        { fullName: 'วีระ ทองคำ' },
        { fullName: 'นายวีรา ทองคำ' },
        { fullName: 'นายวีรา ทองคำ', notOfficials: [engineerOfficial] },
      ],
    });
    const engineer = { id: engineerOfficial, fullName: 'นายวีระ ทองคำ', position: 'นายช่างโยธา', division: { code: 'ENGINEERING' } };
    expect(accusedMatches).toEqual([
      { accused: 1, link: 'SAME_NAME', officials: [engineer] },
      { accused: 2, link: 'PROBABLE', officials: [engineer] },
    ]);
    expect(errorCode(await agents.engineer.request(query, { accused: [{ fullName: 'x' }] }))).toBe('FORBIDDEN');
  });

  it('refuses an accused who may be one of several officials until the clerk says which, recording nothing meanwhile', async () => {
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    const twin = (
      await db.query(
        `insert into official (id, full_name, position, division_code) values (gen_random_uuid(), 'นายวีระ ทองคำ', 'พนักงานขับรถยนต์', 'PALAD') returning id`,
      )
    ).rows[0].id;
    try {
      const before = (await flow.record()).receiptNumber;
      const refused = await agents.center.request(operation('RecordComplaint'), {
        input: complaintInput({ accused: [{ fullName: 'วีระ ทองคำ' }] }),
      });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].extensions).toMatchObject({
        field: 'accused[0]',
        probableOfficials: [{ accused: 0, officials: [{ id: engineerOfficial }, { id: twin }] }],
      });
      const after = (await flow.record()).receiptNumber;
      expect(Number(after.split('/')[0])).toBe(Number(before.split('/')[0]) + 1);
      const chosen = await assigned([{ fullName: 'วีระ ทองคำ', officialId: twin }]);
      expect((await agents.center.ok(accusedOf, { id: chosen.id })).complaint.accused[0]).toMatchObject({
        link: 'CHOSEN',
        official: { id: twin },
      });
    } finally {
      await db.query(`delete from accused where official_id = $1`, [twin]).catch(() => undefined);
      await db.query(`delete from official where id = $1`, [twin]);
      await db.end();
    }
  });

  it('records a website complaint whose accused may be one of several officials linked to each of them, so that none sees it (issue 12)', async () => {
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    const twin = (
      await db.query(
        `insert into official (id, full_name, position, division_code) values (gen_random_uuid(), 'นายวีระ ทองคำ', 'พนักงานขับรถยนต์', 'PALAD') returning id`,
      )
    ).rows[0].id;
    try {
      // The citizen cannot say which official is meant: the form is recorded, not refused.
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: operation('SubmitComplaint'),
          variables: { input: websiteForm({ accused: [{ fullName: 'วีระ ทองคำ' }] }) },
        }),
      });
      const submitted = (await response.json()) as { data?: { submitComplaint: { receiptNumber: string } }; errors?: unknown };
      expect(submitted.errors).toBeUndefined();
      const recorded = await stateByReceipt(db, submitted.data!.submitComplaint.receiptNumber);
      const { complaint } = await agents.center.ok(accusedOf, { id: recorded.id });
      expect(complaint.accused).toEqual([
        { fullName: 'วีระ ทองคำ', position: 'นายช่างโยธา', link: 'PROBABLE', official: { id: engineerOfficial } },
        { fullName: 'วีระ ทองคำ', position: 'พนักงานขับรถยนต์', link: 'PROBABLE', official: { id: twin } },
      ]);
      // Ordered to the engineer's own division, it stays hidden from him.
      const ordered = await flow.accept(await flow.submit(await flow.register(recorded)), ['ENGINEERING']);
      expect(await onBoard(agents.engineer, ordered.id)).toBe(false);
      expect(errorCode(await agents.engineer.request(operation('Complaint'), { id: ordered.id }))).toBe('NOT_FOUND');
    } finally {
      await db.query(`delete from accused where official_id = $1`, [twin]).catch(() => undefined);
      await db.query(`delete from official where id = $1`, [twin]);
      await db.end();
    }
  });

  it('records the clerk\'s answer: "not this official" leaves it unlinked, choosing the official links it', async () => {
    const notHim = await assigned([{ fullName: 'นายวีรา ทองคำ', notOfficials: [engineerOfficial] }]);
    expect((await agents.center.ok(accusedOf, { id: notHim.id })).complaint.accused[0]).toMatchObject({ link: null, official: null });
    expect(await onBoard(agents.engineer, notHim.id)).toBe(true);

    const him = await assigned([{ fullName: 'นายวีรา ทองคำ', officialId: engineerOfficial }]);
    expect((await agents.center.ok(accusedOf, { id: him.id })).complaint.accused[0]).toMatchObject({
      link: 'CHOSEN',
      official: { id: engineerOfficial },
    });
    expect(await onBoard(agents.engineer, him.id)).toBe(false);
  });

  it('refuses a center officer recording a complaint that names herself by name, as when she is picked', async () => {
    const refused = await agents.center.request(operation('RecordComplaint'), {
      input: complaintInput({ accused: [{ fullName: 'นางสุนิสา แก้วมณี' }] }),
    });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });
});
