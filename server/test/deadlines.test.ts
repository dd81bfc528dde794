import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { Workflow } from './factories.js';
import { errorCode, signedIn, subscribe, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let center: Agent;
let admin: Agent;
let flow: Workflow;

beforeAll(async () => {
  server = await startTestServer();
  center = await signedIn(server.url, 'center');
  admin = await signedIn(server.url, 'admin');
  flow = new Workflow(center, await signedIn(server.url, 'commander'));
});
afterAll(() => server?.stop());

const bkk = (local: string) => new Date(`${local}+07:00`).toISOString();
type DeadlineState = { rule: { code: string }; dueAt: string | null; metAt: string | null; status: string };
const deadlinesOf = async (id: string): Promise<Record<string, DeadlineState>> => {
  const { complaint } = await center.ok(operation('Complaint'), { id });
  return Object.fromEntries(complaint.deadlines.map((deadline: DeadlineState) => [deadline.rule.code, deadline]));
};

describe('deadlines on complaints (workflow.md, "Deadlines")', () => {
  it('R2.1, R9: received Wednesday 8 April 2026 10:00 → REGISTER_SAO due 13:00, FIRST_REPLY due Tuesday 5 May 16:30', async () => {
    const c = await flow.record({ receivedAt: '2026-04-08T10:00:00+07:00', incidentAt: null });
    const deadlines = await deadlinesOf(c.id);
    expect(Object.keys(deadlines)).toEqual(['REGISTER_SAO', 'FIRST_REPLY']);
    expect(deadlines.REGISTER_SAO).toMatchObject({ dueAt: bkk('2026-04-08T13:00:00'), metAt: null, status: 'OVERDUE' });
    expect(deadlines.FIRST_REPLY).toMatchObject({ dueAt: bkk('2026-05-05T16:30:00'), status: 'OVERDUE' });
  });

  it('R2.1 met in time is MET; R2.2 then runs 1 working day from registration, the day itself not counted', async () => {
    const c = await flow.record({ receivedAt: '2026-04-08T10:00:00+07:00', incidentAt: null });
    await flow.register(c, { at: '2026-04-08T12:59:00+07:00' });
    const deadlines = await deadlinesOf(c.id);
    expect(deadlines.REGISTER_SAO).toMatchObject({ status: 'MET', metAt: bkk('2026-04-08T12:59:00') });
    expect(deadlines.CENTER_ORDER).toMatchObject({ dueAt: bkk('2026-04-09T16:30:00') });
  });

  it('R2.1 met after the due instant is MET_LATE, counted across the Chakri Day weekend', async () => {
    const c = await flow.record({ receivedAt: '2026-04-03T15:00:00+07:00', incidentAt: null });
    expect((await deadlinesOf(c.id)).REGISTER_SAO.dueAt).toBe(bkk('2026-04-07T10:00:00'));
    await flow.register(c, { at: '2026-04-07T10:01:00+07:00' });
    expect((await deadlinesOf(c.id)).REGISTER_SAO).toMatchObject({ status: 'MET_LATE', metAt: bkk('2026-04-07T10:01:00') });
  });

  it("a recent complaint's deadlines are PENDING until they pass their due instant", async () => {
    const c = await flow.record({ receivedAt: new Date().toISOString(), incidentAt: null });
    const deadlines = await deadlinesOf(c.id);
    expect(deadlines.FIRST_REPLY.status).toBe('PENDING');
  });

  it('R3, R8: FIRST_REPLY, COMMITTEE_NOTICE and RESULT_NOTICE do not apply to an anonymous complaint', async () => {
    const c = await flow.at('CLOSED', { complainant: null });
    const codes = Object.keys(await deadlinesOf(c.id));
    expect(codes).toEqual(['REGISTER_SAO', 'CENTER_ORDER', 'DISTRIBUTE', 'UNIT_REPORT']);
  });

  it('R4.4, R4.6, R4.3: a committee meets UNIT_REPORT and starts COMMITTEE_NOTICE (7 days); a PROGRESS notice meets it; RESULT meets RESULT_NOTICE', async () => {
    let c = await flow.at('COMMITTEE');
    let deadlines = await deadlinesOf(c.id);
    expect(deadlines.UNIT_REPORT.status).toBe('MET');
    expect(deadlines.COMMITTEE_NOTICE.status).toBe('PENDING');
    expect(deadlines.FIRST_REPLY.status).toBe('PENDING');
    c = await flow.notice(c, 'PROGRESS');
    deadlines = await deadlinesOf(c.id);
    expect(deadlines.COMMITTEE_NOTICE.status).toBe('MET');
    expect(deadlines.FIRST_REPLY.status).toBe('MET');
    c = await flow.notice(await flow.resolve(c), 'RESULT');
    deadlines = await deadlinesOf(c.id);
    expect(deadlines.RESULT_NOTICE.status).toBe('MET');
    // Recorded two days back and moved now: some were met late, none is left open.
    expect(Object.values(deadlines).every((deadline) => deadline.status === 'MET' || deadline.status === 'MET_LATE')).toBe(true);
  });

  it('R6: not accepted cancels DISTRIBUTE and UNIT_REPORT; FIRST_REPLY stays open until the NOT_ACCEPTED notice', async () => {
    const c = await flow.at('NOT_ACCEPTED');
    let deadlines = await deadlinesOf(c.id);
    expect(deadlines.DISTRIBUTE).toMatchObject({ status: 'CANCELLED', dueAt: null });
    expect(deadlines.UNIT_REPORT).toMatchObject({ status: 'CANCELLED', dueAt: null });
    expect(deadlines.CENTER_ORDER.status).toBe('MET');
    expect(deadlines.FIRST_REPLY.status).toBe('PENDING');
    await flow.notice(c, 'NOT_ACCEPTED');
    deadlines = await deadlinesOf(c.id);
    expect(deadlines.FIRST_REPLY.status).toBe('MET');
  });

  it('shows the deadlines on board cards', async () => {
    const c = await flow.record();
    const { board } = await center.ok(operation('Board'));
    const card = board.columns.flatMap((column: { complaints: unknown[] }) => column.complaints).find((k: { id: string }) => k.id === c.id);
    expect(card.deadlines.map((deadline: DeadlineState) => deadline.rule.code)).toEqual(['REGISTER_SAO', 'FIRST_REPLY']);
  });
});

describe('calendar changes (workflow.md: every open deadline is recomputed and the change recorded)', () => {
  it('ADMIN adds a holiday: an open deadline across it moves a day later, in the same transaction, and the complaint records it', async () => {
    // Received Friday 5 June 2026 16:00: FIRST_REPLY (15 working days) due Friday 26 June.
    const c = await flow.record({ receivedAt: '2026-06-05T16:00:00+07:00', incidentAt: null });
    expect((await deadlinesOf(c.id)).FIRST_REPLY.dueAt).toBe(bkk('2026-06-26T16:30:00'));
    const board = subscribe(server.url, center.cookie, `subscription { complaintChanges { kind complaint { id } } }`);
    await board.ready;
    const added = await admin.ok(operation('AddHoliday'), { input: { date: '2026-06-10', nameTh: 'วันหยุดพิเศษตามคำสั่งจังหวัด' } });
    expect(added.addHoliday.holiday).toEqual({ date: '2026-06-10', nameTh: 'วันหยุดพิเศษตามคำสั่งจังหวัด' });
    expect((await deadlinesOf(c.id)).FIRST_REPLY.dueAt).toBe(bkk('2026-06-29T16:30:00'));
    const { complaint } = await center.ok(`query ($id: ID!) { complaint(id: $id) { events { kind data } } }`, { id: c.id });
    const record = complaint.events.find((event: { kind: string }) => event.kind === 'CALENDAR_CHANGED');
    expect(record.data).toMatchObject({ change: 'HOLIDAY_ADDED', date: '2026-06-10', clocks: [{ rule: 'FIRST_REPLY' }] });
    // Live boards hear of it (NOTIFY at commit), as a change of each complaint whose deadlines moved.
    const heard = () => board.results.find((result) => result.data?.complaintChanges.complaint.id === c.id);
    for (let count = 1; !heard(); count++) await board.waitFor(count);
    await board.close();
    expect(heard()!.data.complaintChanges.kind).toBe('CLOCKS_CHANGED');

    expect((await admin.ok(operation('RemoveHoliday'), { input: { date: '2026-06-10' } })).removeHoliday.ok).toBe(true);
    expect((await deadlinesOf(c.id)).FIRST_REPLY.dueAt).toBe(bkk('2026-06-26T16:30:00'));
  });

  it('leaves met deadlines alone', async () => {
    const c = await flow.record({ receivedAt: '2026-07-01T09:00:00+07:00', incidentAt: null });
    await flow.register(c, { at: '2026-07-01T10:00:00+07:00' });
    const before = (await deadlinesOf(c.id)).REGISTER_SAO;
    await admin.ok(operation('AddHoliday'), { input: { date: '2026-07-01', nameTh: 'ทดสอบ' } });
    expect((await deadlinesOf(c.id)).REGISTER_SAO).toEqual(before);
    await admin.ok(operation('RemoveHoliday'), { input: { date: '2026-07-01' } });
  });

  it.each([
    ['not a real date', '2026-02-30'],
    ['not a date at all', 'next Tuesday'],
    ['a duplicate', '2026-04-13'],
  ])('refuses a holiday that is %s with BAD_USER_INPUT', async (_name, date) => {
    const result = await admin.request(operation('AddHoliday'), { input: { date, nameTh: 'x' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('lets only ADMIN change the calendar', async () => {
    const result = await center.request(operation('AddHoliday'), { input: { date: '2026-08-20', nameTh: 'x' } });
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND when removing a day that is not a holiday', async () => {
    expect(errorCode(await admin.request(operation('RemoveHoliday'), { input: { date: '2026-08-19' } }))).toBe('NOT_FOUND');
  });
});

describe('rules as data', () => {
  it('lists the seven rules of workflow.md', async () => {
    const { deadlineRules } = await center.ok(`{ deadlineRules { code amount unit manualRef appliesTo } }`);
    expect(deadlineRules.map((rule: { code: string; amount: number; unit: string }) => `${rule.code} ${rule.amount} ${rule.unit}`)).toEqual(
      [
        'REGISTER_SAO 3 WORKING_HOURS',
        'CENTER_ORDER 1 WORKING_DAYS',
        'DISTRIBUTE 3 WORKING_HOURS',
        'FIRST_REPLY 15 WORKING_DAYS',
        'UNIT_REPORT 7 WORKING_DAYS',
        'COMMITTEE_NOTICE 7 DAYS',
        'RESULT_NOTICE 7 DAYS',
      ],
    );
  });

  it('ADMIN edits a rule and its open deadlines follow; a non-positive amount is refused with BAD_USER_INPUT', async () => {
    const mutation = `mutation ($input: UpdateDeadlineRuleInput!) { updateDeadlineRule(input: $input) { rule { code amount } clocksMoved } }`;
    expect(errorCode(await admin.request(mutation, { input: { code: 'FIRST_REPLY', amount: 0 } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await admin.request(mutation, { input: { code: 'FIRST_REPLY', amount: -3 } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await center.request(mutation, { input: { code: 'FIRST_REPLY', amount: 20 } }))).toBe('FORBIDDEN');
    const c = await flow.record({ receivedAt: '2026-06-05T16:00:00+07:00', incidentAt: null });
    const changed = await admin.ok(mutation, { input: { code: 'FIRST_REPLY', amount: 16 } });
    expect(changed.updateDeadlineRule).toMatchObject({ rule: { code: 'FIRST_REPLY', amount: 16 } });
    expect(changed.updateDeadlineRule.clocksMoved).toBeGreaterThan(0);
    expect((await deadlinesOf(c.id)).FIRST_REPLY.dueAt).toBe(bkk('2026-06-29T16:30:00'));
    // Back to 15: the very same open deadlines move back.
    const restored = await admin.ok(mutation, { input: { code: 'FIRST_REPLY', amount: 15 } });
    expect(restored.updateDeadlineRule.clocksMoved).toBe(changed.updateDeadlineRule.clocksMoved);
    expect((await deadlinesOf(c.id)).FIRST_REPLY.dueAt).toBe(bkk('2026-06-26T16:30:00'));
  });
});
