import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse } from 'jsonc-parser';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpOrganisation } from '../src/modules/organisation/setup.service.js';
import { operation } from './contract.js';
import { documentText } from './document-text.js';
import { complaintInput, Workflow } from './factories.js';
import { Agent, signedIn } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';
import { pdfLines } from './pdf-lines.js';

/**
 * Issue 14, item 6: the ITA pages O18 and O19, public, at permanent addresses per fiscal year
 * (contract, "Paperwork and publication"), their archive, and the executive's memo. Complaints are
 * recorded on both sides of the rounds' edges in Asia/Bangkok (30 Sep / 1 Oct, 31 Mar / 1 Apr), and
 * the pages' counts are compared with `complaintStatistics`.
 */
let server: TestServer;
let db: pg.Client;
const agents: Record<string, Agent> = {};
let flow: Workflow;

/** The fiscal year of the edges below: 1 Oct 2025 – 30 Sep 2026 (R10), over before the running one. */
const fiscalYear = 2569;
const thaiToArabic = (text: string) => text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));

/** The subjects and names the complaints carry: none of them may appear on a public page. */
const secret = {
  subject: 'ลับเฉพาะเรื่องรับสินบนโครงการถนนหมู่เจ็ด',
  complainant: 'นางสาวผู้ร้องลับ ไม่ควรปรากฏ',
  accused: 'นายผู้ถูกกล่าวหาลับ ไม่ควรปรากฏ',
};

const record = (receivedAt: string) =>
  flow.record({
    receivedAt,
    subject: secret.subject,
    complainant: { ...complaintInput().complainant, fullName: secret.complainant },
    accused: [{ fullName: secret.accused, position: 'นักวิชาการ', unit: 'กองช่าง' }],
  });

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { response, bytes, text: documentText(bytes.toString('utf8')) };
}

/** The rows of a round's table (by its heading), as numbers: month → [received, closed, in progress, not accepted]. */
function roundRows(page: string, heading: string): Map<string, number[]> {
  const start = page.indexOf(heading);
  const section = page.slice(start, page.indexOf('<h2>', start + 1) === -1 ? undefined : page.indexOf('<h2>', start + 1));
  const rows = new Map<string, number[]>();
  for (const [, label, cells] of section.matchAll(/<tr><t[dh][^>]*>([^<]+)<\/t[dh]>((?:<t[dh] class="n">[^<]*<\/t[dh]>)+)<\/tr>/g)) {
    // The heading row names the columns; the others are counts.
    if (label !== 'เดือน')
      rows.set(
        label!,
        [...cells!.matchAll(/<t[dh] class="n">([^<]*)</g)].map((cell) => Number(thaiToArabic(cell[1]!))),
      );
  }
  return rows;
}

const statistics = async (quarter: number | null) =>
  (
    await agents.center!.ok(
      `query ($fiscalYear: Int!, $quarter: Int) { complaintStatistics(fiscalYear: $fiscalYear, quarter: $quarter) {
         received closed notAccepted inProgress byMonth { month received } } }`,
      { fiscalYear, quarter },
    )
  ).complaintStatistics;

beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  for (const username of ['center', 'commander', 'nayok', 'engineer']) agents[username] = await signedIn(server.url, username);
  flow = new Workflow(agents.center!, agents.commander!);
  // The edges, in Bangkok time (UTC+7): the fiscal year's first instant falls on 30 September in UTC.
  await record('2025-09-30T23:30:00+07:00'); // FY 2568
  const october = await record('2025-10-01T00:30:00+07:00'); // FY 2569, October
  const march = await record('2026-03-31T23:30:00+07:00'); // 6-month round, March
  await record('2026-04-01T00:30:00+07:00'); // 12-month round only, April
  const september = await record('2026-09-30T23:30:00+07:00'); // FY 2569, September
  await record('2026-10-01T00:30:00+07:00'); // FY 2570
  // Where they stand: one closed, one not accepted, the others in progress.
  let closed = await flow.register(october);
  closed = await flow.submit(closed);
  closed = await flow.accept(closed);
  closed = await flow.distribute(closed);
  closed = await flow.resolve(closed);
  closed = await flow.notice(closed, 'RESULT');
  await flow.close(closed);
  await flow.reject(await flow.submit(await flow.register(march)));
  await flow.register(september);
}, 120_000);

