import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { complaintInput, hoursAgo, Workflow, type ComplaintState } from './factories.js';
import { errorCode, signedIn, subscribe, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

// Contract, "Corrections and the register": correctComplaint (CENTER_OFFICER) changes the fields
// given, records a correction with before and after, recomputes the clocks of a moved receipt,
// hides the complaint at once from an official newly named among the accused (every read path and
// the live board), and voids a complaint recorded by mistake without deleting it.

let server: TestServer;
const agents: Record<string, Agent> = {};
let flow: Workflow;
let officialOf: Record<string, { id: string; fullName: string }>;

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['center', 'commander', 'nayok', 'engineer']) agents[username] = await signedIn(server.url, username);
  flow = new Workflow(agents.center, agents.commander);
  const officials = (await agents.center.ok(`{ officials { id fullName user { username } } }`)).officials as {
    id: string;
    fullName: string;
    user: { username: string } | null;
  }[];
  officialOf = Object.fromEntries(officials.filter((o) => o.user).map((o) => [o.user!.username, { id: o.id, fullName: o.fullName }]));
});
afterAll(() => server?.stop());

const correct = (agent: Agent, c: { id: string; version: number }, input: Record<string, unknown>) =>
  agent.request(operation('CorrectComplaint'), { input: { complaintId: c.id, expectedVersion: c.version, ...input } });

const history = async (agent: Agent, id: string) => (await agent.ok(operation('ComplaintHistory'), { id })).complaint;

const file = `query File($id: ID!) {
  complaint(id: $id) {
    id version stage voided voidReason subject details receivedAt availableMoves
    channel { code }
    complainant { fullName phone }
    accused { fullName official { id } link }
    events { id kind at data }
    deadlines { rule { code } startedAt dueAt metAt status }
    corrections { at reason fields voided actorName changes { field before after hidden } }
  }
}`;
const read = async (agent: Agent, id: string) => (await agent.ok(file, { id })).complaint;

const boardIds = async (agent: Agent) =>
  (await agent.ok(operation('Board'))).board.columns.flatMap((column: { complaints: { id: string }[] }) =>
    column.complaints.map((c) => c.id),
  );

