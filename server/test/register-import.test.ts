import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../src/modules/reports/register-export.js';
import { registerColumns, templateTable } from '../src/modules/imports/register-columns.js';
import { operation } from './contract.js';
import { complaintInput, Workflow } from './factories.js';
import { signedIn, type Agent } from './graphql-client.js';
import { createTestDatabase, startTestServer, type TestServer } from './harness.js';

/**
 * Issue 11, item 6: a past register comes in through POST /imports/register (ADMIN): a dry run
 * names every problem by row and column and changes nothing; a real run is one transaction,
 * idempotent, keeps the receipt numbers, and what it brings counts in the statistics of its year.
 */
let server: TestServer;
let database: pg.Client;
const agents: Record<string, Agent> = {};

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['admin', 'center', 'commander', 'engineer', 'nayok']) agents[username] = await signedIn(server.url, username);
  database = new pg.Client({ connectionString: server.databaseUrl });
  await database.connect();
});
afterAll(async () => {
  await database?.end();
  await server?.stop();
});

const header = registerColumns.filter((column) => !column.ignored).map((column) => column.th);

/** A register as a clerk would fill the template: the headers, then the rows given (by header). */
function register(rows: Record<string, string>[]): string {
  return toCsv([header, ...rows.map((row) => header.map((column) => row[column] ?? ''))]);
}

/** A closed complaint of fiscal year 2567 (received in B.E. 2567, i.e. 2024), numbered `seq`. */
const closedRow = (seq: number, overrides: Record<string, string> = {}) => ({
  เลขรับ: `${seq}/2567`,
  วันที่รับ: `${(seq % 28) + 1} มี.ค. 2567`,
  ช่องทาง: 'ทางไปรษณีย์',
  เรื่อง: `ร้องเรียนการจัดซื้อครุภัณฑ์ เรื่องที่ ${seq}`,
  รายละเอียด: 'ราคาสูงกว่าท้องตลาด',
  ผู้ร้องเรียน: 'นายทดสอบ นำเข้า',
  โทรศัพท์: '089-000-0000',
  ผู้ถูกกล่าวหา: 'นายสมหมาย ไม่ทราบนามสกุล',
  ตำแหน่งผู้ถูกกล่าวหา: 'พนักงานจ้างเหมาบริการ',
  ขั้นตอน: 'ยุติเรื่อง',
  ผลการพิจารณา: 'ไม่มีมูล',
  วันที่ยุติเรื่อง: `${(seq % 28) + 1}/04/2567`,
  ...overrides,
});

