import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { Workflow, type ComplaintState } from './factories.js';
import { errorCode, signedIn, type Agent, type GraphQLResponse } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

// Contract, "Moves a caller may make": a move listed in availableMoves is accepted when its input
// is complete, a move not listed is refused. Walked for every role, every stage and the states in
// which a precondition or the division rule decides.

let server: TestServer;
let agents: Record<string, Agent>;
let flow: Workflow;

const users = ['center', 'commander', 'nayok', 'engineer', 'finance', 'admin'] as const;

beforeAll(async () => {
  server = await startTestServer();
  agents = Object.fromEntries(await Promise.all(users.map(async (name) => [name, await signedIn(server.url, name)] as const)));
  flow = new Workflow(agents.center, agents.commander);
});
afterAll(() => server?.stop());

const bothDivisions = ['ENGINEERING', 'FINANCE'];
const committee = [
  { fullName: 'นางสาววิไลวรรณ ศรีสุข', role: 'CHAIR' },
  { fullName: 'นายประเสริฐ บุญมา', role: 'MEMBER' },
  { fullName: 'นางสุนิสา แก้วมณี', role: 'SECRETARY' },
];

/**
 * Each move's mutation, and an input that is complete for a complaint at `stage`; `instant` is the
 * input field the probes set to tomorrow (refused last, after every workflow rule).
 */
const moves: Record<string, { operation: string; field: string; instant?: string; input(stage: string): Record<string, unknown> }> = {
  REGISTER: { operation: 'RegisterComplaint', field: 'registerComplaint', input: () => ({ registerNumber: 'สบ 0001/9' }) },
  SUBMIT_FOR_ORDER: { operation: 'SubmitForOrder', field: 'submitForOrder', input: () => ({ centerRegisterNumber: 'ศปท 9/2569' }) },
  ORDER: { operation: 'OrderComplaint', field: 'orderComplaint', input: () => ({ decision: 'ACCEPT', units: bothDivisions }) },
  DISTRIBUTE: { operation: 'DistributeComplaint', field: 'distributeComplaint', input: () => ({}) },
  APPOINT_COMMITTEE: {
    operation: 'AppointCommittee',
    field: 'appointCommittee',
    input: () => ({ orderNumber: 'คำสั่งที่ 9/2569', members: committee }),
  },
  RESOLVE: {
    operation: 'ResolveComplaint',
    field: 'resolveComplaint',
    input: () => ({ outcome: 'UNSUBSTANTIATED', findings: 'ไม่พบการกระทำผิด' }),
  },
  SEND_NOTICE: {
    operation: 'SendNotice',
    field: 'sendNotice',
    input: (stage) => ({
      kind: stage === 'RESOLVED' ? 'RESULT' : stage === 'NOT_ACCEPTED' ? 'NOT_ACCEPTED' : 'PROGRESS',
      method: 'LETTER',
    }),
  },
  CLOSE: { operation: 'CloseComplaint', field: 'closeComplaint', input: () => ({}) },
  // Contract, "Corrections and the register": a correction has no `at`; its receipt may not lie in the future.
  CORRECT: {
    operation: 'CorrectComplaint',
    field: 'correctComplaint',
    instant: 'receivedAt',
    input: () => ({ reason: 'แก้ไขตามหนังสือร้องเรียน', subject: 'ชื่อเรื่องที่แก้ไขแล้ว' }),
  },
};

