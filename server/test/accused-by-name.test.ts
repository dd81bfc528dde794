import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { complaintInput, Workflow } from './factories.js';
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
  (await agent.ok(operation('Board'))).board.columns.some((column: { complaints: { id: string }[] }) => column.complaints.some((card) => card.id === id));

describe('an accused named only by name (issue 9, item 4)', () => {
  it('links "นายวีระ ทองคำ, นายช่างโยธา" to the engineer, who then never sees the complaint of his own division', async () => {
    const c = await assigned([{ fullName: 'นายวีระ ทองคำ', position: 'นายช่างโยธา', unit: 'กองช่าง' }]);
    const { complaint } = await agents.center.ok(accusedOf, { id: c.id });
    expect(complaint.accused).toEqual([{ fullName: 'นายวีระ ทองคำ', position: 'นายช่างโยธา', link: 'SAME_NAME', official: { id: engineerOfficial } }]);
    expect(errorCode(await agents.engineer.request(operation('Complaint'), { id: c.id }))).toBe('NOT_FOUND');
    expect(await onBoard(agents.engineer, c.id)).toBe(false);
    const register = await fetch(`${server.url}/exports/register.csv`, { headers: { cookie: agents.engineer.cookie! } }).then((r) => r.text());
    expect(register).not.toContain(c.receiptNumber);
  });

  it('refuses a probable match (a typo, the position alone) until the clerk settles it, recording nothing meanwhile', async () => {
    for (const accused of [{ fullName: 'นายวีรา ทองคำ' }, { fullName: 'นายช่าง ไม่ทราบนามสกุล', position: 'นายช่างโยธา' }]) {
      const refused = await agents.center.request(operation('RecordComplaint'), { input: complaintInput({ accused: [accused] }) });
      expect(errorCode(refused), JSON.stringify(accused)).toBe('BAD_USER_INPUT');
      const error = refused.errors![0];
      expect(error.extensions).toMatchObject({ field: 'accused[0]', probableOfficials: [{ accused: 0, officials: [{ id: engineerOfficial, fullName: 'นายวีระ ทองคำ' }] }] });
      expect(error.message).toContain('นายวีระ ทองคำ');
    }
    // Nothing was recorded: the receipt numbers run on without a gap.
    const before = (await flow.record()).receiptNumber;
    const after = (await flow.record()).receiptNumber;
    expect(Number(after.split('/')[0])).toBe(Number(before.split('/')[0]) + 1);
  });

  it('records the clerk\'s answer: "not this official" leaves it unlinked, choosing the official links it', async () => {
    const notHim = await assigned([{ fullName: 'นายวีรา ทองคำ', notOfficials: [engineerOfficial] }]);
    expect((await agents.center.ok(accusedOf, { id: notHim.id })).complaint.accused[0]).toMatchObject({ link: null, official: null });
    expect(await onBoard(agents.engineer, notHim.id)).toBe(true);

    const him = await assigned([{ fullName: 'นายวีรา ทองคำ', officialId: engineerOfficial }]);
    expect((await agents.center.ok(accusedOf, { id: him.id })).complaint.accused[0]).toMatchObject({ link: 'CHOSEN', official: { id: engineerOfficial } });
    expect(await onBoard(agents.engineer, him.id)).toBe(false);
  });

  it('refuses a center officer recording a complaint that names herself by name, as when she is picked', async () => {
    const refused = await agents.center.request(operation('RecordComplaint'), { input: complaintInput({ accused: [{ fullName: 'นางสุนิสา แก้วมณี' }] }) });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });
});
