import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workflow, type ComplaintState } from './factories.js';
import { errorCode, signedIn, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
const agents: Record<string, Agent> = {};
let complaint: ComplaintState;

const identity = `query ($id: ID!) { complaint(id: $id) { complainant { fullName phone } } }`;
const ask = `mutation ($input: RequestIdentityInput!) { requestIdentity(input: $input) { id status } }`;
const decide = `mutation ($input: DecideIdentityRequestInput!) { decideIdentityRequest(input: $input) { status expiresAt decidedByName } }`;
const complainantFor = async (agent: Agent) => (await agent.ok(identity, { id: complaint.id })).complaint.complainant;

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['center', 'commander', 'nayok', 'engineer', 'finance']) agents[username] = await signedIn(server.url, username);
  complaint = await new Workflow(agents.center, agents.commander).at('FACT_FINDING'); // assigned to ENGINEERING
});
afterAll(() => server?.stop());

describe('identity on request (issue 6, custodian model)', () => {
  it("shows the identity to an investigator only while a commander's approval lasts", async () => {
    expect(await complainantFor(agents.engineer)).toBeNull();
    const request = (await agents.engineer.ok(ask, { input: { complaintId: complaint.id, reason: 'ต้องสอบถามข้อเท็จจริงเพิ่มเติมจากผู้ร้อง' } }))
      .requestIdentity;
    expect(request.status).toBe('PENDING');
    expect(await complainantFor(agents.engineer)).toBeNull();

    const approved = (await agents.commander.ok(decide, { input: { requestId: request.id, approve: true, hours: 2 } }))
      .decideIdentityRequest;
    expect(approved).toMatchObject({ status: 'APPROVED', decidedByName: 'นางสาววิไลวรรณ ศรีสุข' });
    expect(Date.parse(approved.expiresAt) - Date.now()).toBeGreaterThan(7_000_000);
    expect(await complainantFor(agents.engineer)).toEqual({ fullName: 'นายสมปอง ใจกล้า', phone: '081-234-5678' });
    // The approval is the investigator's own: the Nayok still gets null.
    expect(await complainantFor(agents.nayok)).toBeNull();

    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    await db.query(`update identity_request set expires_at = now() - interval '1 second' where id = $1`, [request.id]);
    await db.end();
    expect(await complainantFor(agents.engineer)).toBeNull();

    // Decided once; the read while approved is on the audit trail.
    expect(errorCode(await agents.commander.request(decide, { input: { requestId: request.id, approve: false } }))).toBe('NOT_FOUND');
  });

  it('keeps a refused request without effect', async () => {
    const request = (await agents.engineer.ok(ask, { input: { complaintId: complaint.id, reason: 'อีกครั้ง' } })).requestIdentity;
    expect((await agents.commander.ok(decide, { input: { requestId: request.id, approve: false } })).decideIdentityRequest.status).toBe(
      'REFUSED',
    );
    expect(await complainantFor(agents.engineer)).toBeNull();
  });

  it("lets only investigators ask (FORBIDDEN), hides others' complaints (NOT_FOUND), and only commanders decide", async () => {
    expect(errorCode(await agents.nayok.request(ask, { input: { complaintId: complaint.id, reason: 'อยากรู้' } }))).toBe('FORBIDDEN');
    expect(errorCode(await agents.finance.request(ask, { input: { complaintId: complaint.id, reason: 'x' } }))).toBe('NOT_FOUND');
    expect(errorCode(await agents.engineer.request(ask, { input: { complaintId: complaint.id, reason: '   ' } }))).toBe('BAD_USER_INPUT');
    const request = (await agents.engineer.ok(ask, { input: { complaintId: complaint.id, reason: 'ครั้งที่สาม' } })).requestIdentity;
    expect(errorCode(await agents.center.request(decide, { input: { requestId: request.id, approve: true } }))).toBe('FORBIDDEN');
  });

  it('lists the requests about a complaint, newest first: all of them to commanders, their own to others, none to whom it is hidden', async () => {
    const list = `query ($id: ID!) { identityRequests(complaintId: $id) { complaintId requesterName reason status decidedByName } }`;
    const requests = async (agent: Agent) => (await agent.ok(list, { id: complaint.id })).identityRequests;
    const engineer = (await agents.engineer.ok(`{ me { displayName } }`)).me.displayName;
    const commander = 'นางสาววิไลวรรณ ศรีสุข';
    const asked = [
      { reason: 'ครั้งที่สาม', status: 'PENDING', decidedByName: null },
      { reason: 'อีกครั้ง', status: 'REFUSED', decidedByName: commander },
      { reason: 'ต้องสอบถามข้อเท็จจริงเพิ่มเติมจากผู้ร้อง', status: 'APPROVED', decidedByName: commander },
    ].map((request) => ({ ...request, complaintId: complaint.id, requesterName: engineer }));
    expect(await requests(agents.commander)).toEqual(asked);
    expect(await requests(agents.engineer)).toEqual(asked);
    expect(await requests(agents.nayok)).toEqual([]);
    expect(await requests(agents.finance)).toEqual([]);
  });
});