/** The states a complaint can be in that decide which moves there are, each built afresh. */
const states: Record<string, () => Promise<ComplaintState>> = {
  RECEIVED: () => flow.record(),
  'RECEIVED, anonymous': () => flow.record({ complainant: null }),
  REGISTERED: async () => flow.register(await flow.record()),
  AWAITING_ORDER: async () => flow.submit(await flow.register(await flow.record())),
  NOT_ACCEPTED: async () => flow.reject(await flow.submit(await flow.register(await flow.record()))),
  ORDERED: async () => flow.accept(await flow.submit(await flow.register(await flow.record())), bothDivisions),
  FACT_FINDING: async () => flow.distribute(await states.ORDERED()),
  'FACT_FINDING, one division': async () =>
    flow.distribute(await flow.accept(await flow.submit(await flow.register(await flow.record())), ['ENGINEERING'])),
  'FACT_FINDING, engineering reported': async () => flow.resolve(await states.FACT_FINDING(), agents.engineer),
  COMMITTEE: async () => flow.appoint(await states.FACT_FINDING()),
  'RESOLVED, no result notice': async () => flow.resolve(await states.FACT_FINDING()),
  'RESOLVED, result sent': async () => flow.notice(await states['RESOLVED, no result notice'](), 'RESULT'),
  'RESOLVED, anonymous': async () => {
    const c = await flow.record({ complainant: null });
    return flow.resolve(await flow.distribute(await flow.accept(await flow.submit(await flow.register(c)), bothDivisions)));
  },
  CLOSED: async () => flow.close(await states['RESOLVED, result sent']()),
};

function attempt(agent: Agent, kind: string, complaint: ComplaintState, extra: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  const move = moves[kind];
  return agent.request(operation(move.operation), {
    input: { complaintId: complaint.id, expectedVersion: complaint.version, ...move.input(complaint.stage), ...extra },
  });
}

async function availableTo(agent: Agent, complaint: ComplaintState): Promise<string[] | 'unseen'> {
  const response = await agent.request(operation('AvailableMoves'), { id: complaint.id });
  if (errorCode(response)) return 'unseen';
  return response.data.complaint.availableMoves;
}

