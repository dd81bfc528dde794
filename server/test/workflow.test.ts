import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { complaintInput, hoursAgo, Workflow, type ComplaintState } from './factories.js';
import { errorCode, signedIn, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let center: Agent;
let commander: Agent;
let flow: Workflow;

beforeAll(async () => {
  server = await startTestServer();
  center = await signedIn(server.url, 'center');
  commander = await signedIn(server.url, 'commander');
  flow = new Workflow(center, commander);
});
afterAll(() => server?.stop());

const complaintQuery = operation('Complaint');
const read = async (id: string) => (await center.ok(complaintQuery, { id })).complaint;

/** Sends a move by its contract operation name and returns the raw response. */
function attempt(agent: Agent, name: string, complaint: ComplaintState, input: Record<string, unknown> = {}) {
  return agent.request(operation(name), { input: { complaintId: complaint.id, expectedVersion: complaint.version, ...input } });
}

describe('R5, R7: recording a complaint', () => {
  it('gives it receipt number N/YYYY in the Buddhist Era, stage RECEIVED, version 1 and a RECEIVED event at receivedAt', async () => {
    const receivedAt = '2026-04-08T10:00:00+07:00';
    const c = await flow.record({ receivedAt });
    expect(c.receiptNumber).toMatch(/^\d+\/2569$/);
    expect(c).toMatchObject({ stage: 'RECEIVED', version: 1, channel: { code: 'IN_PERSON' } });
    expect(new Date(c.receivedAt).toISOString()).toBe('2026-04-08T03:00:00.000Z');
    const full = await read(c.id);
    expect(full.events).toEqual([{ kind: 'RECEIVED', at: '2026-04-08T03:00:00.000Z' }]);
    expect(full.anonymous).toBe(false);
    expect(full.complainant).toEqual({ fullName: 'นายสมปอง ใจกล้า', phone: '081-234-5678' });
  });

  it('counts the receipt year in Asia/Bangkok: 1 January 00:00 there is already the new B.E. year', async () => {
    const lastOfYear = await flow.record({ receivedAt: '2025-12-31T16:59:59Z', incidentAt: null });
    const firstOfYear = await flow.record({ receivedAt: '2025-12-31T17:00:00Z', incidentAt: null });
    expect(lastOfYear.receiptNumber).toMatch(/\/2568$/);
    expect(firstOfYear.receiptNumber).toMatch(/\/2569$/);
  });

  it('keeps receipt numbers gap-free and unique when 50 complaints are recorded at once', async () => {
    // B.E. 2567: a year no other test records in, so its numbers start at 1.
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        center.request(operation('RecordComplaint'), {
          input: complaintInput({ receivedAt: '2024-06-03T09:00:00+07:00', incidentAt: null }),
        }),
      ),
    );
    const numbers = results.map((result) => {
      expect(result.errors).toBeUndefined();
      return Number(result.data.recordComplaint.complaint.receiptNumber.split('/')[0]);
    });
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('records an anonymous complaint (บัตรสนเท่ห์) with no complainant', async () => {
    const c = await flow.record({ complainant: null });
    const full = await read(c.id);
    expect(full.anonymous).toBe(true);
    expect(full.complainant).toBeNull();
  });

  it('links an accused official from the register of officials', async () => {
    const officials = (await center.ok(operation('Officials'))).officials;
    const engineer = officials.find((o: { user: { username: string } | null }) => o.user?.username === 'engineer');
    const c = await flow.record({ accused: [{ officialId: engineer.id }, { fullName: 'ผู้รับเหมา', unit: 'ภายนอก' }] });
    const full = await read(c.id);
    expect(full.accused).toEqual([
      { fullName: engineer.fullName, official: { id: engineer.id } },
      { fullName: 'ผู้รับเหมา', official: null },
    ]);
  });

  it.each([
    ['an unknown channel', { channel: 'CARRIER_PIGEON' }, 'channel'],
    ['receivedAt in the future', { receivedAt: new Date(Date.now() + 3_600_000).toISOString() }, 'receivedAt'],
    ['receivedAt without an offset', { receivedAt: '2026-04-08T10:00:00' }, undefined],
    ['a blank subject', { subject: '   ' }, 'subject'],
    ['an incident after the receipt', { incidentAt: '2023-03-02T09:00:00+07:00' }, 'incidentAt'],
    ['an e-mail that is not one', { complainant: { fullName: 'ก ข', email: 'not-an-email' } }, 'complainant.email'],
    ['a postcode of 4 digits', { complainant: { fullName: 'ก ข', address: { postcode: '1823' } } }, 'complainant.address.postcode'],
    ['an accused with nothing given', { accused: [{}] }, 'accused[0]'],
    ['an accused official that does not exist', { accused: [{ officialId: '00000000-0000-4000-8000-000000000000' }] }, 'accused'],
    ['zero copies of evidence', { evidence: [{ description: 'ภาพถ่าย', copies: 0 }] }, 'evidence.0.copies'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_name, overrides, field) => {
    const year = '2023-03-01T09:00:00+07:00'; // B.E. 2566, used only here
    const result = await center.request(operation('RecordComplaint'), {
      input: complaintInput({ receivedAt: year, incidentAt: null, ...overrides }),
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    if (field) expect(JSON.stringify(result.errors![0].extensions)).toContain(field);
    // Nothing written: the next complaint of that year still gets number 1.
    const client = new pg.Client({ connectionString: server.databaseUrl });
    await client.connect();
    const { rows } = await client.query(`select count(*)::int as n from complaint where receipt_year = 2566`);
    const counter = await client.query(`select last_number from receipt_counter where year = 2566`);
    await client.end();
    expect(rows[0].n).toBe(0);
    expect(counter.rows).toEqual([]);
  });
});

describe('the workflow (workflow.md, "Stages")', () => {
  it('R2, R3, R4: moves a complaint through every stage, one version and one event per move', async () => {
    let c = await flow.record();
    const steps: [string, () => Promise<ComplaintState>][] = [
      ['REGISTERED', () => flow.register(c)],
      ['AWAITING_ORDER', () => flow.submit(c)],
      ['AWAITING_ORDER', () => flow.notice(c, 'ACKNOWLEDGEMENT')],
      ['ORDERED', () => flow.accept(c, ['ENGINEERING', 'FINANCE'])],
      ['FACT_FINDING', () => flow.distribute(c)],
      ['COMMITTEE', () => flow.appoint(c)],
      ['COMMITTEE', () => flow.notice(c, 'PROGRESS')],
      ['RESOLVED', () => flow.resolve(c)],
      ['RESOLVED', () => flow.notice(c, 'RESULT', 'EMAIL')],
      ['CLOSED', () => flow.close(c)],
    ];
    for (const [stage, step] of steps) {
      const before = c.version;
      c = await step();
      expect(c.stage).toBe(stage);
      expect(c.version).toBe(before + 1);
    }
    const full = (
      await center.ok(
        `query ($id: ID!) { complaint(id: $id) {
      registerNumber centerRegisterNumber decision units { code } outcome findings
      committee { orderNumber members { fullName role } } notices { kind method }
      events { kind data actorName } } }`,
        { id: c.id },
      )
    ).complaint;
    expect(full.events.map((event: { kind: string }) => event.kind)).toEqual([
      'RECEIVED',
      'REGISTERED',
      'SUBMITTED_FOR_ORDER',
      'NOTICE_SENT',
      'ORDERED',
      'DISTRIBUTED',
      'COMMITTEE_APPOINTED',
      'NOTICE_SENT',
      'RESOLVED',
      'NOTICE_SENT',
      'CLOSED',
    ]);
    expect(full).toMatchObject({
      registerNumber: 'สบ 0001/123',
      centerRegisterNumber: 'ศปท 1/2569',
      decision: 'ACCEPT',
      units: [{ code: 'FINANCE' }, { code: 'ENGINEERING' }],
      outcome: 'SUBSTANTIATED',
      committee: { orderNumber: 'คำสั่ง อบต.โคกแย้ ที่ 45/2569' },
      notices: [
        { kind: 'ACKNOWLEDGEMENT', method: 'LETTER' },
        { kind: 'PROGRESS', method: 'LETTER' },
        { kind: 'RESULT', method: 'EMAIL' },
      ],
    });
    expect(full.committee.members.map((member: { role: string }) => member.role)).toEqual(['CHAIR', 'MEMBER', 'SECRETARY']);
    expect(full.events[4].data).toMatchObject({ decision: 'ACCEPT', units: ['ENGINEERING', 'FINANCE'] });
    expect(full.events[1].actorName).toBe('นางสุนิสา แก้วมณี');
  });

  it('R4.3: resolves straight from fact-finding, without a committee', async () => {
    const c = await flow.resolve(await flow.at('FACT_FINDING'));
    expect(c.stage).toBe('RESOLVED');
  });

  it('R6: not accepted with a reason, then told so; nothing further is allowed', async () => {
    const c = await flow.at('NOT_ACCEPTED');
    expect(c.stage).toBe('NOT_ACCEPTED');
    const told = await flow.notice(c, 'NOT_ACCEPTED');
    expect(told).toMatchObject({ stage: 'NOT_ACCEPTED', version: c.version + 1 });
    expect(errorCode(await attempt(center, 'DistributeComplaint', told))).toBe('INVALID_TRANSITION');
    expect(
      (await center.ok(`query ($id: ID!) { complaint(id: $id) { notAcceptedReason units { code } } }`, { id: c.id })).complaint,
    ).toEqual({ notAcceptedReason: 'PRIVATE_DISPUTE', units: [] });
  });

  // One refused move per stage: a skipped step, a step back, a move out of a terminal stage.
  it.each([
    ['RECEIVED', 'SubmitForOrder', 'center', { centerRegisterNumber: 'x' }],
    ['REGISTERED', 'OrderComplaint', 'commander', { decision: 'ACCEPT', units: ['ENGINEERING'] }],
    ['AWAITING_ORDER', 'DistributeComplaint', 'center', {}],
    ['ORDERED', 'ResolveComplaint', 'center', { outcome: 'UNSUBSTANTIATED', findings: 'x' }],
    ['FACT_FINDING', 'CloseComplaint', 'center', {}],
    [
      'COMMITTEE',
      'AppointCommittee',
      'commander',
      {
        orderNumber: '2',
        members: [
          { fullName: 'ก', role: 'CHAIR' },
          { fullName: 'ข', role: 'MEMBER' },
          { fullName: 'ค', role: 'MEMBER' },
        ],
      },
    ],
    ['RESOLVED', 'RegisterComplaint', 'center', { registerNumber: 'back' }],
    ['CLOSED', 'ResolveComplaint', 'center', { outcome: 'UNSUBSTANTIATED', findings: 'x' }],
    ['NOT_ACCEPTED', 'DistributeComplaint', 'center', {}],
  ] as const)(
    'refuses a move the stage %s does not allow with INVALID_TRANSITION naming the stage, and changes nothing',
    async (stage, name, who, input) => {
      const agent = who === 'center' ? center : commander;
      const c = await flow.at(stage);
      const result = await attempt(agent, name, c, input);
      expect(errorCode(result)).toBe('INVALID_TRANSITION');
      expect(result.errors![0].message).toContain(stage);
      expect(await read(c.id)).toMatchObject({ stage, version: c.version });
    },
  );

  it.each([
    ['ACCEPT without a unit', 'AWAITING_ORDER', 'OrderComplaint', { decision: 'ACCEPT', units: [] }, 'units'],
    ['ACCEPT naming an unknown unit', 'AWAITING_ORDER', 'OrderComplaint', { decision: 'ACCEPT', units: ['NAVY'] }, 'units'],
    ['NOT_ACCEPT without a reason (R6)', 'AWAITING_ORDER', 'OrderComplaint', { decision: 'NOT_ACCEPT' }, 'reason'],
    [
      'a committee of two',
      'FACT_FINDING',
      'AppointCommittee',
      {
        orderNumber: '1',
        members: [
          { fullName: 'ก', role: 'CHAIR' },
          { fullName: 'ข', role: 'MEMBER' },
        ],
      },
      'members',
    ],
    [
      'a committee without a chair',
      'FACT_FINDING',
      'AppointCommittee',
      {
        orderNumber: '1',
        members: [
          { fullName: 'ก', role: 'MEMBER' },
          { fullName: 'ข', role: 'MEMBER' },
          { fullName: 'ค', role: 'SECRETARY' },
        ],
      },
      'members',
    ],
    [
      'a committee with two chairs',
      'FACT_FINDING',
      'AppointCommittee',
      {
        orderNumber: '1',
        members: [
          { fullName: 'ก', role: 'CHAIR' },
          { fullName: 'ข', role: 'CHAIR' },
          { fullName: 'ค', role: 'MEMBER' },
        ],
      },
      'members',
    ],
    ['a blank register number (R2.1)', 'RECEIVED', 'RegisterComplaint', { registerNumber: ' ' }, 'registerNumber'],
    ['findings left blank', 'FACT_FINDING', 'ResolveComplaint', { outcome: 'REFERRED', findings: '' }, 'findings'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_name, stage, name, input, field) => {
    const c = await flow.at(stage);
    const agent = name === 'OrderComplaint' || name === 'AppointCommittee' ? commander : center;
    const result = await attempt(agent, name, c, input);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors![0].extensions)).toContain(field);
    expect(await read(c.id)).toMatchObject({ stage, version: c.version });
  });

  it('R3, R8: will not close before a RESULT notice went to a complainant who left contact', async () => {
    const c = await flow.at('RESOLVED');
    const refused = await attempt(center, 'CloseComplaint', c);
    expect(errorCode(refused)).toBe('INVALID_TRANSITION');
    expect(refused.errors![0].message).toContain('RESULT');
    const progress = await flow.notice(c, 'PROGRESS');
    expect(errorCode(await attempt(center, 'CloseComplaint', progress))).toBe('INVALID_TRANSITION');
    const closed = await flow.close(await flow.notice(progress, 'RESULT'));
    expect(closed.stage).toBe('CLOSED');
  });

  it('closes an anonymous complaint without a notice, and refuses notices to it (no contact)', async () => {
    const c = await flow.at('RESOLVED', { complainant: null });
    expect(errorCode(await attempt(center, 'SendNotice', c, { kind: 'RESULT', method: 'LETTER' }))).toBe('INVALID_TRANSITION');
    expect((await flow.close(c)).stage).toBe('CLOSED');
  });

  it('refuses a RESULT notice before the facts are settled', async () => {
    const c = await flow.at('FACT_FINDING');
    expect(errorCode(await attempt(center, 'SendNotice', c, { kind: 'RESULT', method: 'LETTER' }))).toBe('INVALID_TRANSITION');
  });
});

describe('when a move happened (`at`)', () => {
  it('records a backdated move at the instant given', async () => {
    const c = await flow.record({ receivedAt: hoursAgo(10) });
    const at = hoursAgo(9);
    await flow.register(c, { at });
    const full = await read(c.id);
    expect(full.events[1]).toEqual({ kind: 'REGISTERED', at: new Date(at).toISOString() });
  });

  it('moves a complaint recorded a few seconds ahead of the server clock without an `at`', async () => {
    const c = await flow.record({ receivedAt: new Date(Date.now() + 20_000).toISOString(), incidentAt: null });
    const registered = await flow.register(c);
    expect(registered.stage).toBe('REGISTERED');
  });

  it('refuses `at` in the future with BAD_USER_INPUT', async () => {
    const c = await flow.record();
    const result = await attempt(center, 'RegisterComplaint', c, {
      registerNumber: '1',
      at: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.messageTh).toBe('วันเวลาที่ดำเนินการต้องไม่อยู่ในอนาคต');
    expect(await read(c.id)).toMatchObject({ stage: 'RECEIVED', version: 1 });
  });

  it("refuses `at` before the complaint's previous event with BAD_USER_INPUT", async () => {
    const c = await flow.record({ receivedAt: hoursAgo(5) });
    const result = await attempt(center, 'RegisterComplaint', c, { registerNumber: '1', at: hoursAgo(6) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe('at');
    // Contract, "Paperwork and publication": the Thai text names things in Thai, the instant in the Buddhist Era.
    const thai = result.errors![0].extensions!.messageTh as string;
    expect(thai).toMatch(/^วันเวลาที่ดำเนินการต้องไม่ก่อนการดำเนินการครั้งก่อนของเรื่องนี้ \(.*๒๕\S\S .* น\.\)$/);
    expect(thai).not.toMatch(/[A-Za-z]/);
  });
});

describe('versions and concurrent moves', () => {
  it('refuses a stale expectedVersion with CONFLICT and changes nothing', async () => {
    const c = await flow.register(await flow.record());
    const stale = { ...c, version: c.version - 1 };
    const result = await attempt(center, 'SubmitForOrder', stale, { centerRegisterNumber: 'x' });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(await read(c.id)).toMatchObject({ stage: 'REGISTERED', version: c.version });
  });

  it('lets exactly one of ten concurrent moves of one complaint win; the rest get CONFLICT', async () => {
    const c = await flow.record();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => attempt(center, 'RegisterComplaint', c, { registerNumber: `R-${i}` })),
    );
    const won = results.filter((result) => !result.errors);
    expect(won).toHaveLength(1);
    expect(results.filter((result) => errorCode(result) === 'CONFLICT')).toHaveLength(9);
    const full = await read(c.id);
    expect(full.version).toBe(2);
    expect(full.events.filter((event: { kind: string }) => event.kind === 'REGISTERED')).toHaveLength(1);
  });

  it('answers NOT_FOUND for a complaint id that does not exist', async () => {
    const ghost = { id: '00000000-0000-4000-8000-000000000000', version: 1 } as ComplaintState;
    expect(errorCode(await attempt(center, 'RegisterComplaint', ghost, { registerNumber: '1' }))).toBe('NOT_FOUND');
    expect(errorCode(await attempt(center, 'RegisterComplaint', { ...ghost, id: 'not-a-uuid' }, { registerNumber: '1' }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('the complaint history', () => {
  it('cannot be edited or deleted, even by the application database role', async () => {
    const c = await flow.record();
    const client = new pg.Client({ connectionString: server.databaseUrl });
    await client.connect();
    try {
      await expect(client.query(`update complaint_event set at = now() where complaint_id = $1`, [c.id])).rejects.toThrow(/append-only/);
      await expect(client.query(`delete from complaint_event where complaint_id = $1`, [c.id])).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });
});
