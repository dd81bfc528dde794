import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageLabels } from '../src/modules/complaints/workflow.js';
import { operation } from './contract.js';
import { Workflow, type ComplaintState } from './factories.js';
import { signedIn, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';
import { prerequisitesMet } from './prerequisites.js';

// Issue 14, item 1 (contract, "Paperwork and publication"): every issued document keeps its bytes:
// the same URL answers the same bytes, with ETag = their SHA-256, for ever after it was issued.

let server: TestServer;
let db: pg.Client;
const agents: Record<string, Agent> = {};
let flow: Workflow;
let complaint: ComplaintState;
let referred: ComplaintState;
let progressNoticeId: string;

const chromium = '/usr/bin/chromium';
const suite = 'issue 14, item 1: issued documents never change';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** A page's text without its markup (its Thai words are wrapped one by one so that no line breaks them). */
const textOf = (page: string) => page.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, '');

const get = (agent: Agent | null, path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers: { ...(agent?.cookie ? { cookie: agent.cookie } : {}), ...headers } });

async function download(agent: Agent, path: string) {
  const response = await get(agent, path);
  expect(response.status, path).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { bytes, etag: response.headers.get('etag'), id: response.headers.get('x-document-id') };
}

const issuedQuery = `query ($id: ID!) { complaint(id: $id) { version issuedDocuments { id kind edition number title issuedAt issuedBy htmlSha256 pdfSha256 supersedesId pdfPath } } }`;

