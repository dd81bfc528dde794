import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { Workflow, type ComplaintState } from './factories.js';
import { errorCode, signedIn, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';
import { documentText } from './document-text.js';

// Contract, "Several divisions on one complaint" (R4.3, R4.6).

let server: TestServer;
let center: Agent;
let engineer: Agent;
let finance: Agent;
let flow: Workflow;

beforeAll(async () => {
  server = await startTestServer();
  center = await signedIn(server.url, 'center');
  engineer = await signedIn(server.url, 'engineer');
  finance = await signedIn(server.url, 'finance');
  flow = new Workflow(center, await signedIn(server.url, 'commander'));
});
afterAll(() => server?.stop());

const read = async (id: string) =>
  (
    await center.ok(
      `query ($id: ID!) { complaint(id: $id) {
         id stage version outcome findings availableMoves
         unitReports { division { code } outcome findings at }
         deadlines { rule { code } status }
         events { kind data }
       } }`,
      { id },
    )
  ).complaint;

const unitReport = (c: ComplaintState) =>
  c && read(c.id).then((full) => full.deadlines.find((d: { rule: { code: string } }) => d.rule.code === 'UNIT_REPORT').status);

/** A complaint in fact-finding, assigned to `units`. */
async function assignedTo(units: string[]) {
  return flow.distribute(await flow.accept(await flow.submit(await flow.register(await flow.record())), units));
}

function report(agent: Agent, c: ComplaintState, outcome: string, findings: string) {
  return agent.request(operation('ResolveComplaint'), { input: { complaintId: c.id, expectedVersion: c.version, outcome, findings } });
}

async function reported(agent: Agent, c: ComplaintState, outcome: string, findings = `ผลการตรวจสอบ: ${outcome}`): Promise<ComplaintState> {
  const response = await report(agent, c, outcome, findings);
  expect(response.errors).toBeUndefined();
  return response.data.resolveComplaint.complaint;
}

describe('several divisions on one complaint: each reports (R4.6)', () => {
  it('keeps the complaint in FACT_FINDING until the last division reports, then resolves it on their outcomes', async () => {
    let c = await assignedTo(['ENGINEERING', 'FINANCE']);
    c = await reported(engineer, c, 'SUBSTANTIATED', 'พบการเรียกรับเงินจริง');
    let full = await read(c.id);
    expect(full).toMatchObject({ stage: 'FACT_FINDING', version: c.version, outcome: null });
    expect(full.unitReports).toEqual([
      { division: { code: 'ENGINEERING' }, outcome: 'SUBSTANTIATED', findings: 'พบการเรียกรับเงินจริง', at: expect.any(String) },
    ]);
    expect(await unitReport(c), 'UNIT_REPORT is met by the last report only').toBe('PENDING');
    expect(full.events.at(-1)).toEqual({
      kind: 'UNIT_REPORTED',
      data: { division: 'ENGINEERING', outcome: 'SUBSTANTIATED', findings: 'พบการเรียกรับเงินจริง' },
    });

    c = await reported(finance, c, 'UNSUBSTANTIATED', 'ไม่พบความผิดในส่วนของกองคลัง');
    full = await read(c.id);
    expect(full).toMatchObject({ stage: 'RESOLVED', outcome: 'SUBSTANTIATED' });
    // Each division's findings under its name, in the divisions' order (กองคลัง before กองช่าง).
    expect(full.findings).toBe('กองคลัง: ไม่พบความผิดในส่วนของกองคลัง\n\nกองช่าง: พบการเรียกรับเงินจริง');
    expect(full.unitReports.map((r: { division: { code: string } }) => r.division.code)).toEqual(['ENGINEERING', 'FINANCE']);
    expect(await unitReport(c)).toMatch(/^MET/);
    expect(full.events.at(-1)).toMatchObject({
      kind: 'RESOLVED',
      data: {
        outcome: 'SUBSTANTIATED',
        division: 'FINANCE',
        reports: [
          { division: 'FINANCE', outcome: 'UNSUBSTANTIATED' },
          { division: 'ENGINEERING', outcome: 'SUBSTANTIATED' },
        ],
      },
    });
  });

  it("R4.5: prints each division's findings as a paragraph of its own in the summary report to the executives, not in the letter to the complainant (issue 14, item 2)", async () => {
    let c = await assignedTo(['ENGINEERING', 'FINANCE']);
    c = await reported(engineer, c, 'SUBSTANTIATED', 'พบการเรียกรับเงินจริง');
    c = await reported(finance, c, 'UNSUBSTANTIATED', 'ไม่พบความผิดในส่วนของกองคลัง');
    c = await flow.notice(c, 'RESULT');
    const summary = await fetch(`${server.url}/documents/complaints/${c.id}/summary.html`, { headers: { cookie: center.cookie! } });
    expect(summary.status).toBe(200);
    expect(documentText(await summary.text())).toContain(
      '<p class="indent">กองคลัง: ไม่พบความผิดในส่วนของกองคลัง</p><p class="indent">กองช่าง: พบการเรียกรับเงินจริง</p>',
    );
    const [notice] = (await center.ok(`query ($id: ID!) { complaint(id: $id) { notices { id } } }`, { id: c.id })).complaint.notices;
    const letter = await fetch(`${server.url}/documents/notices/${notice.id}.html`, { headers: { cookie: center.cookie! } });
    expect(letter.status).toBe(200);
    expect(documentText(await letter.text())).not.toContain('ไม่พบความผิดในส่วนของกองคลัง');
  });

  it.each([
    [['REFERRED', 'UNSUBSTANTIATED'], 'REFERRED'],
    [['UNSUBSTANTIATED', 'REFERRED'], 'REFERRED'],
    [['UNSUBSTANTIATED', 'UNSUBSTANTIATED'], 'UNSUBSTANTIATED'],
    [['REFERRED', 'SUBSTANTIATED'], 'SUBSTANTIATED'],
  ])('reports %j give the outcome %s', async ([first, second], outcome) => {
    let c = await assignedTo(['ENGINEERING', 'FINANCE']);
    c = await reported(engineer, c, first);
    c = await reported(finance, c, second);
    expect(await read(c.id)).toMatchObject({ stage: 'RESOLVED', outcome });
  });

  it("tells each caller whether their resolution is their division's report (reportingDivision)", async () => {
    const reporting = async (agent: Agent, c: ComplaintState) =>
      (await agent.ok(`query ($id: ID!) { complaint(id: $id) { reportingDivision { code } } }`, { id: c.id })).complaint.reportingDivision;
    let c = await assignedTo(['ENGINEERING', 'FINANCE']);
    expect(await reporting(engineer, c)).toEqual({ code: 'ENGINEERING' });
    expect(await reporting(finance, c)).toEqual({ code: 'FINANCE' });
    expect(await reporting(center, c), 'the Center resolves').toBeNull();
    c = await reported(engineer, c, 'REFERRED');
    expect(await reporting(engineer, c), 'it has reported').toBeNull();
    expect(await reporting(engineer, await assignedTo(['ENGINEERING'])), 'one division: its report resolves').toBeNull();
  });

  it('lets a division report once: RESOLVE leaves its availableMoves and a second report is INVALID_TRANSITION', async () => {
    let c = await assignedTo(['ENGINEERING', 'FINANCE']);
    c = await reported(engineer, c, 'UNSUBSTANTIATED');
    const mine = (await engineer.ok(operation('AvailableMoves'), { id: c.id })).complaint.availableMoves;
    expect(mine).toEqual([]);
    const again = await report(engineer, c, 'SUBSTANTIATED', 'อีกครั้ง');
    expect(errorCode(again)).toBe('INVALID_TRANSITION');
    expect(again.errors![0].message).toContain('กองของท่านรายงานผลการตรวจสอบเรื่องนี้แล้ว');
    expect((await read(c.id)).version, 'changes nothing').toBe(c.version);
  });

  it("resolves at once by the Center's resolution, whatever is missing, and the history names who had not reported", async () => {
    let c = await assignedTo(['ENGINEERING', 'FINANCE']);
    c = await reported(engineer, c, 'REFERRED');
    c = await reported(center, c, 'UNSUBSTANTIATED', 'ศูนย์ฯ สรุปผล');
    const full = await read(c.id);
    expect(full).toMatchObject({ stage: 'RESOLVED', outcome: 'UNSUBSTANTIATED', findings: 'ศูนย์ฯ สรุปผล' });
    expect(full.events.at(-1)).toEqual({
      kind: 'RESOLVED',
      data: { outcome: 'UNSUBSTANTIATED', findings: 'ศูนย์ฯ สรุปผล', unreportedUnits: ['FINANCE'] },
    });
    expect(await unitReport(c)).toMatch(/^MET/);
  });

  it('meets UNIT_REPORT by the committee appointment too, and a committee result is resolved at once', async () => {
    let c = await assignedTo(['ENGINEERING', 'FINANCE']);
    c = await reported(engineer, c, 'REFERRED');
    c = await flow.appoint(c);
    expect(await unitReport(c)).toMatch(/^MET/);
    c = await reported(finance, c, 'SUBSTANTIATED', 'คณะกรรมการพบความผิด');
    expect(await read(c.id)).toMatchObject({ stage: 'RESOLVED', outcome: 'SUBSTANTIATED', findings: 'คณะกรรมการพบความผิด' });
  });

  it('with one division, nothing changes: its report resolves the complaint with its findings as written', async () => {
    let c = await assignedTo(['ENGINEERING']);
    c = await reported(engineer, c, 'REFERRED', 'ส่งเรื่องให้ สตง.');
    const full = await read(c.id);
    expect(full).toMatchObject({ stage: 'RESOLVED', outcome: 'REFERRED', findings: 'ส่งเรื่องให้ สตง.', unitReports: [] });
    expect(full.events.at(-1)).toEqual({ kind: 'RESOLVED', data: { outcome: 'REFERRED', findings: 'ส่งเรื่องให้ สตง.' } });
  });

  it('of two divisions reporting at once on the same version, one wins and the other gets CONFLICT', async () => {
    const c = await assignedTo(['ENGINEERING', 'FINANCE']);
    const results = await Promise.all([report(engineer, c, 'SUBSTANTIATED', 'ก'), report(finance, c, 'UNSUBSTANTIATED', 'ข')]);
    expect(results.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);
    const full = await read(c.id);
    expect(full).toMatchObject({ stage: 'FACT_FINDING', version: c.version + 1 });
    expect(full.unitReports).toHaveLength(1);
  });
});

describe('R6: the reason ANONYMOUS_WITHOUT_EVIDENCE', () => {
  const notAccept = (c: ComplaintState) =>
    flow.commander.request(operation('OrderComplaint'), {
      input: { complaintId: c.id, expectedVersion: c.version, decision: 'NOT_ACCEPT', reason: 'ANONYMOUS_WITHOUT_EVIDENCE' },
    });

  it('is BAD_USER_INPUT on a complaint that names its complainant, and changes nothing', async () => {
    const c = await flow.submit(await flow.register(await flow.record()));
    const response = await notAccept(c);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.field).toBe('reason');
    expect(await read(c.id)).toMatchObject({ stage: 'AWAITING_ORDER', version: c.version });
  });

  it('is accepted on an anonymous complaint', async () => {
    const c = await flow.submit(await flow.register(await flow.record({ complainant: null })));
    const response = await notAccept(c);
    expect(response.errors).toBeUndefined();
    expect(response.data.orderComplaint.complaint.stage).toBe('NOT_ACCEPTED');
  });
});
