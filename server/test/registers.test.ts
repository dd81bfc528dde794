import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { parse } from 'jsonc-parser';
import pg from 'pg';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpOrganisation } from '../src/modules/organisation/setup.service.js';
import { thaiDigits } from '../src/modules/documents/thai-format.js';
import { operation } from './contract.js';
import { complaintInput, newBodyAgents, Workflow, type ComplaintState } from './factories.js';
import { Agent, signedIn } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';
import { matchesAt, pdfLines } from './pdf-lines.js';

/**
 * Issue 14, item 5 (contract, "Paperwork and publication"): the registers of a fiscal year as
 * landscape A4 PDF and as XLSX: the SAO's ทะเบียนหนังสือรับ (แบบที่ ๑๓), ทะเบียนหนังสือส่ง (แบบที่
 * ๑๔), and the Center's complaint register book (R7).
 */
const examplePath = new URL('../../seeds/examples/organisation.example.jsonc', import.meta.url).pathname;

/** R10: the fiscal year (B.E.) of an instant, on Bangkok's calendar (UTC+7, no daylight saving), computed apart from the code. */
const fiscalYearOf = (instant: Date) => {
  const bangkok = new Date(instant.getTime() + 7 * 3_600_000);
  return bangkok.getUTCFullYear() + 543 + (bangkok.getUTCMonth() >= 9 ? 1 : 0);
};
/** The fiscal year the letters sent in this test go out in (now). */
const thisYear = fiscalYearOf(new Date());

let server: TestServer;
let db: pg.Client;
const agents: Record<string, Agent> = {};
let nongKhae: Agent;
let flow: Workflow;
const made: Record<string, ComplaintState> = {};

const download = (agent: Agent | null, path: string) =>
  fetch(`${server.url}${path}`, { headers: agent?.cookie ? { cookie: agent.cookie } : {} });

/** A workbook's first sheet as rows of text (header first). */
async function sheetRows(response: Response): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook.worksheets[0]!.getSheetValues()
    .slice(1)
    .map((row) => (row as unknown[]).slice(1).map((value) => (value === undefined || value === null ? '' : String(value))));
}

async function xlsx(agent: Agent, path: string): Promise<string[][]> {
  const response = await download(agent, path);
  expect(response.status, path).toBe(200);
  return sheetRows(response);
}

/** Whether the PDF's text holds `expected` (a stacked mark read as U+0000 stands for itself: pdf-lines.ts). */
const holds = (text: string, expected: string) => [...text].some((_, at) => matchesAt(text, at, expected));

beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  for (const username of ['center', 'commander', 'nayok', 'engineer', 'admin']) agents[username] = await signedIn(server.url, username);
  flow = new Workflow(agents.center, agents.commander);
  const officials = (await agents.center.ok(operation('Officials'))).officials as { id: string; user: { username: string } | null }[];
  const nayokOfficial = officials.find((official) => official.user?.username === 'nayok')!.id;

  // The fiscal-year boundary, in Thai time: 30 September 23:30 is FY 2568; 1 October 00:10 is FY
  // 2569, though both are 30 September in UTC.
  made.lastOf2568 = await flow.record({ receivedAt: '2025-09-30T23:30:00+07:00', incidentAt: null, subject: 'เรื่องสุดท้ายของปี 2568' });
  made.firstOf2569 = await flow.at('REGISTERED', {
    receivedAt: '2025-10-01T00:10:00+07:00',
    incidentAt: null,
    subject: 'เรื่องแรกของปี 2569',
  });
  made.anonymous = await flow.at('NOT_ACCEPTED', {
    receivedAt: '2025-11-03T09:00:00+07:00',
    incidentAt: null,
    channel: 'POST',
    complainant: null,
    subject: 'บัตรสนเท่ห์ ไม่รับพิจารณา',
  });
  made.closed = await flow.at('CLOSED', { receivedAt: '2026-01-05T09:00:00+07:00', incidentAt: null, subject: 'เรื่องที่ยุติแล้ว' });
  made.accusingNayok = await flow.record({
    receivedAt: '2026-02-02T09:00:00+07:00',
    incidentAt: null,
    subject: 'กล่าวหานายก',
    accused: [{ officialId: nayokOfficial }],
  });
  made.fromDamrongdhama = await flow.record({
    receivedAt: '2026-03-02T09:00:00+07:00',
    incidentAt: null,
    channel: 'FORWARDED_LETTER',
    originAgency: 'DAMRONGDHAMA',
    originReference: 'สบ 0017.3/452',
    subject: 'ส่งต่อจากศูนย์ดำรงธรรม',
  });
  made.inFactFinding = await flow.at('FACT_FINDING', { receivedAt: '2026-04-01T09:00:00+07:00', incidentAt: null, subject: 'กำลังตรวจสอบ' });

  // A second body on the deployment (issue 13), set up as `npm run setup` does, with a clerk.
  const file = parse(await readFile(examplePath, 'utf8'));
  file.admin.password = 'ใส่รหัสผ่านที่ยาวพอ-2569';
  await setUpOrganisation(server.app.database.orm.em.fork(), file);
  ({ clerk: nongKhae } = await newBodyAgents(server.url, { username: file.admin.username, password: file.admin.password }, 'NONG_KHAE_TM'));
  made.nongKhaeOwn = (
    await nongKhae.ok(operation('RecordComplaint'), { input: complaintInput({ subject: 'เรื่องของหนองแคเอง', channel: 'POST' }) })
  ).recordComplaint.complaint;

  // Letters sent now: an e-mailed acknowledgement, two referrals (one to the body here, numbered
  // from the outgoing register; one outside, numbered by the clerk).
  made.acknowledged = await flow.notice(await flow.record({ subject: 'แจ้งรับเรื่องทางอีเมล' }), 'ACKNOWLEDGEMENT', 'EMAIL');
  const refer = async (subject: string, extra: Record<string, unknown>) => {
    const c = await flow.reject(await flow.submit(await flow.register(await flow.record({ subject }))), 'OTHER_AGENCY');
    return (
      await agents.center.ok(operation('ReferComplaint'), {
        input: { complaintId: c.id, expectedVersion: c.version, shareIdentity: false, ...extra },
      })
    ).referComplaint.complaint as ComplaintState;
  };
  made.referredHere = await refer('ส่งต่อหนองแค', { toOrganisationCode: 'NONG_KHAE_TM' });
  made.referredAway = await refer('ส่งต่อตำรวจ', { toOrganisationCode: 'สถานีตำรวจภูธรหนองแค', letterNumber: 'สบ 0001/77' });
}, 180_000);

afterAll(async () => {
  await db?.end();
  await server?.stop();
});