describe('availableMoves agrees with what the server accepts (contract, "Moves a caller may make")', () => {
  const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();

  for (const [name, build] of Object.entries(states)) {
    it(`at ${name}: for every user, each move listed passes every rule but its instant, each move not listed is refused`, async () => {
      const complaint = await build();
      for (const user of users) {
        const listed = await availableTo(agents[user], complaint);
        for (const kind of Object.keys(moves)) {
          // An instant tomorrow is refused last, after every workflow rule: the probe changes nothing.
          const instant = moves[kind].instant ?? 'at';
          const response = await attempt(agents[user], kind, complaint, { [instant]: tomorrow() });
          const refusal = { code: errorCode(response), field: response.errors?.[0]?.extensions?.field };
          if (listed !== 'unseen' && listed.includes(kind)) {
            expect(refusal, `${user} ${kind} at ${name}`).toEqual({ code: 'BAD_USER_INPUT', field: instant });
          } else {
            expect(
              ['FORBIDDEN', 'INVALID_TRANSITION', 'NOT_FOUND'],
              `${user} ${kind} at ${name}: ${response.errors?.[0]?.message}`,
            ).toContain(refusal.code);
          }
        }
      }
      const again = await agents.center.ok(operation('AvailableMoves'), { id: complaint.id });
      expect(again.complaint.version, 'the probes changed nothing').toBe(complaint.version);
    });
  }

  it('and each move a user is offered is made, for real, by that user', async () => {
    let made = 0;
    for (const [name, build] of Object.entries(states)) {
      const offered = new Map<string, string>();
      const complaint = await build();
      for (const user of users) {
        const listed = await availableTo(agents[user], complaint);
        if (listed !== 'unseen') for (const kind of listed) if (!offered.has(kind)) offered.set(kind, user);
      }
      for (const [kind, user] of offered) {
        const fresh = await build();
        const response = await attempt(agents[user], kind, fresh);
        expect(response.errors, `${user} ${kind} at ${name}`).toBeUndefined();
        expect(response.data[moves[kind].field].complaint.version).toBe(fresh.version + 1);
        made += 1;
      }
    }
    expect(made).toBeGreaterThanOrEqual(20);
  });

  it('availableNoticeKinds lists exactly the notices sendNotice accepts now, for every user and state', async () => {
    const kinds = ['ACKNOWLEDGEMENT', 'PROGRESS', 'RESULT', 'NOT_ACCEPTED'];
    const offered: Record<string, string[]> = {};
    for (const name of ['RECEIVED', 'RECEIVED, anonymous', 'NOT_ACCEPTED', 'COMMITTEE', 'RESOLVED, no result notice', 'CLOSED']) {
      const complaint = await states[name]();
      for (const user of ['center', 'commander'] as const) {
        const { complaint: read } = await agents[user].ok(`query ($id: ID!) { complaint(id: $id) { availableNoticeKinds } }`, {
          id: complaint.id,
        });
        if (user === 'center') offered[name] = read.availableNoticeKinds;
        for (const kind of kinds) {
          const response = await attempt(agents[user], 'SEND_NOTICE', complaint, {
            kind,
            at: new Date(Date.now() + 86_400_000).toISOString(),
          });
          const accepted = errorCode(response) === 'BAD_USER_INPUT' && response.errors![0].extensions!.field === 'at';
          expect(accepted, `${user} ${kind} at ${name}`).toBe(read.availableNoticeKinds.includes(kind));
        }
      }
    }
    expect(offered).toEqual({
      RECEIVED: ['ACKNOWLEDGEMENT', 'PROGRESS'],
      'RECEIVED, anonymous': [],
      NOT_ACCEPTED: ['NOT_ACCEPTED'],
      COMMITTEE: ['ACKNOWLEDGEMENT', 'PROGRESS'],
      'RESOLVED, no result notice': ['ACKNOWLEDGEMENT', 'PROGRESS', 'RESULT'],
      CLOSED: [],
    });
  });

  it('R6: notAcceptedReasons leaves out ANONYMOUS_WITHOUT_EVIDENCE for a complaint that names its complainant', async () => {
    const reasons = async (c: ComplaintState) =>
      (await agents.commander.ok(`query ($id: ID!) { complaint(id: $id) { notAcceptedReasons } }`, { id: c.id })).complaint
        .notAcceptedReasons;
    expect(await reasons(await states.AWAITING_ORDER())).not.toContain('ANONYMOUS_WITHOUT_EVIDENCE');
    expect(await reasons(await states['RECEIVED, anonymous']())).toContain('ANONYMOUS_WITHOUT_EVIDENCE');
    expect(await reasons(await states.AWAITING_ORDER())).toEqual([
      'BEFORE_COURT',
      'OTHER_AGENCY',
      'PRIVATE_DISPUTE',
      'INSUFFICIENT_INFORMATION',
      'OTHER',
    ]);
  });

  it('names what each role may do at each stage (the table of the contract, "Who may do what")', async () => {
    const table: Record<string, Record<string, string[] | 'unseen'>> = {};
    for (const name of [
      'RECEIVED',
      'AWAITING_ORDER',
      'FACT_FINDING',
      'FACT_FINDING, engineering reported',
      'RESOLVED, no result notice',
      'RESOLVED, anonymous',
      'CLOSED',
    ]) {
      const complaint = await states[name]();
      table[name] = {};
      for (const user of users) table[name][user] = await availableTo(agents[user], complaint);
    }
    expect(table.RECEIVED).toEqual({
      center: ['REGISTER', 'SEND_NOTICE', 'CORRECT'],
      commander: [],
      nayok: [],
      engineer: 'unseen',
      finance: 'unseen',
      admin: 'unseen',
    });
    expect(table.AWAITING_ORDER).toMatchObject({ center: ['SEND_NOTICE', 'CORRECT'], commander: ['ORDER'], nayok: [] });
    expect(table.FACT_FINDING).toMatchObject({
      center: ['RESOLVE', 'SEND_NOTICE', 'CORRECT'],
      commander: ['APPOINT_COMMITTEE'],
      engineer: ['RESOLVE'],
      finance: ['RESOLVE'],
    });
    expect(table['FACT_FINDING, engineering reported']).toMatchObject({
      engineer: [],
      finance: ['RESOLVE'],
      center: ['RESOLVE', 'SEND_NOTICE', 'CORRECT'],
    });
    expect(table['RESOLVED, no result notice']).toMatchObject({ center: ['SEND_NOTICE', 'CORRECT'], engineer: [], commander: [] });
    expect(table['RESOLVED, anonymous']).toMatchObject({ center: ['CLOSE', 'CORRECT'] });
    // A correction is the one move left on a closed file (contract, "Corrections and the register").
    expect(table.CLOSED).toMatchObject({ center: ['CORRECT'], commander: [], nayok: [] });
  });
});