afterAll(async () => {
  await db?.end();
  await server?.stop();
});

describe('ITA pages O18 and O19, public (issue 14, item 6; contract "Paperwork and publication")', () => {
  it('O19 answers without a session, as HTML, with each month in Thai (B.E.) and the counts of complaintStatistics', async () => {
    const { response, text } = await get(`/ita/${fiscalYear}/o19`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(text).toContain('ผลการดำเนินงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ');
    expect(text).toContain('องค์การบริหารส่วนตำบลโคกแย้');
    const [year, q1, q2] = await Promise.all([statistics(null), statistics(1), statistics(2)]);
    const half = roundRows(text, 'รอบ ๖ เดือน');
    const whole = roundRows(text, 'รอบ ๑๒ เดือน');
    // Months ต.ค. … มี.ค. in the 6-month round, ต.ค. … ก.ย. in the 12-month round, with a total row.
    expect([...half.keys()]).toEqual(['ต.ค. ๒๕๖๘', 'พ.ย. ๒๕๖๘', 'ธ.ค. ๒๕๖๘', 'ม.ค. ๒๕๖๙', 'ก.พ. ๒๕๖๙', 'มี.ค. ๒๕๖๙', 'รวม']);
    expect([...whole.keys()]).toHaveLength(13);
    expect([...whole.keys()].at(-2)).toBe('ก.ย. ๒๕๖๙');
    const sum = (a: { received: number; closed: number; inProgress: number; notAccepted: number }) => [
      a.received,
      a.closed,
      a.inProgress,
      a.notAccepted,
    ];
    expect(whole.get('รวม')).toEqual(sum(year));
    expect(half.get('รวม')).toEqual(sum(q1).map((n, index) => n + sum(q2)[index]!));
    // The edges: 1 Oct 00:30 and 31 Mar 23:30 Bangkok inside the 6-month round, 1 Apr 00:30 outside it.
    expect(year.received).toBe(4);
    expect(half.get('รวม')).toEqual([2, 1, 0, 1]);
    expect(whole.get('ต.ค. ๒๕๖๘')).toEqual([1, 1, 0, 0]);
    expect(whole.get('มี.ค. ๒๕๖๙')).toEqual([1, 0, 0, 1]);
    expect(whole.get('เม.ย. ๒๕๖๙')).toEqual([1, 0, 1, 0]);
    expect(whole.get('ก.ย. ๒๕๖๙')).toEqual([1, 0, 1, 0]);
    for (const { month, received } of year.byMonth as { month: string; received: number }[]) {
      const label = new Intl.DateTimeFormat('th-TH-u-nu-thai', { timeZone: 'UTC', month: 'short', year: 'numeric' }).format(
        new Date(`${month}-15T00:00:00Z`),
      );
      expect(whole.get(label)?.[0]).toBe(received);
    }
    // A fiscal year over: no data date on it.
    expect(text).not.toContain('ข้อมูล ณ วันที่');
  });

  it('says "ไม่มีเรื่องร้องเรียน" for a year without complaints, and gives the data date of a year still running', async () => {
    const empty = await get('/ita/2560/o19');
    expect(empty.response.status).toBe(200);
    expect(empty.text.match(/ไม่มีเรื่องร้องเรียน/g)).toHaveLength(2);
    expect(empty.text).not.toContain('<table>');
    const running = new Date().getUTCFullYear() + 543 + (new Date().getUTCMonth() >= 9 ? 1 : 0);
    const current = await get(`/ita/${running}/o19`);
    expect(current.response.status).toBe(200);
    expect(current.text).toContain('ข้อมูล ณ วันที่');
  });

  it('O18 is the manual from the live settings: channels with their contacts, the responsible unit, the procedure, the deadline rules', async () => {
    const { response, text } = await get(`/ita/${fiscalYear}/o18`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(text).toContain('คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ');
    expect(text).toContain('ศูนย์ปฏิบัติการต่อต้านการทุจริต');
    const channels = (await agents.center!.ok(operation('ChannelContacts'))).channels as { nameTh: string; contact: string | null }[];
    for (const channel of channels) expect(text).toContain(channel.nameTh);
    expect(text).toContain('ร้องเรียนด้วยตนเอง ณ ศูนย์ฯ');
    expect(text).toContain('๐๙๑-๗๗๑๕๙๐๑'); // the direct line's contact (R1), in Thai digits
    // The deadline rules with their durations, working hours / working days / days as each rule says.
    expect(text).toContain('ลงทะเบียนรับหนังสือ อบต.');
    expect(text).toContain('๓ ชั่วโมงทำการ นับแต่ได้รับเรื่องร้องเรียน');
    expect(text).toContain('แจ้งผู้ร้องเรียนครั้งแรก');
    expect(text).toContain('๑๕ วันทำการ');
    expect(text).toContain('แจ้งผลแก่ผู้ร้องเรียน');
    expect(text).toContain('๗ วัน นับแต่ได้ข้อยุติ');
    // The workflow's stages, by their labels (workflow.ts), and R6's grounds for not taking a complaint up.
    for (const label of ['รับเรื่อง', 'ลงทะเบียนรับ อบต.', 'ผู้บังคับบัญชาสั่งการ', 'ตรวจสอบข้อเท็จจริง', 'ยุติเรื่อง']) expect(text).toContain(label);
    expect(text).toContain('บัตรสนเท่ห์');
    expect(text).toContain('การโต้แย้งสิทธิระหว่างบุคคลกับบุคคล');
  });

  it('an administrator changing a rule changes O18 at once: the live settings, not a copy', async () => {
    const admin = await signedIn(server.url, 'admin');
    const rule = (amount: number) =>
      admin.ok(`mutation ($input: UpdateDeadlineRuleInput!) { updateDeadlineRule(input: $input) { rule { amount } } }`, {
        input: { code: 'FIRST_REPLY', amount },
      });
    await rule(20);
    try {
      const until = Date.now() + 10_000;
      // The reference data is read again on NOTIFY (reference-data.ts): wait for it.
      while (!(await get(`/ita/${fiscalYear}/o18`)).text.includes('๒๐ วันทำการ')) {
        if (Date.now() > until) throw new Error('O18 never showed the changed rule');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await rule(15);
    }
  });

  it('the same page twice is the same bytes and ETag, archived once; If-None-Match answers 304', async () => {
    const first = await get(`/ita/${fiscalYear}/o19`);
    const second = await get(`/ita/${fiscalYear}/o19`);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    const etag = first.response.headers.get('etag')!;
    expect(etag).toMatch(/^(W\/)?"[0-9a-f]{64}"$/);
    expect(second.response.headers.get('etag')).toBe(etag);
    const { createHash } = await import('node:crypto');
    expect(etag.replace(/^W\//, '')).toBe(`"${createHash('sha256').update(first.bytes).digest('hex')}"`);
    const { rows } = await db.query(
      `select count(*)::int as n from ita_publication where page = 'O19' and fiscal_year = $1 and format = 'html'`,
      [fiscalYear],
    );
    expect(rows[0].n).toBe(1);
    const notModified = await fetch(`${server.url}/ita/${fiscalYear}/o19`, { headers: { 'if-none-match': etag } });
    expect(notModified.status).toBe(304);
  });

  it('after a new complaint the page changes and a second version is archived; each version is served exactly as it was', async () => {
    const before = await get(`/ita/${fiscalYear}/o19`);
    await record('2026-05-15T10:00:00+07:00');
    const after = await get(`/ita/${fiscalYear}/o19`);
    expect(after.bytes.equals(before.bytes)).toBe(false);
    expect(roundRows(after.text, 'รอบ ๑๒ เดือน').get('พ.ค. ๒๕๖๙')?.[0]).toBe(1);
    const { rows } = await db.query(
      `select sha256, first_published_at from ita_publication where page = 'O19' and fiscal_year = $1 and format = 'html' order by first_published_at`,
      [fiscalYear],
    );
    expect(rows).toHaveLength(2);
    const list = await get(`/ita/${fiscalYear}/archive`);
    expect(list.response.status).toBe(200);
    for (const row of rows) expect(list.text).toContain(row.sha256);
    expect(list.text).toContain('พ.ศ.'.slice(0, 0) + '๒๕๖๙'); // instants in the Buddhist Era
    const old = await get(`/ita/${fiscalYear}/archive/${rows[0].sha256}.html`);
    expect(old.response.status).toBe(200);
    expect(old.bytes.equals(before.bytes)).toBe(true);
    const latest = await get(`/ita/${fiscalYear}/archive/${rows[1].sha256}.html`);
    expect(latest.bytes.equals(after.bytes)).toBe(true);
    // Without the extension, the version is found by its hash alone.
    const bare = await get(`/ita/${fiscalYear}/archive/${rows[1].sha256}`);
    expect(bare.response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(bare.bytes.equals(after.bytes)).toBe(true);
    expect(bare.response.headers.get('cache-control')).toContain('immutable');
    expect((await get(`/ita/${fiscalYear}/archive/${'0'.repeat(64)}.html`)).response.status).toBe(404);
  });

  it('no identity nor subject of any complaint appears on O18, O19 or the archive, with or without a session', async () => {
    for (const path of [`/ita/${fiscalYear}/o18`, `/ita/${fiscalYear}/o19`, `/ita/${fiscalYear}/archive`]) {
      const anonymous = await get(path);
      const withSession = await get(path, { cookie: agents.center!.cookie! });
      // A session changes nothing a public page shows.
      expect(withSession.bytes.equals(anonymous.bytes)).toBe(true);
      for (const text of Object.values(secret)) expect(anonymous.text).not.toContain(text);
      expect(anonymous.text).not.toContain('สมปอง');
    }
  });

  it('refuses a fiscal year not in B.E. (400, in Thai) and one not begun (404)', async () => {
    const bad = await get('/ita/2026/o19');
    expect(bad.response.status).toBe(400);
    expect(bad.response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(bad.text).toContain('ปีงบประมาณ');
    expect((await get('/ita/abc/o18')).response.status).toBe(400);
    const future = new Date().getUTCFullYear() + 545;
    const notYet = await get(`/ita/${future}/o19`);
    expect(notYet.response.status).toBe(404);
    expect(notYet.text).toContain('ยังไม่เริ่มต้น');
    expect((await get(`/ita/${fiscalYear}/o20`)).response.status).toBe(404);
  });

  const chromium = '/usr/bin/chromium';
  it.runIf(existsSync(chromium))('the .pdf is a PDF with the Thai heading, printed once per content', async () => {
    const first = await get(`/ita/${fiscalYear}/o19.pdf`);
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get('content-type')).toBe('application/pdf');
    expect(first.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // pdf.js reads a mark stacked on a vowel apart (pdf-lines.ts): compared without the marks.
    const bare = (text: string) => text.replace(/[\0\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '');
    const text = bare((await pdfLines(first.bytes)).map((line) => line.text).join(''));
    expect(text).toContain(bare('ผลการดำเนินงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ'));
    expect(text).toContain(bare('ต.ค. ๒๕๖๘'));
    // The same content is not printed again: the same bytes as archived.
    const second = await get(`/ita/${fiscalYear}/o19.pdf`);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    const { rows } = await db.query(
      `select sha256, source_sha256 from ita_publication where page = 'O19' and format = 'pdf' and fiscal_year = $1`,
      [fiscalYear],
    );
    expect(rows).toHaveLength(1);
    const archived = await get(`/ita/${fiscalYear}/archive/${rows[0].sha256}.pdf`);
    expect(archived.bytes.equals(first.bytes)).toBe(true);
    const o18 = await get(`/ita/${fiscalYear}/o18.pdf`);
    expect(o18.response.headers.get('content-type')).toBe('application/pdf');
  });
});

describe('the executive memo (issue 14, item 6)', () => {
  it('401 without a session, 403 for a division officer, 200 for the Center, the commander and the Nayok', async () => {
    expect((await get(`/ita/${fiscalYear}/memo`)).response.status).toBe(401);
    expect((await get(`/ita/${fiscalYear}/memo`, { cookie: agents.engineer!.cookie! })).response.status).toBe(403);
    for (const who of ['center', 'commander', 'nayok']) {
      const memo = await get(`/ita/${fiscalYear}/memo`, { cookie: agents[who]!.cookie! });
      expect(memo.response.status).toBe(200);
      expect(memo.response.headers.get('cache-control')).toBe('no-store');
      expect(memo.text).toContain('บันทึกข้อความ');
      expect(memo.text).toContain('เรียน</b> นายกองค์การบริหารส่วนตำบลโคกแย้');
      expect(memo.text).toContain('ช่องทางที่ได้รับเรื่องร้องเรียนมากที่สุด คือ ร้องเรียนด้วยตนเอง ณ ศูนย์ฯ');
      expect(memo.text).toContain('ทราบ');
      expect(memo.text).toContain('สั่งการ');
    }
  });
});

describe('ITA pages on a deployment of several bodies (issue 13, issue 14 item 6)', () => {
  beforeAll(async () => {
    const file = parse(await readFile(new URL('../../seeds/examples/organisation.example.jsonc', import.meta.url).pathname, 'utf8'));
    file.admin.password = 'ใส่รหัสผ่านที่ยาวพอ-2569';
    await setUpOrganisation(server.app.database.orm.em.fork(), file);
    const until = Date.now() + 10_000;
    while ((await get(`/ita/${fiscalYear}/o19?body=NONG_KHAE_TM`)).response.status !== 200) {
      if (Date.now() > until) throw new Error('the second body never became known to the server');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  it('?body= picks the body, each with its own figures; no body named is the chooser (400); an unknown body 404', async () => {
    const kokYae = await get(`/ita/${fiscalYear}/o19?body=KOK_YAE`);
    const nongKhae = await get(`/ita/${fiscalYear}/o19?body=NONG_KHAE_TM`);
    expect(kokYae.response.status).toBe(200);
    expect(nongKhae.response.status).toBe(200);
    expect(kokYae.text).toContain('องค์การบริหารส่วนตำบลโคกแย้');
    expect(nongKhae.text).toContain('เทศบาลตำบลหนองแค');
    expect(nongKhae.text).not.toContain('โคกแย้');
    expect(roundRows(kokYae.text, 'รอบ ๑๒ เดือน').get('รวม')?.[0]).toBe(5);
    expect(nongKhae.text.match(/ไม่มีเรื่องร้องเรียน/g)).toHaveLength(2);
    // The header the web app sends names the body too.
    const byHeader = await get(`/ita/${fiscalYear}/o18`, { 'x-rongrian-body': 'NONG_KHAE_TM' });
    expect(byHeader.text).toContain('เทศบาลตำบลหนองแค');
    const chooser = await get(`/ita/${fiscalYear}/o19`);
    expect(chooser.response.status).toBe(400);
    expect(chooser.text).toContain('เลือกหน่วยงาน');
    expect(chooser.text).toContain(`/ita/${fiscalYear}/o19?body=NONG_KHAE_TM`);
    expect(chooser.text).toContain(`/ita/${fiscalYear}/o19?body=KOK_YAE`);
    expect((await get(`/ita/${fiscalYear}/o19?body=NO_SUCH_BODY`)).response.status).toBe(404);
    // Each body's archive holds its own versions only.
    const { rows } = await db.query(`select organisation_code as body, count(*)::int as n from ita_publication group by 1 order by 1`);
    expect(rows.map((row) => row.body)).toEqual(['KOK_YAE', 'NONG_KHAE_TM']);
    const theirs = await get(`/ita/${fiscalYear}/archive?body=NONG_KHAE_TM`);
    const ours = await db.query(`select sha256 from ita_publication where organisation_code = 'KOK_YAE'`);
    for (const row of ours.rows) expect(theirs.text).not.toContain(row.sha256);
  });
});

describe('ITA PDFs without Chromium (issue 14, item 7)', () => {
  it('answers a Thai page (503) linking the web page, which still answers', async () => {
    const without = await startTestServer({ CHROMIUM_PATH: '/nonexistent/chromium' });
    try {
      const response = await fetch(`${without.url}/ita/${fiscalYear}/o19.pdf`);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('60');
      const text = documentText(await response.text());
      expect(text).toContain('ระบบจัดทำไฟล์ PDF ไม่ได้ในขณะนี้');
      expect(text).toContain(`href="/ita/${fiscalYear}/o19"`);
      expect((await fetch(`${without.url}/ita/${fiscalYear}/o19`)).status).toBe(200);
    } finally {
      await without.stop();
    }
  });
});
