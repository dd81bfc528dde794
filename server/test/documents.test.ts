import { existsSync } from 'node:fs';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workflow, type ComplaintState } from './factories.js';
import { signedIn, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';
import { prerequisitesMet } from './prerequisites.js';
import { documentText, pdfText, skeleton } from './document-text.js';

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

  describe('issue 14, item 2: letters by the Regulation on Correspondence', () => {
    it('the external letter: ที่ with the office code, the emblem space, เรื่อง … ขอแสดงความนับถือ, the signer, and at its foot โทร. โทรสาร e-mail', async () => {
      const { text } = await pdfText(await (await get(agents.center, `/documents/notices/${noticeId}.pdf`)).arrayBuffer());
      const { complaint: file } = await agents.center.ok(`query ($id: ID!) { complaint(id: $id) { notices { id outgoingNumber } } }`, {
        id: complaint.id,
      });
      const [seq] = file.notices[0].outgoingNumber.split('/');
      const thai = (digits: string) => digits.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]);
      // The demo body's letter code (seeds/src/organisations/kok-yae.json), then the running number of its outgoing register.
      expect(text).toContain(skeleton(`ที่ สบ ${thai('71501')}/${thai(seq)}`));
      for (const part of ['เรื่อง', 'เรียน', 'อ้างถึง', 'สิ่งที่ส่งมาด้วย', 'ขอแสดงความนับถือ', '(นางสาววิไลวรรณ ศรีสุข)', 'ปลัดองค์การบริหารส่วนตำบลโคกแย้']) {
        expect(text).toContain(skeleton(part));
      }
      for (const part of ['ศูนย์ปฏิบัติการต่อต้านการทุจริต', 'โทร.', 'โทรสาร', 'ไปรษณีย์อิเล็กทรอนิกส์']) expect(text).toContain(skeleton(part));
      expect(text).toContain('saraban@kokyae.go.th');
      // No emblem uploaded: its 3 cm are kept free at the head of the letter.
      const page = await (await get(agents.center, `/documents/notices/${noticeId}.html`)).text();
      expect(page).toMatch(/<div class="emblem"><\/div>/);
      expect(page).toContain('.emblem { height: 3cm;');
    });

    it("R4.3: the clerk reads the letter's draft, edits it, and the letter sent says what the clerk wrote; the findings are not copied word for word", async () => {
      const flow = new Workflow(agents.center, agents.commander);
      const resolved = await flow.at('RESOLVED', { incidentAt: null });
      const { noticeDraft } = await agents.center.ok(
        `query ($id: ID!, $kind: NoticeKind!) { noticeDraft(complaintId: $id, kind: $kind) { subject to paragraphs } }`,
        { id: resolved.id, kind: 'RESULT' },
      );
      expect(noticeDraft.subject).toBe('แจ้งผลการพิจารณาเรื่องร้องเรียน');
      expect(noticeDraft.to).toBe('นายสมปอง ใจกล้า');
      expect(noticeDraft.paragraphs.join(' ')).toContain('มีมูลตามที่ร้องเรียน');
      // The committee's findings (factories.ts) stay the committee's.
      expect(noticeDraft.paragraphs.join(' ')).not.toContain('พบว่ามีการเรียกรับเงินจริง');
      const nayokDraft = await agents.nayok.request(`query ($id: ID!) { noticeDraft(complaintId: $id, kind: RESULT) { subject } }`, {
        id: resolved.id,
      });
      expect(nayokDraft.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const send = (paragraphs: string[]) =>
        agents.center.request(
          `mutation ($input: SendNoticeInput!) { sendNotice(input: $input) { complaint { version notices { id paragraphs } } } }`,
          { input: { complaintId: resolved.id, expectedVersion: resolved.version, kind: 'RESULT', method: 'LETTER', paragraphs } },
        );
      // Bad input changes nothing: 21 paragraphs, or one longer than 3,000 characters.
      for (const bad of [Array.from({ length: 21 }, () => 'ย่อหน้า'), ['ก'.repeat(3001)]]) {
        const refused = await send(bad);
        expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
      const edited = [...noticeDraft.paragraphs, '  ', 'ทั้งนี้ ได้ลงโทษทางวินัยแก่ผู้เกี่ยวข้องตามระเบียบแล้ว  '];
      const sent = await send(edited);
      expect(sent.errors).toBeUndefined();
      const notice = sent.data.sendNotice.complaint.notices.at(-1);
      expect(sent.data.sendNotice.complaint.notices).toHaveLength(1);
      expect(notice.paragraphs).toEqual([...noticeDraft.paragraphs, 'ทั้งนี้ ได้ลงโทษทางวินัยแก่ผู้เกี่ยวข้องตามระเบียบแล้ว']);
      const { text } = await pdfText(await (await get(agents.center, `/documents/notices/${notice.id}.pdf`)).arrayBuffer());
      expect(text).toContain(skeleton('ได้ลงโทษทางวินัยแก่ผู้เกี่ยวข้องตามระเบียบแล้ว'));
    });

    it('R3, R4.4: the order appointing the committee is issued by the appointment: คำสั่ง, ที่, เรื่อง, the members and their roles, สั่ง ณ วันที่', async () => {
      const flow = new Workflow(agents.center, agents.commander);
      const appointed = await flow.at('COMMITTEE', { incidentAt: null });
      const { complaint: file } = await agents.center.ok(`query ($id: ID!) { complaint(id: $id) { issuedDocuments { kind number } } }`, {
        id: appointed.id,
      });
      expect(file.issuedDocuments).toEqual([{ kind: 'COMMITTEE_ORDER', number: 'คำสั่ง อบต.โคกแย้ ที่ 45/2569' }]);
      const response = await get(agents.commander, `/documents/complaints/${appointed.id}/committee-order.pdf`);
      expect(response.status).toBe(200);
      const { text } = await pdfText(await response.arrayBuffer());
      for (const part of [
        'คำสั่งองค์การบริหารส่วนตำบลโคกแย้',
        'เรื่อง แต่งตั้งคณะกรรมการสอบข้อเท็จจริง',
        'นางสาววิไลวรรณ ศรีสุข',
        'ประธานกรรมการ',
        'กรรมการและเลขานุการ',
        'สั่ง ณ วันที่',
      ]) {
        expect(text).toContain(skeleton(part));
      }
      expect(text).not.toContain(skeleton('นายสมปอง'));
      expect((await get(agents.center, `/documents/complaints/${complaint.id}/committee-order.html`)).status).toBe(200);
      const none = await get(agents.center, `/documents/complaints/${(await flow.record()).id}/committee-order.pdf`);
      expect(none.status).toBe(404);
      const refusal = (await none.json()) as { errors: { extensions: { messageTh: string } }[] };
      expect(refusal.errors[0]!.extensions.messageTh).toContain('ยังไม่ได้แต่งตั้งคณะกรรมการ');
    });

    it('R4.5: the summary report to the executives is issued when the complaint closes, and names no complainant', async () => {
      const flow = new Workflow(agents.center, agents.commander);
      const closed = await flow.at('CLOSED', { incidentAt: null });
      const { complaint: file } = await agents.nayok.ok(`query ($id: ID!) { complaint(id: $id) { issuedDocuments { kind } } }`, {
        id: closed.id,
      });
      expect(file.issuedDocuments.map((document: { kind: string }) => document.kind)).toEqual(['COMMITTEE_ORDER', 'SUMMARY_REPORT']);
      const { text } = await pdfText(await (await get(agents.nayok, `/documents/complaints/${closed.id}/summary.pdf`)).arrayBuffer());
      for (const part of [
        'บันทึกข้อความ',
        'ส่วนราชการ',
        'รายงานสรุปผลการดำเนินการเรื่องร้องเรียน',
        'เรียน นายกองค์การบริหารส่วนตำบลโคกแย้',
        'มีมูลตามที่ร้องเรียน',
      ]) {
        expect(text).toContain(skeleton(part));
      }
      expect(text).toContain(skeleton('พบว่ามีการเรียกรับเงินจริง'));
      expect(text).not.toContain(skeleton('นายสมปอง'));
    });

    it("the letter code, fax and e-mail are the administrator's to change; a wrong e-mail is refused in Thai and changes nothing", async () => {
      const update = (input: Record<string, unknown>) =>
        agents.admin.request(`mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { officeCode fax email } }`, {
          input,
        });
      const refused = await update({ email: 'saraban at kokyae', fax: '036-000000' });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      expect(refused.errors?.[0]?.extensions?.messageTh).toContain('อีเมล');
      const { organisation } = await agents.admin.ok(`{ organisation { officeCode fax email } }`);
      expect(organisation).toEqual({ officeCode: 'สบ 71501', fax: '0-3637-4048 ต่อ 34', email: 'saraban@kokyae.go.th' });
    });
  });
});