describe('correctComplaint: the given fields change, a correction is recorded (contract, "Corrections and the register")', () => {
  it('changes only what is given, adds 1 to version, names what really changed, and leaves earlier events as they were', async () => {
    const c = await flow.register(await flow.record());
    const before = await read(agents.center, c.id);
    const result = await correct(agents.center, c, {
      reason: 'พิมพ์เรื่องผิดจากหนังสือร้องเรียน',
      subject: 'เรียกรับเงินเพื่อออกใบอนุญาตขุดดิน',
      // Given with its current value: not a change.
      details: before.details,
    });
    expect(result.errors).toBeUndefined();
    const corrected = result.data.correctComplaint.complaint;
    expect(corrected).toMatchObject({ version: c.version + 1, subject: 'เรียกรับเงินเพื่อออกใบอนุญาตขุดดิน', details: before.details });

    const after = await history(agents.center, c.id);
    expect(after.version).toBe(c.version + 1);
    expect(after.corrections).toEqual([{ at: expect.any(String), reason: 'พิมพ์เรื่องผิดจากหนังสือร้องเรียน', fields: ['subject'] }]);
    // Append-only: every earlier event is still there, unchanged; the correction adds one of its own.
    const now = await read(agents.center, c.id);
    expect(now.events.slice(0, before.events.length)).toEqual(before.events);
    expect(now.events.map((event: { kind: string }) => event.kind)).toEqual([
      ...before.events.map((e: { kind: string }) => e.kind),
      'CORRECTED',
    ]);
    expect(now.corrections[0].changes).toEqual([
      { field: 'subject', before: 'เรียกรับเงินเพื่อออกใบอนุญาตก่อสร้าง', after: 'เรียกรับเงินเพื่อออกใบอนุญาตขุดดิน', hidden: false },
    ]);
    expect(now.corrections[0].actorName).toBeTruthy();
  });

  it('keeps corrections append-only: the database refuses to edit, delete or truncate them, and the app may not even try', async () => {
    const c = await flow.record();
    expect((await correct(agents.center, c, { reason: 'แก้ไข', subject: 'ชื่อใหม่' })).errors).toBeUndefined();
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    try {
      for (const [statement, operation] of [
        [`update complaint_correction set reason = 'x' where complaint_id = '${c.id}'`, 'UPDATE'],
        [`delete from complaint_correction where complaint_id = '${c.id}'`, 'DELETE'],
        ['truncate complaint_correction', 'TRUNCATE'],
      ]) {
        await expect(db.query(statement), statement).rejects.toThrow(`complaint_correction is append-only: ${operation} refused`);
      }
    } finally {
      await db.end();
    }
    const app = server.app.database.orm.em.getConnection();
    for (const statement of [
      'update complaint_correction set reason = reason where false',
      'delete from complaint_correction where false',
    ]) {
      await expect(app.execute(statement), statement).rejects.toThrow(/permission denied/);
    }
    expect((await history(agents.center, c.id)).corrections).toHaveLength(1);
  });

  it('refuses a blank reason, a correction that changes nothing (BAD_USER_INPUT) and a stale version (CONFLICT), changing nothing', async () => {
    const c = await flow.record();
    const blank = await correct(agents.center, c, { reason: '   ', subject: 'อื่น' });
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    const nothing = await correct(agents.center, c, { reason: 'ตรวจทาน', subject: complaintInput().subject, channel: 'IN_PERSON' });
    expect(errorCode(nothing)).toBe('BAD_USER_INPUT');
    expect(nothing.errors![0].extensions!.messageTh).toMatch(/ไม่มีข้อมูลใดเปลี่ยนแปลง/);
    const stale = await correct(agents.center, { id: c.id, version: c.version + 5 }, { reason: 'แก้ไข', subject: 'อื่น' });
    expect(errorCode(stale)).toBe('CONFLICT');
    const unknownChannel = await correct(agents.center, c, { reason: 'แก้ไข', channel: 'CARRIER_PIGEON' });
    expect(errorCode(unknownChannel)).toBe('BAD_USER_INPUT');
    const now = await history(agents.center, c.id);
    expect(now).toMatchObject({ version: c.version, corrections: [] });
  });

  it("is the Center's move: listed in availableMoves for a CENTER_OFFICER only; FORBIDDEN to others", async () => {
    const c = await flow.record();
    const moves = async (agent: Agent) => (await agent.ok(operation('AvailableMoves'), { id: c.id })).complaint.availableMoves;
    expect(await moves(agents.center)).toContain('CORRECT');
    expect(await moves(agents.commander)).not.toContain('CORRECT');
    expect(errorCode(await correct(agents.commander, c, { reason: 'แก้ไข', subject: 'อื่น' }))).toBe('FORBIDDEN');
    expect((await history(agents.center, c.id)).version).toBe(1);
  });

  it("shows the complainant's before and after only to those who may see the complainant; others learn only that it changed", async () => {
    const c = await flow.record();
    const result = await correct(agents.center, c, {
      reason: 'เบอร์โทรศัพท์ผิด',
      complainant: { ...complaintInput().complainant, phone: '089-999-0000' },
    });
    expect(result.errors).toBeUndefined();
    const center = await read(agents.center, c.id);
    expect(center.complainant.phone).toBe('089-999-0000');
    expect(center.corrections[0].fields).toEqual(['complainant']);
    expect(center.corrections[0].changes).toEqual([
      { field: 'complainant.phone', before: '081-234-5678', after: '089-999-0000', hidden: false },
    ]);
    const nayok = await read(agents.nayok, c.id);
    expect(nayok.complainant).toBeNull();
    expect(nayok.corrections[0].fields).toEqual(['complainant']);
    expect(nayok.corrections[0].changes).toEqual([{ field: 'complainant.phone', before: null, after: null, hidden: true }]);
    // Nor in the history's event data.
    expect(JSON.stringify(nayok.events)).not.toContain('089-999-0000');
    expect(JSON.stringify(nayok.events)).not.toContain('081-234-5678');
    // Issue 6: the before and after of the complainant's phone was an identity read, on the trail;
    // the executive read none.
    const trail = new pg.Client({ connectionString: server.databaseUrl });
    await trail.connect();
    try {
      const reads = await trail.query(`select data->>'via' as via, actor from audit_entry where action = 'IDENTITY_READ' and target = $1`, [
        c.id,
      ]);
      expect(reads.rows).toContainEqual({ via: 'corrections', actor: 'center' });
      expect(reads.rows.filter((row) => row.actor === 'nayok')).toEqual([]);
    } finally {
      await trail.end();
    }
  });

  it('names an anonymous complaint when a complainant with contact is given, and starts the notice clock that runs from receipt', async () => {
    const c = await flow.record({ complainant: null });
    expect((await read(agents.center, c.id)).deadlines.map((d: { rule: { code: string } }) => d.rule.code)).not.toContain('FIRST_REPLY');
    const result = await correct(agents.center, c, { reason: 'ผู้ร้องแจ้งชื่อภายหลัง', complainant: complaintInput().complainant });
    expect(result.errors).toBeUndefined();
    const now = await read(agents.center, c.id);
    expect(now.complainant.fullName).toBe('นายสมปอง ใจกล้า');
    const firstReply = now.deadlines.find((d: { rule: { code: string } }) => d.rule.code === 'FIRST_REPLY');
    expect(firstReply).toMatchObject({ status: 'PENDING', startedAt: c.receivedAt });
  });
});