describe('the registers: routes, formats, refusals (issue 14, item 5)', () => {
  it('answers each register of a fiscal year as landscape PDF and as XLSX', async () => {
    for (const register of ['received', 'sent', 'complaints']) {
      const pdf = await download(agents.center, `/registers/${register}/2569.pdf`);
      expect(pdf.status, register).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const document = await getDocument({ data: new Uint8Array(await pdf.arrayBuffer()), useSystemFonts: false, isEvalSupported: false })
        .promise;
      const { width, height } = (await document.getPage(1)).getViewport({ scale: 1 });
      expect(width, `${register}: landscape A4`).toBeGreaterThan(height);
      expect(Math.round(width)).toBe(842);
      const sheet = await download(agents.center, `/registers/${register}/2569.xlsx`);
      expect(sheet.status).toBe(200);
      expect(sheet.headers.get('content-type')).toContain('spreadsheetml');
      expect(sheet.headers.get('content-disposition')).toContain('-2569.xlsx');
    }
  }, 60_000);

  it('refuses: no session 401, roles not listed 403 with the error JSON, a fiscal year not B.E. 400 in Thai, an unknown format 404', async () => {
    expect((await download(null, '/registers/received/2569.pdf')).status).toBe(401);
    for (const agent of [agents.admin, agents.engineer]) {
      const refused = await download(agent, '/registers/sent/2569.xlsx');
      expect(refused.status).toBe(403);
      const body = (await refused.json()) as { errors: { extensions: { code: string; messageTh: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('FORBIDDEN');
      expect(body.errors[0]!.extensions.messageTh).toMatch(/[ก-๙]/);
    }
    for (const year of ['2026', 'abcd', '25690', '3000']) {
      const refused = await download(agents.center, `/registers/received/${year}.xlsx`);
      expect(refused.status, year).toBe(400);
      const body = (await refused.json()) as { errors: { extensions: { code: string; messageTh: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0]!.extensions.messageTh).toContain('ปีงบประมาณต้องเป็นปีพุทธศักราช');
    }
    expect((await download(agents.center, '/registers/received/2569.csv')).status).toBe(404);
    expect((await download(agents.center, '/registers/received/2569')).status).toBe(404);
    expect((await download(agents.center, '/registers/letters/2569.pdf')).status).toBe(404);
  });

  it('holds each register to at most 3 SQL statements, the session lookup and the identity reads included', async () => {
    // The Center's files name complainants (one more statement: the identity reads); the commander's do not.
    for (const path of ['/registers/received/2569.xlsx', `/registers/sent/${thisYear}.xlsx`, '/registers/complaints/2569.pdf']) {
      for (const agent of [agents.center, agents.commander]) {
        const response = await download(agent, path);
        expect(response.status).toBe(200);
        expect(Number(response.headers.get('x-sql-statements')), path).toBeLessThanOrEqual(3);
      }
    }
  });
});

describe('ทะเบียนหนังสือรับ (แบบที่ ๑๓): one row per complaint received in the fiscal year', () => {
  it('lists the fiscal year in receipt-number order, the boundary in Thai time, every value in Thai', async () => {
    const rows = await xlsx(agents.center, '/registers/received/2569.xlsx');
    expect(rows[0]).toEqual(['ทะเบียนรับ', 'ที่', 'ลงวันที่', 'จาก', 'ถึง', 'เรื่อง', 'การปฏิบัติ', 'หมายเหตุ']);
    const receipts = rows.slice(1).map((row) => row[0]);
    expect(receipts).toEqual(
      [made.firstOf2569, made.anonymous, made.closed, made.accusingNayok, made.fromDamrongdhama, made.inFactFinding].map(
        (c) => c!.receiptNumber,
      ),
    );
    expect(receipts).not.toContain(made.lastOf2568!.receiptNumber);
    const earlier = await xlsx(agents.center, '/registers/received/2568.xlsx');
    expect(earlier.slice(1).map((row) => row[0])).toEqual([made.lastOf2568!.receiptNumber]);
    expect(earlier[1]![2]).toBe('30 ก.ย. 2568');
    const byReceipt = new Map(rows.slice(1).map((row) => [row[0], row]));
    const first = byReceipt.get(made.firstOf2569!.receiptNumber)!;
    expect(first).toEqual([
      made.firstOf2569!.receiptNumber,
      '-',
      '1 ต.ค. 2568',
      'นายสมปอง ใจกล้า',
      'ศูนย์ปฏิบัติการต่อต้านการทุจริต',
      'เรื่องแรกของปี 2569',
      'ลงทะเบียนรับ อบต.',
      'ร้องเรียนด้วยตนเอง ณ ศูนย์ฯ · ทะเบียนรับ อบต. สบ 0001/123',
    ]);
    const anonymous = byReceipt.get(made.anonymous!.receiptNumber)!;
    expect(anonymous[3]).toBe('ไม่ประสงค์ออกนาม');
    expect(anonymous[6]).toBe('ไม่รับพิจารณา เหตุผล: เป็นข้อพิพาทระหว่างเอกชน');
    expect(byReceipt.get(made.closed!.receiptNumber)![6]).toBe('ยุติเรื่อง ผล: มีมูล');
    const forwarded = byReceipt.get(made.fromDamrongdhama!.receiptNumber)!;
    expect(forwarded.slice(1, 4)).toEqual(['สบ 0017.3/452', '2 มี.ค. 2569', 'ศูนย์ดำรงธรรม']);
    expect(byReceipt.get(made.inFactFinding!.receiptNumber)![6]).toBe('ตรวจสอบข้อเท็จจริง');
    // No enum name anywhere.
    for (const value of rows.flat()) expect(value).not.toMatch(/\b[A-Z]{2,}(_[A-Z]+)*\b/);
  });

  it("names the complainant to the Center only, and records each name shown as an identity read; COMMANDER and EXECUTIVE see '(ปกปิด)'", async () => {
    await xlsx(agents.center, '/registers/received/2569.xlsx');
    const { rows: reads } = await db.query(
      `select target, actor, data->>'via' as via from audit_entry where action = 'IDENTITY_READ' and data->>'via' = 'GET /registers/received/2569.xlsx'`,
    );
    const targets = new Set(reads.map((row) => row.target));
    for (const named of [made.firstOf2569, made.closed, made.accusingNayok, made.inFactFinding]) expect(targets).toContain(named!.id);
    // Neither the anonymous letter nor the one whose จาก is the sending agency shows anyone.
    expect(targets).not.toContain(made.anonymous!.id);
    expect(targets).not.toContain(made.fromDamrongdhama!.id);
    expect(new Set(reads.map((row) => row.actor))).toEqual(new Set(['center']));

    for (const reader of ['commander', 'nayok']) {
      const rows = await xlsx(agents[reader]!, '/registers/received/2569.xlsx');
      expect(rows.flat(), reader).not.toContain('นายสมปอง ใจกล้า');
      const first = rows.find((row) => row[0] === made.firstOf2569!.receiptNumber)!;
      expect(first[3]).toBe('(ปกปิด)');
    }
    const { rows: theirs } = await db.query(`select 1 from audit_entry where action = 'IDENTITY_READ' and actor in ('commander', 'nayok')`);
    expect(theirs).toEqual([]);
  });

  it('never lists a complaint to the official it accuses (overriding rule 1)', async () => {
    const nayok = (await xlsx(agents.nayok, '/registers/received/2569.xlsx')).map((row) => row[0]);
    expect(nayok).not.toContain(made.accusingNayok!.receiptNumber);
    expect(nayok).toContain(made.closed!.receiptNumber);
    const commander = (await xlsx(agents.commander, '/registers/received/2569.xlsx')).map((row) => row[0]);
    expect(commander).toContain(made.accusingNayok!.receiptNumber);
  });

  it('prints a landscape PDF titled with the register, the body and the fiscal year, its header row and Thai-digit receipt numbers', async () => {
    const response = await download(agents.center, '/registers/received/2569.pdf');
    const lines = await pdfLines(await response.arrayBuffer());
    const text = lines.map((line) => line.text).join('\n');
    expect(holds(text, 'ทะเบียนหนังสือรับ')).toBe(true);
    expect(holds(text, 'องค์การบริหารส่วนตำบลโคกแย้')).toBe(true);
    expect(holds(text, 'ปีงบประมาณ พ.ศ. ๒๕๖๙')).toBe(true);
    for (const header of ['ทะเบียนรับ', 'ลงวันที่', 'จาก', 'ถึง', 'เรื่อง', 'การปฏิบัติ', 'หมายเหตุ']) expect(holds(text, header), header).toBe(true);
    expect(holds(text, thaiDigits(made.closed!.receiptNumber))).toBe(true);
    expect(holds(text, 'หน้า ๑ / ๑')).toBe(true);
    expect(text).not.toContain('FACT_FINDING');
  });
});

describe('ทะเบียนหนังสือส่ง (แบบที่ ๑๔): one row per numbered notice and per referral letter', () => {
  it('lists the letters in the order of the outgoing register, with subject, addressee, method and receipt number in Thai', async () => {
    const rows = await xlsx(agents.center, `/registers/sent/${thisYear}.xlsx`);
    expect(rows[0]).toEqual(['ทะเบียนส่ง', 'ที่', 'ลงวันที่', 'จาก', 'ถึง', 'เรื่อง', 'การปฏิบัติ', 'หมายเหตุ']);
    const letters = rows.slice(1);
    // The register's numbers in order, then the clerk's own number.
    const numbered = letters.slice(0, -1).map((row) => row[0]!);
    expect(numbered.length).toBeGreaterThanOrEqual(3);
    expect(numbered.every((number) => /^\d+\/25\d\d$/.test(number))).toBe(true);
    const seqs = numbered.map((number) => Number(number.split('/')[0]));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(letters.at(-1)![0]).toBe('สบ 0001/77');
    for (const row of letters) expect(row[1]).toBe(row[0]);

    const about = (receipt: string) => letters.filter((row) => row[7] === `เลขรับ ${receipt}`);
    const [result] = about(made.closed!.receiptNumber);
    expect(result!.slice(3, 7)).toEqual(['ศูนย์ปฏิบัติการต่อต้านการทุจริต', 'นายสมปอง ใจกล้า', 'แจ้งผลการพิจารณาเรื่องร้องเรียน', 'ส่งทางไปรษณีย์']);
    const [acknowledgement] = about(made.acknowledged!.receiptNumber);
    expect(acknowledgement!.slice(5, 7)).toEqual(['แจ้งการรับเรื่องร้องเรียน', 'ส่งทางอีเมล']);
    const [here] = about(made.referredHere!.receiptNumber);
    expect(here![4]).toBe('เทศบาลตำบลหนองแค');
    expect(here![5]).toBe('ส่งเรื่องร้องเรียนเพื่อพิจารณาดำเนินการ');
    expect(here![6]).toMatch(/^ส่งต่อผ่านระบบ รับไว้ตามเลขรับ \d+\/25\d\d$/);
    const [away] = about(made.referredAway!.receiptNumber);
    expect(away![4]).toBe('สถานีตำรวจภูธรหนองแค');
    for (const value of rows.flat()) expect(value).not.toMatch(/\b(LETTER|EMAIL|RESULT|ACKNOWLEDGEMENT|NOTICE|REFERRAL)\b/);
    // Last fiscal year sent nothing.
    expect(await xlsx(agents.center, `/registers/sent/${thisYear - 1}.xlsx`)).toHaveLength(1);
  });

  it("addresses the notices to 'ผู้ร้องเรียน' for the Nayok, and the Center's read of each addressee is on the audit trail", async () => {
    const rows = await xlsx(agents.nayok, `/registers/sent/${thisYear}.xlsx`);
    expect(rows.flat()).not.toContain('นายสมปอง ใจกล้า');
    expect(rows.find((row) => row[7] === `เลขรับ ${made.closed!.receiptNumber}`)![4]).toBe('ผู้ร้องเรียน');
    const { rows: reads } = await db.query(`select target from audit_entry where action = 'IDENTITY_READ' and data->>'via' = $1`, [
      `GET /registers/sent/${thisYear}.xlsx`,
    ]);
    expect(reads.map((row) => row.target)).toContain(made.closed!.id);
  });

  it('prints the PDF with its title and header row', async () => {
    const lines = await pdfLines(await (await download(agents.commander, `/registers/sent/${thisYear}.pdf`)).arrayBuffer());
    const text = lines.map((line) => line.text).join('\n');
    expect(holds(text, 'ทะเบียนหนังสือส่ง')).toBe(true);
    expect(holds(text, `ปีงบประมาณ พ.ศ. ${thaiDigits(thisYear)}`)).toBe(true);
    expect(holds(text, 'ทะเบียนส่ง')).toBe(true);
    expect(holds(text, thaiDigits(`เลขรับ ${made.closed!.receiptNumber}`))).toBe(true);
  });
});

describe("the Center's complaint register book (R7): the register export's one table, in Thai", () => {
  it('writes stages, channels, outcomes and reasons in Thai, with the register numbers filled in', async () => {
    const rows = await xlsx(agents.center, '/registers/complaints/2569.xlsx');
    const header = rows[0]!;
    expect(header.slice(0, 2)).toEqual(['เลขรับ', 'วันที่รับ']);
    const column = (name: string) => header.indexOf(name);
    const byReceipt = new Map(rows.slice(1).map((row) => [row[0], row]));
    expect([...byReceipt.keys()]).not.toContain(made.lastOf2568!.receiptNumber);
    const closed = byReceipt.get(made.closed!.receiptNumber)!;
    expect(closed[column('ขั้นตอน')]).toBe('ยุติเรื่อง');
    expect(closed[column('ผลการพิจารณา')]).toBe('มีมูล');
    expect(closed[column('เลขทะเบียนรับ')]).toBe('สบ 0001/123');
    expect(closed[column('เลขทะเบียนศูนย์ฯ')]).toBe('ศปท 1/2569');
    expect(closed[column('ช่องทาง')]).toBe('ร้องเรียนด้วยตนเอง ณ ศูนย์ฯ');
    const rejected = byReceipt.get(made.anonymous!.receiptNumber)!;
    expect(rejected[column('เหตุผลที่ไม่รับพิจารณา')]).toBe('เป็นข้อพิพาทระหว่างเอกชน');
    expect(byReceipt.get(made.inFactFinding!.receiptNumber)![column('ขั้นตอน')]).toBe('ตรวจสอบข้อเท็จจริง');
    for (const value of rows.flat()) expect(value).not.toMatch(/\b(FACT_FINDING|CLOSED|SUBSTANTIATED|PRIVATE_DISPUTE|IN_PERSON|POST)\b/);
    expect(header).toContain('ผู้ร้องเรียน');
    const commander = await xlsx(agents.commander, '/registers/complaints/2569.xlsx');
    expect(commander[0]).not.toContain('ผู้ร้องเรียน');
    expect(commander.flat()).not.toContain('นายสมปอง ใจกล้า');
  });

  it('prints the book on landscape A4 with its title and columns', async () => {
    const lines = await pdfLines(await (await download(agents.center, '/registers/complaints/2569.pdf')).arrayBuffer());
    const text = lines.map((line) => line.text).join('\n');
    expect(holds(text, 'ทะเบียนเรื่องร้องเรียน')).toBe(true);
    for (const header of ['เลขรับ', 'ช่องทาง', 'ผู้ถูกกล่าวหา', 'ผู้ร้องเรียน']) expect(holds(text, header), header).toBe(true);
    expect(holds(text, thaiDigits(made.inFactFinding!.receiptNumber))).toBe(true);
  });
});

describe('many bodies (issue 13): each register lists its own body only', () => {
  it("gives the second body its own letters, the referral from the first among them, and none of the first body's rows", async () => {
    const rows = await xlsx(nongKhae, `/registers/received/${thisYear}.xlsx`);
    const subjects = rows.slice(1).map((row) => row[5]);
    expect(subjects).toContain('เรื่องของหนองแคเอง');
    expect(subjects).toContain('ส่งต่อหนองแค');
    expect(subjects).not.toContain('แจ้งรับเรื่องทางอีเมล');
    // The referral came as a letter from the first body, under its receipt number there.
    const referral = rows.find((row) => row[5] === 'ส่งต่อหนองแค')!;
    expect(referral[3]).toBe('องค์การบริหารส่วนตำบลโคกแย้');
    expect(referral[1]).toBe(`เลขรับ ${made.referredHere!.receiptNumber}`);
    expect(await xlsx(nongKhae, '/registers/received/2569.xlsx')).toHaveLength(1);
    expect(await xlsx(nongKhae, `/registers/sent/${thisYear}.xlsx`)).toHaveLength(1);
    const ours = (await xlsx(agents.center, `/registers/complaints/${thisYear}.xlsx`)).map((row) => row[3]);
    expect(ours).not.toContain('เรื่องของหนองแคเอง');
  });
});