describe.runIf(prerequisitesMet(suite, [!existsSync(chromium) && `${chromium} (apt-get install -y chromium)`]))(suite, () => {
  beforeAll(async () => {
    server = await startTestServer({ PUBLIC_URL: 'https://rongrian.example.go.th' });
    db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    for (const username of ['center', 'commander', 'nayok', 'admin']) agents[username] = await signedIn(server.url, username);
    flow = new Workflow(agents.center, agents.commander);
    complaint = await flow.notice(await flow.at('FACT_FINDING', { receivedAt: '2026-04-08T10:00:00+07:00' }), 'PROGRESS');
    const { complaint: file } = await agents.center.ok(`query ($id: ID!) { complaint(id: $id) { notices { id kind } } }`, {
      id: complaint.id,
    });
    progressNoticeId = file.notices.find((notice: { kind: string }) => notice.kind === 'PROGRESS').id;
    const rejected = await flow.reject(await flow.submit(await flow.register(await flow.record())), 'OTHER_AGENCY');
    const { referComplaint } = await agents.center.ok(operation('ReferComplaint'), {
      input: { complaintId: rejected.id, expectedVersion: rejected.version, toOrganisationCode: 'สถานีตำรวจภูธรโคกแย้', shareIdentity: false },
    });
    referred = referComplaint.complaint;
  }, 120_000);
  afterAll(async () => {
    await db?.end();
    await server?.stop();
  });

  it('R3, R4: a letter is issued by the move that sends it, in its transaction', async () => {
    const { complaint: file } = await agents.center.ok(issuedQuery, { id: complaint.id });
    const letters = file.issuedDocuments.filter((document: { kind: string }) => document.kind === 'NOTICE_LETTER');
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ edition: 1, issuedBy: expect.any(String), pdfSha256: null, supersedesId: null });
    expect(letters[0].number).toMatch(/^\d+\/2569$/);
    const { complaint: other } = await agents.center.ok(issuedQuery, { id: referred.id });
    expect(other.issuedDocuments.map((document: { kind: string }) => document.kind)).toEqual(['REFERRAL_LETTER']);
  });

  it('every document downloaded again after changes to the complaint, the calendar and the body is byte-identical, ETag = SHA-256', async () => {
    const paths: [Agent, string][] = [
      [agents.center, `/documents/complaints/${complaint.id}/receipt.pdf`],
      [agents.center, `/documents/complaints/${complaint.id}/receipt.html`],
      [agents.center, `/documents/complaints/${complaint.id}/form.pdf`],
      [agents.center, `/documents/complaints/${complaint.id}/form.html`],
      [agents.nayok, `/documents/complaints/${complaint.id}/form.pdf`],
      [agents.center, `/documents/notices/${progressNoticeId}.pdf`],
      [agents.center, `/documents/notices/${progressNoticeId}.html`],
      [agents.center, `/documents/complaints/${referred.id}/referral.pdf`],
      // R10: fiscal year 2569 ended on 30 September 2569: its report is issued.
      [agents.center, `/documents/statistics/2569.pdf`],
      [agents.center, `/documents/statistics/2569.pdf?quarter=3`],
    ];
    const first = [];
    for (const [agent, path] of paths) {
      const answer = await download(agent, path);
      expect(answer.etag, path).toBe(`"${sha256(answer.bytes)}"`);
      first.push(answer);
    }
    // The identity's version and the version without it are two documents (R5).
    expect(first[4].id).not.toBe(first[2].id);

    // The complaint is corrected and moves on to its end; the body and its calendar change.
    const corrected = await agents.center.ok(operation('CorrectComplaint'), {
      input: {
        complaintId: complaint.id,
        expectedVersion: complaint.version,
        reason: 'พิมพ์เรื่องผิดจากหนังสือร้องเรียน',
        subject: 'เรียกรับเงินเพื่อออกใบอนุญาตขุดดินลูกรัง',
      },
    });
    let moved: ComplaintState = corrected.correctComplaint.complaint;
    moved = await flow.close(await flow.notice(await flow.resolve(await flow.appoint(moved)), 'RESULT'));
    await agents.admin.ok(`mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { code } }`, {
      input: { phone: '02-999-9999', address: 'หมู่ 9 ตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี 18230' },
    });
    await agents.admin.ok(`mutation ($input: ImportHolidaysInput!) { importHolidays(input: $input) { dryRun } }`, {
      input: { csv: 'วันที่,ชื่อวันหยุด\n2569-04-09,วันหยุดพิเศษ\n', dryRun: false },
    });
    await flow.record({ receivedAt: '2026-05-04T10:00:00+07:00' });

    for (const [index, [agent, path]] of paths.entries()) {
      const again = await download(agent, path);
      expect(again.etag, path).toBe(first[index].etag);
      expect(again.bytes.equals(first[index].bytes), path).toBe(true);
    }
    complaint = moved;
  });

  it('R3: the progress letter still says the stage it was sent in, after the complaint was closed', async () => {
    const page = textOf(await (await get(agents.center, `/documents/notices/${progressNoticeId}.html`)).text());
    expect(page).toContain(stageLabels.FACT_FINDING.th);
    expect(page).not.toContain('ลูกรัง');
  });

  it('contract, "Corrections and the register": a correction issues a new edition naming the one it replaces; the first keeps its address', async () => {
    const { complaint: file } = await agents.center.ok(issuedQuery, { id: complaint.id });
    const slips = file.issuedDocuments.filter((document: { kind: string }) => document.kind === 'RECEIPT_SLIP');
    expect(slips.map((slip: { edition: number }) => slip.edition)).toEqual([1, 2]);
    expect(slips[1].supersedesId).toBe(slips[0].id);
    expect(slips[0].pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    const corrected = textOf(await (await get(agents.center, slips[1].pdfPath.replace(/\.pdf$/, '.html'))).text());
    expect(corrected).toContain('ลูกรัง');
    expect(corrected).toContain('ฉบับแก้ไข');
    const original = textOf(await (await get(agents.center, `/documents/complaints/${complaint.id}/receipt.html`)).text());
    expect(original).not.toContain('ลูกรัง');
    const pdf = await get(agents.center, slips[1].pdfPath);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });

  it('an ETag the caller already holds is answered 304 Not Modified', async () => {
    const path = `/documents/complaints/${complaint.id}/receipt.pdf`;
    const { etag } = await download(agents.center, path);
    const again = await get(agents.center, path, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
  });

  it('the database refuses to change an issued edition, even for its owner', async () => {
    const { rows } = await db.query(`select id from issued_document where complaint_id = $1 and pdf is not null limit 1`, [complaint.id]);
    await expect(db.query(`update issued_document set html = 'x' where id = $1`, [rows[0].id])).rejects.toThrow(/never changes/);
    await expect(db.query(`update issued_document set pdf = 'x'::bytea where id = $1`, [rows[0].id])).rejects.toThrow(/never changes/);
  });

  it("R5: the letters and the identity's versions are the Center's: listed and served to it alone", async () => {
    const { complaint: forCenter } = await agents.center.ok(issuedQuery, { id: complaint.id });
    const { complaint: forNayok } = await agents.nayok.ok(issuedQuery, { id: complaint.id });
    expect(forNayok.issuedDocuments.length).toBeGreaterThan(0);
    expect(forNayok.issuedDocuments.every((document: { kind: string }) => document.kind !== 'NOTICE_LETTER')).toBe(true);
    const letter = forCenter.issuedDocuments.find((document: { kind: string }) => document.kind === 'NOTICE_LETTER');
    expect((await get(agents.nayok, letter.pdfPath)).status).toBe(403);
    const withIdentity = forCenter.issuedDocuments.filter(
      (document: { kind: string; id: string }) =>
        document.kind === 'COMPLAINT_FORM' && !forNayok.issuedDocuments.some((seen: { id: string }) => seen.id === document.id),
    );
    expect(withIdentity.length).toBeGreaterThan(0);
    expect((await get(agents.nayok, withIdentity[0].pdfPath)).status).toBe(404);
    expect((await get(null, letter.pdfPath)).status).toBe(401);
  });

  it('R10: the report of a period still running is a draft that says so, and is not issued', async () => {
    const page = textOf(await (await get(agents.center, '/documents/statistics/2570.html')).text());
    expect(page).toContain('ฉบับร่าง');
    const { rows } = await db.query(`select count(*)::int as n from issued_document where subject like '2570:%'`);
    expect(rows[0].n).toBe(0);
  });

  it('issue 14, item 7: without Chromium a PDF is answered in Thai with 503, and its page still opens', async () => {
    const blind = await startTestServer({ CHROMIUM_PATH: '/nonexistent/chromium' }, server);
    try {
      const center = await signedIn(blind.url, 'center');
      const fresh = await flow.record();
      const response = await fetch(`${blind.url}/documents/complaints/${fresh.id}/receipt.pdf`, { headers: { cookie: center.cookie! } });
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('จัดทำไฟล์ PDF ไม่ได้ในขณะนี้');
      const page = await fetch(`${blind.url}/documents/complaints/${fresh.id}/receipt.html`, { headers: { cookie: center.cookie! } });
      expect(page.status).toBe(200);
    } finally {
      await blind.stop();
    }
  });
});