describe('a corrected receipt instant (contract: recomputes the clocks; not in the future nor after the next event)', () => {
  it('moves the clocks that start at receipt to where a complaint received then has them; the receipt number stays', async () => {
    const c = await flow.record({ receivedAt: hoursAgo(30) });
    const earlier = hoursAgo(120);
    const twin = await flow.record({ receivedAt: earlier });
    const result = await correct(agents.center, c, { reason: 'ลงวันที่รับผิด', receivedAt: earlier });
    expect(result.errors).toBeUndefined();
    const corrected = result.data.correctComplaint.complaint;
    expect(corrected.receiptNumber).toBe(c.receiptNumber);
    expect(new Date(corrected.receivedAt).toISOString()).toBe(new Date(earlier).toISOString());
    const due = (state: ComplaintState & { deadlines: { rule: { code: string }; dueAt: string }[] }) =>
      Object.fromEntries(state.deadlines.map((d) => [d.rule.code, d.dueAt]));
    const twinState = (await agents.center.ok(operation('Complaint'), { id: twin.id })).complaint;
    expect(due(corrected)).toEqual(due(twinState));
    const [correction] = (await read(agents.center, c.id)).corrections;
    expect(correction.changes).toEqual([
      { field: 'receivedAt', before: new Date(c.receivedAt).toISOString(), after: new Date(earlier).toISOString(), hidden: false },
    ]);
  });

  it('moves the complaint into the fiscal year of its new receipt (across 1 October): statistics and the register follow, the receipt number stays', async () => {
    // Received, and of them assigned to the engineering division (its rollup moves too).
    const count = async (fy: number) => {
      const { complaintStatistics: stats } = await agents.nayok.ok(
        `query($fy: Int!) { complaintStatistics(fiscalYear: $fy) { received byDivision { division { code } count } } }`,
        { fy },
      );
      const engineering = stats.byDivision.find((row: { division: { code: string } }) => row.division.code === 'ENGINEERING').count;
      return { received: stats.received, engineering };
    };
    const c = await flow.at('ORDERED', { receivedAt: '2025-10-01T09:00:00+07:00', incidentAt: null });
    const before = { 2568: await count(2568), 2569: await count(2569) };
    const result = await correct(agents.center, c, { reason: 'รับไว้ตั้งแต่ 30 ก.ย.', receivedAt: '2025-09-30T15:00:00+07:00' });
    expect(result.errors).toBeUndefined();
    expect(result.data.correctComplaint.complaint.receiptNumber).toBe(c.receiptNumber);
    expect({ 2568: await count(2568), 2569: await count(2569) }).toEqual({
      2568: { received: before[2568].received + 1, engineering: before[2568].engineering + 1 },
      2569: { received: before[2569].received - 1, engineering: before[2569].engineering - 1 },
    });
    const inYear = async (fy: number) =>
      (await agents.center.ok(operation('Complaints'), { filter: { fiscalYear: fy }, first: 100 })).complaints.edges.map(
        (edge: { node: { id: string } }) => edge.node.id,
      );
    expect(await inYear(2568)).toContain(c.id);
    expect(await inYear(2569)).not.toContain(c.id);
  });

  it("refuses a receipt in the future, or after the complaint's next event (BAD_USER_INPUT), changing nothing", async () => {
    let c = await flow.record({ receivedAt: hoursAgo(50) });
    c = await flow.register(c, { at: hoursAgo(40) });
    const future = await correct(agents.center, c, { reason: 'แก้ไข', receivedAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(errorCode(future)).toBe('BAD_USER_INPUT');
    const afterNext = await correct(agents.center, c, { reason: 'แก้ไข', receivedAt: hoursAgo(39) });
    expect(errorCode(afterNext)).toBe('BAD_USER_INPUT');
    expect(afterNext.errors![0].extensions!.messageTh).toMatch(/วันเวลาที่รับเรื่อง/);
    expect(await history(agents.center, c.id)).toMatchObject({ version: c.version, corrections: [] });
    // Up to the next event it may move.
    expect((await correct(agents.center, c, { reason: 'แก้ไข', receivedAt: hoursAgo(41) })).errors).toBeUndefined();
  });
});

describe('an official newly named among the accused loses sight of the complaint at once (overriding rule 1)', () => {
  it('NOT_FOUND by id, gone from board, register, exports and documents, and the live board is told it left', async () => {
    const c = await flow.register(await flow.record({ receivedAt: '2026-02-10T09:00:00+07:00', incidentAt: null }));
    const nayok = agents.nayok;
    const csvOf = async () => (await fetch(`${server.url}/exports/register.csv`, { headers: { cookie: nayok.cookie! } })).text();
    const receiptOf = () => fetch(`${server.url}/documents/complaints/${c.id}/receipt.pdf`, { headers: { cookie: nayok.cookie! } });
    // Before: he reads it on every path.
    expect(await boardIds(nayok)).toContain(c.id);
    expect(await csvOf()).toContain(c.receiptNumber);
    expect((await receiptOf()).status).toBe(200);
    const nayokFeed = subscribe(
      server.url,
      nayok.cookie,
      `subscription { complaintChanges { kind complaintId complaint { id subject } } }`,
    );
    const commanderFeed = subscribe(
      server.url,
      agents.commander.cookie,
      `subscription { complaintChanges { kind complaintId complaint { id version } } }`,
    );
    await Promise.all([nayokFeed.ready, commanderFeed.ready]);

    // Named only by name: matched to the official as recording matches (issue 9, item 4).
    const result = await correct(agents.center, c, {
      reason: 'ผู้ร้องระบุผู้ถูกกล่าวหาเพิ่ม',
      accused: [...complaintInput().accused, { fullName: officialOf.nayok.fullName }],
    });
    expect(result.errors).toBeUndefined();
    const center = await read(agents.center, c.id);
    expect(center.accused[1]).toMatchObject({ official: { id: officialOf.nayok.id }, link: 'SAME_NAME' });
    expect(center.corrections[0].fields).toEqual(['accused']);

    expect(errorCode(await nayok.request(operation('Complaint'), { id: c.id }))).toBe('NOT_FOUND');
    expect(await boardIds(nayok)).not.toContain(c.id);
    const register = (await nayok.ok(operation('Complaints'), { filter: { search: c.receiptNumber }, first: 100 })).complaints;
    expect(register.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(c.id);
    expect(await csvOf()).not.toContain(c.receiptNumber);
    expect((await receiptOf()).status).toBe(404);

    await Promise.all([nayokFeed.waitFor(1), commanderFeed.waitFor(1)]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await Promise.all([nayokFeed.close(), commanderFeed.close()]);
    // Nothing of it but its id reaches the one it is now hidden from.
    expect(nayokFeed.results).toEqual([{ data: { complaintChanges: { kind: 'HIDDEN', complaintId: c.id, complaint: null } } }]);
    expect(commanderFeed.results).toEqual([
      { data: { complaintChanges: { kind: 'CORRECTED', complaintId: c.id, complaint: { id: c.id, version: c.version + 1 } } } },
    ]);
  });

  it("refuses to name the corrector's own official (another officer must), and an ambiguous name until the clerk says who", async () => {
    const c = await flow.record();
    const self = await correct(agents.center, c, { reason: 'แก้ไข', accused: [{ officialId: officialOf.center.id }] });
    expect(errorCode(self)).toBe('FORBIDDEN');
    const unknown = await correct(agents.center, c, { reason: 'แก้ไข', accused: [{ officialId: '00000000-0000-4000-8000-000000000000' }] });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    const none = await correct(agents.center, c, { reason: 'แก้ไข', accused: [] });
    expect(errorCode(none)).toBe('BAD_USER_INPUT');
    expect((await history(agents.center, c.id)).version).toBe(c.version);
  });
});

describe('voiding a complaint recorded by mistake: kept, never deleted', () => {
  const statistics = `query($fy: Int!) { complaintStatistics(fiscalYear: $fy) {
    received voided inProgress byChannel { channel { code } count } byDivision { division { code } count }
    deadlineCompliance { rule { code } met metLate overdue pending cancelled } } }`;
  const engineering = (stats: { byDivision: { division: { code: string }; count: number }[] }) =>
    stats.byDivision.find((row) => row.division.code === 'ENGINEERING')!.count;

  it('stays in the register marked void, leaves the board, its clocks stop, no move is made on it, and it counts as void', async () => {
    const receivedAt = '2025-02-03T10:00:00+07:00';
    const before = (await agents.nayok.ok(statistics, { fy: 2568 })).complaintStatistics;
    const c = await flow.at('ORDERED', { receivedAt, incidentAt: null });
    const counted = (await agents.nayok.ok(statistics, { fy: 2568 })).complaintStatistics;
    expect(counted.received).toBe(before.received + 1);

    // A void is its own act, not mixed with a correction of fields.
    expect(errorCode(await correct(agents.center, c, { reason: 'บันทึกซ้ำ', void: true, subject: 'อื่น' }))).toBe('BAD_USER_INPUT');
    const result = await correct(agents.center, c, { reason: 'บันทึกซ้ำกับเรื่องเดิม', void: true });
    expect(result.errors).toBeUndefined();
    const now = await read(agents.center, c.id);
    expect(now).toMatchObject({ voided: true, voidReason: 'บันทึกซ้ำกับเรื่องเดิม', version: c.version + 1, availableMoves: [] });
    expect(now.events.at(-1).kind).toBe('VOIDED');
    expect(now.corrections[0]).toMatchObject({ voided: true, fields: [] });
    expect(now.deadlines.every((d: { status: string }) => d.status !== 'PENDING' && d.status !== 'OVERDUE')).toBe(true);
    expect(now.deadlines.some((d: { status: string }) => d.status === 'CANCELLED')).toBe(true);

    expect(await boardIds(agents.center)).not.toContain(c.id);
    const register = (
      await agents.center.ok(`query($f: ComplaintFilter) { complaints(filter: $f) { totalCount edges { node { id voided } } } }`, {
        f: { search: c.receiptNumber, fiscalYear: 2568 },
      })
    ).complaints;
    expect(register.edges).toContainEqual({ node: { id: c.id, voided: true } });

    const after = (await agents.nayok.ok(statistics, { fy: 2568 })).complaintStatistics;
    expect(after.received).toBe(before.received);
    expect(after.voided).toBe(before.voided + 1);
    expect(after.inProgress).toBe(before.inProgress);
    expect(engineering(after)).toBe(engineering(before));
    expect(engineering(counted)).toBe(engineering(before) + 1);
    // Its clocks (settled, or cancelled by the void) count in no rule's compliance any more.
    expect(counted.deadlineCompliance).not.toEqual(before.deadlineCompliance);
    expect(after.deadlineCompliance).toEqual(before.deadlineCompliance);

    // The ITA publication counts it apart, not as received; the register file marks it.
    const ita = (
      await agents.nayok.ok(`query($fy: Int!) { itaPublication(fiscalYear: $fy) { wholeYear { received } voidedWholeYear textTh } }`, {
        fy: 2568,
      })
    ).itaPublication;
    expect(ita.wholeYear.received).toBe(before.received);
    expect(ita.voidedWholeYear).toBe(before.voided + 1);
    if (ita.wholeYear.received > 0) expect(ita.textTh).toContain('ยกเลิกเพราะบันทึกผิดพลาด');
    const csv = await (
      await fetch(`${server.url}/exports/register.csv?fiscalYear=2568`, { headers: { cookie: agents.center.cookie! } })
    ).text();
    const line = csv.split('\r\n').find((row) => row.includes(`"${c.receiptNumber}"`));
    expect(line).toContain('ยกเลิก: บันทึกผิดพลาด');

    const move = await agents.center.request(operation('DistributeComplaint'), {
      input: { complaintId: c.id, expectedVersion: c.version + 1 },
    });
    expect(errorCode(move)).toBe('INVALID_TRANSITION');
    const again = await correct(agents.center, { id: c.id, version: c.version + 1 }, { reason: 'แก้ไข', subject: 'อื่น' });
    expect(errorCode(again)).toBe('INVALID_TRANSITION');
  });
});
