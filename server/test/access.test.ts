import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { Workflow, type ComplaintState } from './factories.js';
import { Agent, errorCode, signedIn } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
const agents: Record<string, Agent> = {};
let flow: Workflow;
let officialOf: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['admin', 'center', 'commander', 'nayok', 'engineer', 'finance']) {
    agents[username] = await signedIn(server.url, username);
  }
  flow = new Workflow(agents.center, agents.commander);
  const officials = (await agents.center.ok(operation('Officials'))).officials as { id: string; user: { username: string } | null }[];
  officialOf = Object.fromEntries(officials.filter((o) => o.user).map((o) => [o.user!.username, o.id]));
});
afterAll(() => server?.stop());

const complaintQuery = operation('Complaint');
const boardIds = async (agent: Agent): Promise<string[]> =>
  (await agent.ok(operation('Board'))).board.columns.flatMap((column: { complaints: { id: string }[] }) =>
    column.complaints.map((c) => c.id),
  );

describe('who may do what (contract role table)', () => {
  it('answers UNAUTHENTICATED to every operation without a session', async () => {
    const anonymous = new Agent(server.url);
    for (const name of ['Me', 'Channels', 'Divisions', 'Officials', 'Board']) {
      expect(errorCode(await anonymous.request(operation(name))), name).toBe('UNAUTHENTICATED');
    }
  });

  it('lets every signed-in user read the reference data', async () => {
    for (const agent of Object.values(agents)) {
      const data = await agent.ok(`${operation('Channels')}`);
      expect(data.channels).toHaveLength(8);
      expect((await agent.ok(operation('Divisions'))).divisions.map((d: { code: string }) => d.code)).toEqual([
        'PALAD',
        'FINANCE',
        'ENGINEERING',
        'EDUCATION',
        'PUBLIC_HEALTH',
        'SOCIAL_WELFARE',
      ]);
    }
  });

  it.each(['admin', 'commander', 'nayok', 'engineer'])('refuses recordComplaint to %s with FORBIDDEN', async (username) => {
    const result = await agents[username].request(operation('RecordComplaint'), {
      input: { channel: 'POST', receivedAt: new Date().toISOString(), subject: 's', details: 'd', accused: [{ fullName: 'ก' }] },
    });
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('gives the commander the order and the committee, and the center officer neither', async () => {
    const awaiting = await flow.at('AWAITING_ORDER');
    const order = { complaintId: awaiting.id, expectedVersion: awaiting.version, decision: 'ACCEPT', units: ['ENGINEERING'] };
    expect(errorCode(await agents.center.request(operation('OrderComplaint'), { input: order }))).toBe('FORBIDDEN');
    expect(errorCode(await agents.nayok.request(operation('OrderComplaint'), { input: order }))).toBe('FORBIDDEN');
    expect((await agents.commander.ok(operation('OrderComplaint'), { input: order })).orderComplaint.complaint.stage).toBe('ORDERED');
  });

  it.each(['commander', 'nayok', 'engineer', 'admin'])("refuses the center officer's moves to %s with FORBIDDEN", async (username) => {
    const received = await flow.record();
    const result = await agents[username].request(operation('RegisterComplaint'), {
      input: { complaintId: received.id, expectedVersion: 1, registerNumber: '1' },
    });
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('refuses the board and complaints to ADMIN, who reads neither', async () => {
    const c = await flow.record();
    expect(errorCode(await agents.admin.request(operation('Board')))).toBe('FORBIDDEN');
    expect(errorCode(await agents.admin.request(complaintQuery, { id: c.id }))).toBe('FORBIDDEN');
  });

  it('shows every complaint to CENTER_OFFICER, COMMANDER and EXECUTIVE', async () => {
    const c = await flow.record();
    for (const username of ['center', 'commander', 'nayok']) {
      expect(await boardIds(agents[username])).toContain(c.id);
      expect((await agents[username].ok(complaintQuery, { id: c.id })).complaint.id).toBe(c.id);
    }
  });
});

describe('division officers see what their division is assigned', () => {
  let ordered: ComplaintState;
  beforeAll(async () => {
    ordered = await flow.at('AWAITING_ORDER');
  });

  it('before the order: neither division sees it (NOT_FOUND)', async () => {
    expect(await boardIds(agents.engineer)).not.toContain(ordered.id);
    expect(errorCode(await agents.engineer.request(complaintQuery, { id: ordered.id }))).toBe('NOT_FOUND');
  });

  it("from the commander's order on: the assigned division sees it, the other does not", async () => {
    ordered = await flow.distribute(await flow.accept(ordered, ['ENGINEERING']));
    expect(await boardIds(agents.engineer)).toContain(ordered.id);
    expect((await agents.engineer.ok(complaintQuery, { id: ordered.id })).complaint.stage).toBe('FACT_FINDING');
    expect(await boardIds(agents.finance)).not.toContain(ordered.id);
    expect(errorCode(await agents.finance.request(complaintQuery, { id: ordered.id }))).toBe('NOT_FOUND');
  });

  it('R4.6: an officer of an assigned unit resolves it; an officer of another unit gets NOT_FOUND', async () => {
    const input = { complaintId: ordered.id, expectedVersion: ordered.version, outcome: 'UNSUBSTANTIATED', findings: 'ไม่พบมูล' };
    expect(errorCode(await agents.finance.request(operation('ResolveComplaint'), { input }))).toBe('NOT_FOUND');
    const resolved = await agents.engineer.ok(operation('ResolveComplaint'), { input });
    expect(resolved.resolveComplaint.complaint.stage).toBe('RESOLVED');
  });
});

describe('overriding rule 1: an accused official never sees the complaint', () => {
  it('hides it from the accused engineer even when his division is assigned: NOT_FOUND by id, absent from the board', async () => {
    let c = await flow.record({ accused: [{ officialId: officialOf.engineer }] });
    c = await flow.accept(await flow.submit(await flow.register(c)), ['ENGINEERING']);
    expect(await boardIds(agents.engineer)).not.toContain(c.id);
    const hidden = await agents.engineer.request(complaintQuery, { id: c.id });
    const missing = await agents.engineer.request(complaintQuery, { id: '00000000-0000-4000-8000-000000000000' });
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    // The same answer as for an id that does not exist, but for the id itself.
    expect(hidden.errors![0].message.replace(c.id, 'ID')).toBe(
      missing.errors![0].message.replace('00000000-0000-4000-8000-000000000000', 'ID'),
    );
    const resolve = { complaintId: c.id, expectedVersion: c.version, outcome: 'UNSUBSTANTIATED', findings: 'x' };
    expect(errorCode(await agents.engineer.request(operation('ResolveComplaint'), { input: resolve }))).toBe('NOT_FOUND');
  });

  it('hides it from an accused commander, who cannot order it either; other readers still see it', async () => {
    const c = await flow.submit(await flow.register(await flow.record({ accused: [{ officialId: officialOf.commander }] })));
    expect(await boardIds(agents.commander)).not.toContain(c.id);
    const order = { complaintId: c.id, expectedVersion: c.version, decision: 'ACCEPT', units: ['PALAD'] };
    expect(errorCode(await agents.commander.request(operation('OrderComplaint'), { input: order }))).toBe('NOT_FOUND');
    expect(await boardIds(agents.nayok)).toContain(c.id);
    expect(await boardIds(agents.center)).toContain(c.id);
  });

  it('hides it from the accused Nayok', async () => {
    const c = await flow.record({ accused: [{ fullName: 'ไม่ทราบชื่อ' }, { officialId: officialOf.nayok }] });
    expect(await boardIds(agents.nayok)).not.toContain(c.id);
    expect(errorCode(await agents.nayok.request(complaintQuery, { id: c.id }))).toBe('NOT_FOUND');
  });

  it('refuses a center officer recording a complaint that accuses herself (she could never see it)', async () => {
    const result = await agents.center.request(operation('RecordComplaint'), {
      input: {
        channel: 'POST',
        receivedAt: new Date().toISOString(),
        subject: 's',
        details: 'd',
        accused: [{ officialId: officialOf.center }],
      },
    });
    expect(errorCode(result)).toBe('FORBIDDEN');
  });
});

describe("overriding rule 2: the complainant's identity goes to CENTER_OFFICER only", () => {
  it('returns the complainant to the center officer and null to everyone else, who still learn it was not anonymous', async () => {
    let c = await flow.record();
    c = await flow.distribute(await flow.accept(await flow.submit(await flow.register(c)), ['ENGINEERING']));
    const identity = `query ($id: ID!) { complaint(id: $id) { anonymous complainant { fullName phone email age address { tambon } } } }`;
    expect((await agents.center.ok(identity, { id: c.id })).complaint).toEqual({
      anonymous: false,
      complainant: {
        fullName: 'นายสมปอง ใจกล้า',
        phone: '081-234-5678',
        email: 'sompong@example.com',
        age: 45,
        address: { tambon: 'โคกแย้' },
      },
    });
    for (const username of ['commander', 'nayok', 'engineer']) {
      expect((await agents[username].ok(identity, { id: c.id })).complaint, username).toEqual({ anonymous: false, complainant: null });
    }
    const onBoard = `{ board { columns { complaints { id complainant { fullName } } } } }`;
    const cards = (await agents.nayok.ok(onBoard)).board.columns.flatMap((column: { complaints: unknown[] }) => column.complaints);
    expect(cards.map((card: { id: string }) => card.id)).toContain(c.id);
    expect(cards.every((card: { complainant: unknown }) => card.complainant === null)).toBe(true);
  });
});