async function importFile(
  agent: Agent | null,
  body: string | Buffer,
  { dryRun, fileName = 'register.csv' }: { dryRun: boolean; fileName?: string },
) {
  const response = await fetch(`${server.url}/imports/register?dryRun=${dryRun}&fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(agent?.cookie ? { cookie: agent.cookie } : {}) },
    body: typeof body === 'string' ? Buffer.from(body) : body,
  });
  const answer: any = await response.json();
  return { status: response.status, body: answer, statements: Number(response.headers.get('x-sql-statements')) };
}

const countOf = async (table: string) => Number((await database.query(`select count(*) from ${table}`)).rows[0].count);
const counts = async () => ({
  complaints: await countOf('complaint'),
  events: await countOf('complaint_event'),
  accused: await countOf('accused'),
  batches: await countOf('import_batch'),
});
const statistics = async (fiscalYear: number) =>
  (await agents.admin.ok(operation('ComplaintStatistics'), { fiscalYear, quarter: null })).complaintStatistics;

/** The whole-year line of the ITA publication (GET /reports/ita/<fiscalYear>.csv). */
async function itaWholeYear(fiscalYear: number) {
  const csv = await (await fetch(`${server.url}/reports/ita/${fiscalYear}.csv`, { headers: { cookie: agents.admin.cookie! } })).text();
  const line = csv.split('\r\n').find((text) => text.includes('ทั้งปีงบประมาณ'))!;
  const [, , received, completed, inProgress] = line.split(',').map((cell) => Number(cell.replaceAll('"', '')));
  return { received: received!, completed: completed!, inProgress: inProgress! };
}

describe('issue 11, item 6: dry run', () => {
  it('names every problem by row and column, in Thai, and changes nothing', async () => {
    const before = await counts();
    const file = register([
      closedRow(1),
      closedRow(2, { วันที่รับ: '31 เม.ย. 2569' }),
      closedRow(3, { ช่องทาง: 'นกพิราบสื่อสาร' }),
      closedRow(4, { ผลการพิจารณา: 'ไม่แน่ใจ' }),
      closedRow(5, { เรื่อง: '' }),
      closedRow(1, { เรื่อง: 'อีกเรื่องหนึ่ง' }),
    ]);
    const { status, body } = await importFile(agents.admin, file, { dryRun: true });
    expect(status).toBe(200);
    expect(body.dryRun).toBe(true);
    expect(body.rows).toBe(6);
    expect(body.imported).toBe(1);
    const where = body.problems.map((problem: { row: number; column: string }) => [problem.row, problem.column]);
    expect(where).toEqual([
      [3, 'วันที่รับ'],
      [4, 'ช่องทาง'],
      [5, 'ผลการพิจารณา'],
      [6, 'เรื่อง'],
      [7, 'เลขรับ'],
    ]);
    const messages = body.problems.map((problem: { messageTh: string }) => problem.messageTh);
    expect(messages[0]).toContain('31 เม.ย. 2569');
    expect(messages[1]).toContain('นกพิราบสื่อสาร');
    expect(messages[2]).toContain('ไม่แน่ใจ');
    expect(messages[3]).toContain('ไม่มีชื่อเรื่อง');
    expect(messages[4]).toContain('ซ้ำกับแถวที่ 2');
    for (const problem of body.problems) expect(problem.messageEn).toBeTruthy();
    expect(await counts()).toEqual(before);
  });

  it('names a missing required column and an unknown one on row 1', async () => {
    const file = toCsv([
      ['เลขรับ', 'วันที่รับ', 'เรื่อง', 'ผู้ถูกกล่าวหา', 'หมายเหตุอื่น'],
      ['1/2567', '1/3/67', 'ก', 'ข', ''],
    ]);
    const { body } = await importFile(agents.admin, file, { dryRun: true });
    expect(body.problems).toEqual([
      expect.objectContaining({ row: 1, column: 'หมายเหตุอื่น' }),
      expect.objectContaining({ row: 1, column: 'ช่องทาง' }),
    ]);
  });

  it('is for ADMIN only, and refuses a form post (which another site could forge)', async () => {
    expect((await importFile(agents.center, register([closedRow(1)]), { dryRun: true })).status).toBe(403);
    expect((await importFile(null, register([closedRow(1)]), { dryRun: true })).status).toBe(401);
    const forged = await fetch(`${server.url}/imports/register?dryRun=false`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: agents.admin.cookie! },
      body: register([closedRow(1)]),
    });
    expect(forged.status).toBe(400);
    // Nor a body without any type (a typeless Blob sent cross-site asks no preflight).
    const untyped = await fetch(`${server.url}/imports/register?dryRun=false`, {
      method: 'POST',
      headers: { cookie: agents.admin.cookie! },
      body: new Blob([register([closedRow(1)])]),
    });
    expect(untyped.status).toBe(400);
  });
});

describe('issue 11, item 6: the template', () => {
  it('is checked in as generated (npm run import:template -w server), and both its forms pass a dry run', async () => {
    const checkedIn = readFileSync(new URL('../../seeds/examples/register-template.csv', import.meta.url), 'utf8');
    expect(checkedIn).toBe(toCsv(templateTable()));
    for (const format of ['csv', 'xlsx']) {
      const response = await fetch(`${server.url}/imports/register-template.${format}`, { headers: { cookie: agents.admin.cookie! } });
      expect(response.status).toBe(200);
      const { body } = await importFile(agents.admin, Buffer.from(await response.arrayBuffer()), { dryRun: true });
      expect(body).toMatchObject({ rows: 2, imported: 2, problems: [] });
    }
  });
});

describe('issue 11, item 6: the files clerks have', () => {
  it('reads an Excel sheet whose dates are real date cells, and a CSV in the Thai Windows code page', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('ทะเบียน');
    sheet.addRow(header);
    const cells = closedRow(3000);
    sheet.addRow(
      header.map((column) => (column === 'วันที่รับ' ? new Date(Date.UTC(2024, 2, 5, 9, 30)) : (cells[column as keyof typeof cells] ?? ''))),
    );
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const fromExcel = await importFile(agents.admin, xlsx, { dryRun: true, fileName: 'ทะเบียน.xlsx' });
    expect(fromExcel.body).toMatchObject({ rows: 1, imported: 1, problems: [] });

    // TIS-620 / Windows-874: Thai letters U+0E01–U+0E5B are the bytes 0xA1–0xFB.
    const text = register([closedRow(3001)]).replace(/^\uFEFF/, '');
    const tis620 = Buffer.from(
      Array.from(text, (character) => {
        const code = character.codePointAt(0)!;
        return code >= 0x0e01 && code <= 0x0e5b ? code - 0x0e01 + 0xa1 : code;
      }),
    );
    const fromTis = await importFile(agents.admin, tis620, { dryRun: true });
    expect(fromTis.body).toMatchObject({ rows: 1, imported: 1, problems: [] });
  });

  it('refuses an empty file and one over 10 MB, naming why', async () => {
    const empty = await importFile(agents.admin, Buffer.alloc(0), { dryRun: true });
    expect(empty.status).toBe(400);
    const large = await importFile(agents.admin, Buffer.alloc(11 * 1024 * 1024, 0x41), { dryRun: true });
    expect(large.status).toBe(413);
  });
});

describe('issue 11, item 6: real run', () => {
  it('refuses a whole file with any problem (BAD_USER_INPUT naming them) and changes nothing', async () => {
    const before = await counts();
    const { status, body } = await importFile(agents.admin, register([closedRow(10), closedRow(11, { ช่องทาง: 'นกพิราบ' })]), {
      dryRun: false,
    });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.problems).toEqual([expect.objectContaining({ row: 3, column: 'ช่องทาง' })]);
    expect(body.errors[0].extensions.messageTh).toContain('ไม่มีการบันทึกใด ๆ');
    expect(await counts()).toEqual(before);
  });

  it('imports a register of fiscal year 2567 with its receipt numbers; it counts in that year; the same file again adds nothing', async () => {
    const before = await statistics(2567);
    const itaBefore = await itaWholeYear(2567);
    const file = register([
      ...Array.from({ length: 40 }, (_, i) => closedRow(100 + i)),
      closedRow(140, { ผลการพิจารณา: 'มีมูล', ช่องทาง: 'ร้องเรียนด้วยตนเอง ณ ศูนย์ฯ' }),
      closedRow(141, {
        ผู้ร้องเรียน: 'ไม่ประสงค์ออกนาม',
        โทรศัพท์: '',
        ขั้นตอน: 'ไม่รับพิจารณา',
        ผลการพิจารณา: '',
        เหตุผลที่ไม่รับพิจารณา: 'บัตรสนเท่ห์ที่ไม่ระบุพยานหลักฐานชัดเจน',
      }),
      closedRow(142, { ขั้นตอน: 'ตรวจสอบข้อเท็จจริง', ผลการพิจารณา: '', วันที่ยุติเรื่อง: '', วันที่รับ: '๒/๙/๖๗ ๑๐:๑๕' }),
    ]);
    const dry = await importFile(agents.admin, file, { dryRun: true });
    expect(dry.body).toMatchObject({ imported: 43, alreadyPresent: 0, problems: [] });

    const { status, body } = await importFile(agents.admin, file, { dryRun: false, fileName: 'ทะเบียน 2567.csv' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ dryRun: false, rows: 43, imported: 43, alreadyPresent: 0, problems: [] });
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);

    const after = await statistics(2567);
    expect(after.received - before.received).toBe(43);
    expect(after.closed - before.closed).toBe(41);
    expect(after.notAccepted - before.notAccepted).toBe(1);
    expect(after.inProgress - before.inProgress).toBe(1);
    const outcome = (stats: typeof after, name: string) => stats.byOutcome.find((row: { outcome: string }) => row.outcome === name).count;
    expect(outcome(after, 'UNSUBSTANTIATED') - outcome(before, 'UNSUBSTANTIATED')).toBe(40);
    expect(outcome(after, 'SUBSTANTIATED') - outcome(before, 'SUBSTANTIATED')).toBe(1);
    // R10: and in the ITA publication of their fiscal year.
    const itaAfter = await itaWholeYear(2567);
    expect(itaAfter.received - itaBefore.received).toBe(43);
    expect(itaAfter.inProgress - itaBefore.inProgress).toBe(1);

    // Kept as written: the receipt number, the instant (Bangkok), the stage, and the history says where it came from.
    const open = (
      await database.query(
        `select c.id, c.stage, c.received_at, c.anonymous, (select count(*) from deadline d where d.complaint_id = c.id)::int as clocks,
                (select jsonb_agg(e.kind order by e.id) from complaint_event e where e.complaint_id = c.id) as kinds,
                (select e.data from complaint_event e where e.complaint_id = c.id and e.kind = 'IMPORTED') as imported
           from complaint c where receipt_year = 2567 and receipt_seq = 142`,
      )
    ).rows[0];
    expect(open.stage).toBe('RECEIVED');
    expect(new Date(open.received_at).toISOString()).toBe('2024-09-02T03:15:00.000Z');
    // Decision (README): no clocks for imported complaints, so no flood of overdue alerts.
    expect(open.clocks).toBe(0);
    expect(open.kinds).toEqual(['RECEIVED', 'IMPORTED']);
    expect(open.imported).toMatchObject({ sha256: body.sha256, row: 44, fileName: 'ทะเบียน 2567.csv', registerStage: 'ตรวจสอบข้อเท็จจริง' });
    const notAccepted = (
      await database.query(`select stage, not_accepted_reason, anonymous from complaint where receipt_year = 2567 and receipt_seq = 141`)
    ).rows[0];
    expect(notAccepted).toEqual({ stage: 'NOT_ACCEPTED', not_accepted_reason: 'ANONYMOUS_WITHOUT_EVIDENCE', anonymous: true });
    const seen = await agents.center.ok(operation('Complaint'), { id: open.id });
    expect(seen.complaint.receiptNumber).toBe('142/2567');

    // The batch: who, which file, how many; the audit trail keeps the hash and counts, not the content.
    const batch = (
      await database.query(`select b.*, u.username from import_batch b join app_user u on u.id = b.imported_by_id where b.id = $1`, [
        body.batchId,
      ])
    ).rows[0];
    expect(batch).toMatchObject({ sha256: body.sha256, rows: 43, imported: 43, already_present: 0, username: 'admin' });
    const audit = (await database.query(`select data from audit_entry where action = 'ImportRegister' order by id desc limit 1`)).rows[0];
    expect(audit.data).toMatchObject({ sha256: body.sha256, imported: 43, dryRun: false });
    expect(JSON.stringify(audit.data)).not.toContain('ร้องเรียนการจัดซื้อ');

    const before2 = await counts();
    const again = await importFile(agents.admin, file, { dryRun: false });
    expect(again.body).toMatchObject({ imported: 0, alreadyPresent: 43, problems: [] });
    const after2 = await counts();
    expect({ ...after2, batches: before2.batches }).toEqual(before2);
    expect((await statistics(2567)).received).toBe(after.received);
  });

  it('two imports of the same file at once: its complaints once, the other told CONFLICT or already there', async () => {
    const file = register(Array.from({ length: 30 }, (_, i) => closedRow(700 + i)));
    const before = await countOf('complaint');
    const answers = await Promise.all([
      importFile(agents.admin, file, { dryRun: false }),
      importFile(agents.admin, file, { dryRun: false }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual(
      answers.some((answer) => answer.status === 409) ? [200, 409] : [200, 200],
    );
    expect(answers.reduce((sum, answer) => sum + (answer.body.imported ?? 0), 0)).toBe(30);
    expect((await countOf('complaint')) - before).toBe(30);
  });

  it('a row the register marks void (as the export writes it) comes in voided, in no division and off the board', async () => {
    const { body } = await importFile(
      agents.admin,
      register([closedRow(800, { ขั้นตอน: 'ยุติเรื่อง (ยกเลิก: บันทึกผิดพลาด)', หน่วยงานรับผิดชอบ: 'กองช่าง' })]),
      { dryRun: false },
    );
    expect(body).toMatchObject({ imported: 1, problems: [] });
    const row = (
      await database.query(
        `select c.id, c.stage, c.voided_at is not null as voided, (select count(*)::int from complaint_unit u where u.complaint_id = c.id) as units
           from complaint c where receipt_year = 2567 and receipt_seq = 800`,
      )
    ).rows[0];
    expect(row).toMatchObject({ stage: 'CLOSED', voided: true, units: 0 });
    const board = await agents.center.ok(operation('Board'));
    const ids = board.board.columns.flatMap((column: { complaints: { id: string }[] }) => column.complaints.map((card) => card.id));
    expect(ids).not.toContain(row.id);
  });

  it('a receipt number already used by another complaint is a problem of its row', async () => {
    const { body } = await importFile(agents.admin, register([closedRow(100, { เรื่อง: 'เรื่องอื่นที่ไม่ใช่เรื่องเดิม' })]), { dryRun: true });
    expect(body.problems).toEqual([expect.objectContaining({ row: 2, column: 'เลขรับ' })]);
    expect(body.problems[0].messageTh).toContain('100/2567 มีในระบบแล้ว');
  });

  it('moves the receipt counter past the highest imported number, so the next recorded complaint never collides', async () => {
    await importFile(agents.admin, register([closedRow(5000, { วันที่รับ: '1/5/2567', วันที่ยุติเรื่อง: '' })]), { dryRun: false });
    const recorded = await new Workflow(agents.center, agents.commander).record({
      receivedAt: '2024-06-03T10:00:00+07:00',
      incidentAt: null,
    });
    expect(recorded.receiptNumber).toBe('5001/2567');
  });

  it('links an accused named like an official, who then cannot see the complaint; an ambiguous name is a problem', async () => {
    const file = register([
      closedRow(600, { ผู้ถูกกล่าวหา: 'นายวีระ ทองคำ', ตำแหน่งผู้ถูกกล่าวหา: 'นายช่างโยธา', หน่วยงานรับผิดชอบ: 'กองช่าง', เรื่อง: 'กล่าวหานายช่าง' }),
      closedRow(601, { หน่วยงานรับผิดชอบ: 'กองช่าง', เรื่อง: 'เรื่องของกองช่าง' }),
    ]);
    expect((await importFile(agents.admin, file, { dryRun: false })).body.imported).toBe(2);
    const linked = (
      await database.query(
        `select a.link, o.full_name from accused a join official o on o.id = a.official_id join complaint c on c.id = a.complaint_id
          where c.receipt_year = 2567 and c.receipt_seq = 600`,
      )
    ).rows;
    expect(linked).toEqual([{ link: 'SAME_NAME', full_name: 'นายวีระ ทองคำ' }]);
    const engineerRegister = await (
      await fetch(`${server.url}/exports/register.csv?fiscalYear=2567`, { headers: { cookie: agents.engineer.cookie! } })
    ).text();
    expect(engineerRegister).toContain('601/2567');
    expect(engineerRegister).not.toContain('600/2567');
    const hiddenId = (await database.query(`select id from complaint where receipt_year = 2567 and receipt_seq = 600`)).rows[0].id;
    const byId = await agents.engineer.request(operation('Complaint'), { id: hiddenId });
    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    await agents.admin.ok(operation('CreateOfficial'), {
      input: { fullName: 'นายวีระ ทองดี', position: 'คนงาน', divisionCode: 'ENGINEERING' },
    });
    const { body } = await importFile(agents.admin, register([closedRow(602, { ผู้ถูกกล่าวหา: 'วีระ', ตำแหน่งผู้ถูกกล่าวหา: '' })]), {
      dryRun: true,
    });
    expect(body.problems).toEqual([expect.objectContaining({ row: 2, column: 'ผู้ถูกกล่าวหา' })]);
    expect(body.problems[0].messageTh).toContain('นายวีระ ทองคำ');
    expect(body.problems[0].messageTh).toContain('นายวีระ ทองดี');
  });
});

describe('issue 11, item 6: statement budget', () => {
  it('a real import runs the same few statements for 50 rows as for 500 (set-based, not one per row)', async () => {
    const rowsOf = (from: number, n: number) =>
      register(Array.from({ length: n }, (_, i) => closedRow(from + i, { ผู้ถูกกล่าวหา: i % 2 ? 'นายวีระ ทองคำ' : 'นายสมหมาย ไม่ทราบนามสกุล' })));
    const small = await importFile(agents.admin, rowsOf(1000, 50), { dryRun: false });
    const large = await importFile(agents.admin, rowsOf(2000, 500), { dryRun: false });
    expect(small.body.imported).toBe(50);
    expect(large.body.imported).toBe(500);
    // BEGIN, the officials, the numbers already there, the one write, the audit entry, COMMIT.
    expect(large.statements).toBeGreaterThan(0);
    expect(large.statements).toBeLessThanOrEqual(6);
    expect(large.statements).toBe(small.statements);
  });
});

describe("issue 11, item 6: round trip of the app's own register export", () => {
  it('imports the register a database exported (XLSX and CSV) into a fresh one, with the same receipt numbers and subjects', async () => {
    const flow = new Workflow(agents.center, agents.commander);
    const made = [
      await flow.at('CLOSED', { subject: 'ส่งออกแล้วนำเข้า ยุติ', receivedAt: '2025-02-03T09:00:00+07:00', incidentAt: null }),
      await flow.at('NOT_ACCEPTED', { subject: 'ส่งออกแล้วนำเข้า ไม่รับ', receivedAt: '2025-02-04T09:00:00+07:00', incidentAt: null }),
      await flow.at('FACT_FINDING', { subject: 'ส่งออกแล้วนำเข้า กำลังตรวจ', receivedAt: '2025-02-05T09:00:00+07:00', incidentAt: null }),
      await flow.record(complaintInput({ subject: '=ส่งออกแล้วนำเข้า สูตร', receivedAt: '2025-02-06T09:00:00+07:00', incidentAt: null })),
    ];
    const exported = async (format: string) =>
      Buffer.from(
        await (
          await fetch(`${server.url}/exports/register.${format}?fiscalYear=2568`, { headers: { cookie: agents.center.cookie! } })
        ).arrayBuffer(),
      );
    const xlsx = await exported('xlsx');
    const csv = await exported('csv');

    const fresh = await startTestServer();
    try {
      const admin = await signedIn(fresh.url, 'admin');
      const post = async (bytes: Buffer, dryRun: boolean, fileName: string) => {
        const response = await fetch(`${fresh.url}/imports/register?dryRun=${dryRun}&fileName=${fileName}`, {
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream', cookie: admin.cookie! },
          body: bytes,
        });
        return (await response.json()) as any;
      };
      const dry = await post(xlsx, true, 'register.xlsx');
      expect(dry.problems).toEqual([]);
      expect(dry.imported).toBe(made.length);
      expect((await post(xlsx, false, 'register.xlsx')).imported).toBe(made.length);
      // The CSV of the same register is the same complaints: all already there.
      expect(await post(csv, false, 'register.csv')).toMatchObject({ imported: 0, alreadyPresent: made.length, problems: [] });

      const client = new pg.Client({ connectionString: fresh.databaseUrl });
      await client.connect();
      const imported = (
        await client.query(
          `select receipt_seq || '/' || receipt_year as number, subject, stage, outcome from complaint order by receipt_seq`,
        )
      ).rows;
      await client.end();
      expect(imported.map((row) => row.number).sort()).toEqual(made.map((c) => c.receiptNumber).sort());
      expect(imported.map((row) => row.subject).sort()).toEqual(
        ['ส่งออกแล้วนำเข้า ยุติ', 'ส่งออกแล้วนำเข้า ไม่รับ', 'ส่งออกแล้วนำเข้า กำลังตรวจ', '=ส่งออกแล้วนำเข้า สูตร'].sort(),
      );
      expect(Object.fromEntries(imported.map((row) => [row.subject, [row.stage, row.outcome]]))).toMatchObject({
        'ส่งออกแล้วนำเข้า ยุติ': ['CLOSED', 'SUBSTANTIATED'],
        'ส่งออกแล้วนำเข้า ไม่รับ': ['NOT_ACCEPTED', null],
        'ส่งออกแล้วนำเข้า กำลังตรวจ': ['RECEIVED', null],
      });
    } finally {
      await fresh.stop();
    }
  }, 60_000);
});

describe('issue 11, item 6: npm run import -- --file <path> [--dry-run]', () => {
  /** The command as npm runs it: in server/, with the path as typed from INIT_CWD. */
  function runImport(args: string[], cwd: string, databaseUrl: string): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'scripts/import-register.ts', ...args], {
        cwd: new URL('..', import.meta.url).pathname,
        env: { ...process.env, DATABASE_URL: databaseUrl, INIT_CWD: cwd, SEED_DEMO: 'false', NODE_ENV: 'test', LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const chunks: string[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(String(chunk)));
      child.stderr.on('data', (chunk: Buffer) => chunks.push(String(chunk)));
      child.on('close', (code) => resolve({ code, output: chunks.join('') }));
    });
  }

  it('prints every problem in Thai and exits 1; imports a good file and exits 0; the same file again adds nothing', async () => {
    const database = await createTestDatabase();
    const folder = await mkdtemp(join(tmpdir(), 'rongrian-import-'));
    try {
      await writeFile(join(folder, 'bad.csv'), register([closedRow(1), closedRow(2, { ช่องทาง: 'นกพิราบ', วันที่รับ: '31 เม.ย. 2569' })]));
      await writeFile(join(folder, 'good.csv'), register([closedRow(1), closedRow(2)]));
      const bad = await runImport(['--file', 'bad.csv', '--dry-run'], folder, database.url);
      expect(bad.code).toBe(1);
      expect(bad.output).toContain('แถว 3 คอลัมน์ "วันที่รับ"');
      expect(bad.output).toContain('แถว 3 คอลัมน์ "ช่องทาง"');
      const refused = await runImport(['--file', 'bad.csv'], folder, database.url);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain('ไม่มีการบันทึกใด ๆ');
      const dry = await runImport(['--file', 'good.csv', '--dry-run'], folder, database.url);
      expect(dry.code).toBe(0);
      expect(dry.output).toContain('นำเข้าได้ 2 เรื่อง');
      const real = await runImport(['--file', 'good.csv'], folder, database.url);
      expect(real.output).toContain('นำเข้าเรียบร้อย: 2 เรื่อง');
      expect(real.code).toBe(0);
      const again = await runImport(['--file', 'good.csv'], folder, database.url);
      expect(again.code).toBe(0);
      expect(again.output).toContain('นำเข้าเรียบร้อย: 0 เรื่อง มีอยู่แล้ว 2 เรื่อง');
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query(`select count(*)::int as n from complaint`);
      await client.end();
      expect(rows[0].n).toBe(2);
    } finally {
      await rm(folder, { recursive: true, force: true });
      await database.drop();
    }
  }, 90_000);
});
