import { existsSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workflow, type ComplaintState } from './factories.js';
import { signedIn, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';
import { prerequisitesMet } from './prerequisites.js';
import { documentText } from './document-text.js';

/**
 * Thai text without its combining marks (vowels above and below, tone marks): pdf.js extracts
 * some marks that Chromium positions as separate glyphs as U+0000, so texts are compared on
 * their base letters.
 */
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- U+0000 and lone Thai marks are what it removes.
const skeleton = (text: string) => text.replace(/[\u0000\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '');

/** The text of every page of a PDF (as its skeleton), and its page count. */
async function pdfText(bytes: ArrayBuffer): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const texts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return { pages: pdf.numPages, text: skeleton(texts.join('\n')) };
}

let server: TestServer;
const publicUrl = 'https://rongrian.example.go.th';
const agents: Record<string, Agent> = {};
let complaint: ComplaintState;
let noticeId: string;

const chromium = '/usr/bin/chromium';
const suite = 'paperwork as PDF, rendered by Chromium in Sarabun';

describe.runIf(prerequisitesMet(suite, [!existsSync(chromium) && `${chromium} (apt-get install -y chromium)`]))(suite, () => {
  beforeAll(async () => {
    server = await startTestServer({ PUBLIC_URL: publicUrl });
    for (const username of ['center', 'commander', 'nayok', 'admin']) agents[username] = await signedIn(server.url, username);
    const flow = new Workflow(agents.center, agents.commander);
    complaint = await flow.notice(await flow.at('RESOLVED', { receivedAt: '2026-04-08T10:00:00+07:00', incidentAt: null }), 'RESULT');
    const { complaint: full } = await agents.center.ok(`query ($id: ID!) { complaint(id: $id) { notices { id kind outgoingNumber } } }`, {
      id: complaint.id,
    });
    noticeId = full.notices[0].id;
    expect(full.notices[0].outgoingNumber).toMatch(/^\d+\/2569$/);
  }, 60_000);
  afterAll(() => server?.stop());

  const get = (agent: Agent | null, path: string) =>
    fetch(`${server.url}${path}`, { headers: agent?.cookie ? { cookie: agent.cookie } : {} });

  it('R5: the receipt slip gives the receipt number, date and time in Thai digits and the Buddhist Era', async () => {
    const response = await get(agents.center, `/documents/complaints/${complaint.id}/receipt.pdf`);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const { text } = await pdfText(await response.arrayBuffer());
    const [seq] = complaint.receiptNumber.split('/');
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="receipt-${seq}-2569.pdf"`);
    const thai = (digits: string) => digits.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]);
    expect(text).toContain(skeleton('ใบรับเรื่องร้องเรียน'));
    expect(text).toContain(skeleton(`${thai(seq)}/๒๕๖๙`));
    expect(text).toContain(skeleton('เมษายน'));
    expect(text).toContain(skeleton('๑๐:๐๐'));
    // The receiving officer: the user who recorded it, with their official's position.
    expect(text).toContain(skeleton('ผู้รับเรื่อง(นางสุนิสา แก้วมณี)'));
    expect(text).toContain(skeleton('นิติกร (ศูนย์ปฏิบัติการต่อต้านการทุจริต)'));
  });

  it('R5, R7: the complaint form is filled, with the complainant only for the center officer', async () => {
    const forCenter = await pdfText(await (await get(agents.center, `/documents/complaints/${complaint.id}/form.pdf`)).arrayBuffer());
    expect(forCenter.text).toContain(skeleton('แบบฟอร์มการร้องเรียน'));
    expect(forCenter.text).toContain(skeleton('นายสมปอง'));
    const forNayok = await pdfText(await (await get(agents.nayok, `/documents/complaints/${complaint.id}/form.pdf`)).arrayBuffer());
    expect(forNayok.text).not.toContain(skeleton('นายสมปอง'));
  });

  it('R3, R4.3: the RESULT notice is an external letter numbered from the outgoing register', async () => {
    const { text } = await pdfText(await (await get(agents.center, `/documents/notices/${noticeId}.pdf`)).arrayBuffer());
    for (const part of ['ที่', 'เรื่อง', 'เรียน', 'อ้างถึง', 'สิ่งที่ส่งมาด้วย', 'ขอแสดงความนับถือ', 'แจ้งผลการพิจารณาเรื่องร้องเรียน', 'นายสมปอง']) {
      expect(text).toContain(skeleton(part));
    }
    expect((await get(agents.nayok, `/documents/notices/${noticeId}.pdf`)).status).toBe(403);
  });

  it('issue 12, item 2: a letter sent by post carries "ติดตามเรื่องได้ที่ <PUBLIC_URL>/track" and its QR code (no code in it); other methods do not', async () => {
    const { text } = await pdfText(await (await get(agents.center, `/documents/notices/${noticeId}.pdf`)).arrayBuffer());
    expect(text).toContain(skeleton('ติดตามเรื่องได้ที่'));
    expect(text).toContain(`${publicUrl}/track`);
    const page = documentText(await (await get(agents.center, `/documents/notices/${noticeId}.html`)).text());
    // The QR code is the qrcode package's for exactly that address, inline in the page Chromium prints.
    const expected = (await QRCode.toString(`${publicUrl}/track`, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })).replace(
      /^<\?xml[^>]*>\s*/,
      '',
    );
    expect(page).toContain(expected);
    expect(page).toMatch(/<svg[^>]*viewBox/);
    const flow = new Workflow(agents.center, agents.commander);
    const emailed = await flow.notice(await flow.at('RESOLVED', { incidentAt: null }), 'RESULT', 'EMAIL');
    const { complaint: full } = await agents.center.ok(`query ($id: ID!) { complaint(id: $id) { notices { id method } } }`, {
      id: emailed.id,
    });
    const email = full.notices.find((one: { method: string }) => one.method === 'EMAIL');
    const emailPage = documentText(await (await get(agents.center, `/documents/notices/${email.id}.html`)).text());
    expect(emailPage).not.toContain('ติดตามเรื่องได้ที่');
    expect(emailPage).not.toContain('<svg');
  });

  it('paginates a complaint with very long Thai text onto several pages', async () => {
    const details = 'เจ้าหน้าที่กองช่างเรียกรับเงินจากผู้รับเหมาเพื่อให้ผ่านการตรวจรับงานก่อสร้างถนนคอนกรีตเสริมเหล็ก '.repeat(200);
    const long = await new Workflow(agents.center, agents.commander).record({ details, incidentAt: null });
    const { pages, text } = await pdfText(await (await get(agents.center, `/documents/complaints/${long.id}/form.pdf`)).arrayBuffer());
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain(skeleton('ผู้รับเหมา'));
  });

  it('R10: the statistics report, and the errors of the API for the rest', async () => {
    const { text } = await pdfText(await (await get(agents.nayok, `/documents/statistics/2569.pdf?quarter=3`)).arrayBuffer());
    expect(text).toContain(skeleton('ไตรมาสที่ ๓ ปีงบประมาณ พ.ศ. ๒๕๖๙'));
    expect((await get(null, `/documents/complaints/${complaint.id}/receipt.pdf`)).status).toBe(401);
    expect((await get(agents.admin, `/documents/complaints/${complaint.id}/receipt.pdf`)).status).toBe(403);
    const missing = await get(agents.center, `/documents/complaints/00000000-0000-4000-8000-000000000000/receipt.pdf`);
    expect(missing.status).toBe(404);
    // The same error shape as the GraphQL API's: code, both messages and the details.
    expect(await missing.json()).toEqual({
      errors: [
        {
          message: 'ไม่พบเรื่องร้องเรียนนี้ — No complaint with id 00000000-0000-4000-8000-000000000000',
          extensions: {
            code: 'NOT_FOUND',
            messageTh: 'ไม่พบเรื่องร้องเรียนนี้',
            messageEn: 'No complaint with id 00000000-0000-4000-8000-000000000000',
            id: '00000000-0000-4000-8000-000000000000',
          },
        },
      ],
    });
    expect((await get(agents.nayok, `/documents/statistics/2026.pdf`)).status).toBe(400);
    // The page a document is printed from, for previews.
    const preview = await get(agents.center, `/documents/complaints/${complaint.id}/form.html`);
    expect(preview.headers.get('content-type')).toContain('text/html');
    expect(documentText(await preview.text())).toContain('<h1>แบบฟอร์มการร้องเรียน');
  });
});
