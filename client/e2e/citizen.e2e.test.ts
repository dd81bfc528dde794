import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, demoPassword, type E2eServer, launchChromium, missing, resultsDir, startServer } from './harness';

// Issue 12, "Done means": the citizen's channel in Debian's Chromium against the real server on a
// fresh embedded database, on a phone-sized page (360×740). One server for the whole file; the
// tests run in order and share its per-address limits (contract: 10 submissions an hour, 10 wrong
// codes in 15 minutes), so the one that trips the wrong-code limit runs last.

let server: E2eServer | undefined;
let browser: Browser | undefined;
let baseUrl = '';

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'th-TH', timezoneId: 'Asia/Bangkok' };
/** The server's tracking code: six groups of four of the readable alphabet (tracking-code.ts). */
const codePattern = /^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){5}$/;

type Api = Awaited<ReturnType<typeof apiSession>>;

/** Every URL a context asked for (requests and WebSockets), to check a code never travels in one. */
function recordUrls(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  context.on('page', (page) => page.on('websocket', (socket) => urls.push(socket.url())));
  return urls;
}

function expectNoCodeIn(urls: string[], code: string) {
  const forms = [code, code.replace(/-/g, ''), encodeURIComponent(code)].map((form) => form.toLowerCase());
  const leaking = urls.filter((url) => forms.some((form) => url.toLowerCase().includes(form)));
  expect(leaking, 'a URL carried the tracking code').toEqual([]);
}

async function phonePage(): Promise<{ context: BrowserContext; page: Page; urls: string[]; errors: string[] }> {
  const context = await browser!.newContext(phone);
  const urls = recordUrls(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return { context, page, urls, errors };
}

/** Nothing wider than the phone: no sideways scrolling on a 360 px page. */
async function expectFitsPhone(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
}

async function complaintOf(
  center: Api,
  receiptNumber: string,
): Promise<{ id: string; version: number; anonymous: boolean; channel: string }> {
  const { board } = await center(`{ board { columns { complaints { id version receiptNumber anonymous channel { code } } } } }`);
  const found = (
    board.columns as {
      complaints: { id: string; version: number; receiptNumber: string; anonymous: boolean; channel: { code: string } }[];
    }[]
  )
    .flatMap((column) => column.complaints)
    .find((complaint) => complaint.receiptNumber === receiptNumber);
  if (!found) throw new Error(`no complaint ${receiptNumber} on the board`);
  return { id: found.id, version: found.version, anonymous: found.anonymous, channel: found.channel.code };
}

async function fillAccused(page: Page) {
  await page.fill('#report-accused-0-fullName', 'นายสมมติ ตัวอย่าง');
  await page.fill('#report-accused-0-position', 'นายช่างโยธา');
  await page.fill('#report-accused-0-unit', 'กองช่าง');
}

/** The receipt's numbers, once it is shown (issue 12, item 2). */
async function readReceipt(page: Page): Promise<{ receiptNumber: string; code: string }> {
  await page.getByRole('heading', { name: 'ส่งเรื่องร้องเรียนแล้ว' }).waitFor();
  const receiptNumber = (await page.getByTestId('receipt-number').textContent())!.trim();
  const code = (await page.getByTestId('tracking-code').textContent())!.trim();
  expect(receiptNumber).toMatch(/^\d+\/25\d\d$/);
  expect(code).toMatch(codePattern);
  return { receiptNumber, code };
}

describe.skipIf(missing.length > 0)("the citizen's channel in Chromium (issue 12)", () => {
  let named: { receiptNumber: string; code: string; id: string } | undefined;

  beforeAll(async () => {
    server = await startServer('citizen');
    baseUrl = server.url;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  it('a named citizen files on a phone, checks the summary, gets the receipt once; the Center replies, the citizen answers, the Center sees it live', async () => {
    const { context, page, urls, errors } = await phonePage();
    let staff: BrowserContext | undefined;
    try {
      // Linked from the sign-in page; no session and no staff menu.
      await page.goto(baseUrl);
      await page.getByRole('link', { name: /แจ้งเรื่องร้องเรียนทางเว็บไซต์/ }).click();
      await page.getByRole('heading', { name: 'แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ' }).waitFor();
      expect(await page.locator('.app-header').count()).toBe(0);
      const before = urls.length;
      // The manual's advice beside the fields (manual §8, R5) and the PDPA notice.
      await page.getByText('บรรยายการกระทำที่เป็นเหตุแห่งการร้องเรียนให้ละเอียด').waitFor();
      await page.getByText('ผู้ถูกร้องเรียนไม่เห็นเรื่องนี้และไม่เห็นข้อมูลของท่านไม่ว่ากรณีใด').waitFor();
      await expectFitsPhone(page);

      // R5: the required fields refused, each by its name, before anything is sent.
      await page.getByRole('button', { name: 'ตรวจทานก่อนส่ง' }).click();
      const refusal = page.getByTestId('report-refusal');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain('เรื่อง (สรุปสั้น ๆ)');
      await page.getByText('กรุณากรอก “เรื่อง (สรุปสั้น ๆ)”').waitFor();
      await page.getByText('กรุณากรอก “รายละเอียดการกระทำ”').waitFor();
      await page.getByText('กรุณากรอก “ชื่อ-สกุล”').waitFor();
      await page.getByText('กรุณาระบุชื่อ ตำแหน่ง หรือสังกัดของผู้ถูกร้องเรียนคนที่ 1').waitFor();
      await page.getByText('กรุณายืนยันว่าข้อความที่แจ้งเป็นความจริง').first().waitFor();
      expect(urls.slice(before).filter((url) => url.endsWith('/graphql'))).toEqual([]);

      await page.fill('#report-subject', 'เจ้าหน้าที่เรียกเงินค่าขออนุญาตก่อสร้าง');
      await page.fill('#report-details', 'เมื่อวันที่ 3 พ.ย. เจ้าหน้าที่กองช่างเรียกเงิน 5,000 บาท\nเพื่อให้อนุญาตเร็วขึ้น');
      await page.fill('#report-incidentPlace', 'ที่ทำการ อบต. ชั้น 2');
      await fillAccused(page);
      await page.fill('#report-fullName', 'นางสาวผู้ร้อง ทดสอบ');
      await page.fill('#report-phone', '081-234-5678');
      // An address the form lets through but the server's e-mail check refuses: its message shows.
      await page.fill('#report-email', 'citizen@example.c');
      await page.getByRole('button', { name: 'เพิ่มรายการหลักฐาน' }).click();
      await page.fill('#report-evidence-0', 'ภาพถ่ายใบเสร็จ');
      await page.getByLabel(/ข้าพเจ้าขอรับรองว่าข้อความที่แจ้งเป็นความจริง/).check();
      await page.getByRole('button', { name: 'ตรวจทานก่อนส่ง' }).click();

      // The summary, checked before sending.
      const summary = page.getByTestId('report-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain('เจ้าหน้าที่เรียกเงินค่าขออนุญาตก่อสร้าง');
      expect(await summary.textContent()).toContain('นางสาวผู้ร้อง ทดสอบ');
      expect(await summary.textContent()).toContain('นายสมมติ ตัวอย่าง, นายช่างโยธา, กองช่าง');
      await expectFitsPhone(page);
      await page.screenshot({ path: join(resultsDir, 'citizen-summary.png'), fullPage: true });
      await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
      // The server refuses it (BAD_USER_INPUT): back on the form, its message and the field named.
      await page.getByRole('heading', { name: 'แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ' }).waitFor();
      expect(await page.getByTestId('report-refusal').textContent()).toContain('อีเมล');
      expect(await page.locator('#report-email').getAttribute('aria-invalid')).toBe('true');
      await page.fill('#report-email', 'citizen@example.com');
      await page.getByRole('button', { name: 'ตรวจทานก่อนส่ง' }).click();
      await page.getByTestId('report-summary').waitFor();
      await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();

      // The receipt: number and code in groups, shown once, with a QR code, printable.
      const { receiptNumber, code } = await readReceipt(page);
      await page.getByText('รหัสนี้แสดงครั้งเดียวเท่านั้น').waitFor();
      expect(await page.getByTestId('tracking-qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      expect(await page.getByRole('link', { name: 'ไปหน้าติดตามเรื่อง' }).getAttribute('href')).toBe(`/track#${code}`);
      await expectFitsPhone(page);
      await page.screenshot({ path: join(resultsDir, 'citizen-receipt.png'), fullPage: true });
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.public-frame__header').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'พิมพ์ใบรับเรื่อง' }).isVisible()).toBe(false);
      expect(await page.getByTestId('tracking-code').isVisible()).toBe(true);
      await page.screenshot({ path: join(resultsDir, 'citizen-receipt-print.png'), fullPage: true });
      await page.emulateMedia({ media: 'screen' });

      // Recorded as any complaint, channel WEBSITE (contract), with the complainant named.
      const center = await apiSession(baseUrl, 'center');
      const complaint = await complaintOf(center, receiptNumber);
      expect(complaint).toMatchObject({ anonymous: false, channel: 'WEBSITE' });
      named = { receiptNumber, code, id: complaint.id };

      // A Center officer opens the file in another browser; then replies through the API.
      staff = await browser!.newContext({ viewport: { width: 1366, height: 768 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
      const desk = await staff.newPage();
      desk.setDefaultTimeout(10_000);
      await desk.goto(baseUrl);
      await desk.fill('#sign-in-username', 'center');
      await desk.fill('#sign-in-password', demoPassword);
      await desk.click('button[type=submit]');
      await desk.getByRole('heading', { name: 'กระดานเรื่องร้องเรียน' }).waitFor();
      await desk.goto(`${baseUrl}/complaints/${complaint.id}`);
      const conversation = desk.getByTestId('file-conversation');
      await conversation.getByText('ยังไม่มีข้อความ').waitFor();
      const replied = await center(
        `mutation($input: ReplyToComplainantInput!) { replyToComplainant(input: $input) { complaint { version } } }`,
        { input: { complaintId: complaint.id, expectedVersion: complaint.version, body: 'ศูนย์ฯ ได้รับเรื่องแล้ว ขอสำเนาใบเสร็จเพิ่มเติม' } },
      );
      // The Center acknowledges the complaint through the tracking page: the citizen reads the letter there.
      await center(`mutation($input: SendNoticeInput!) { sendNotice(input: $input) { complaint { version } } }`, {
        input: {
          complaintId: complaint.id,
          expectedVersion: replied.replyToComplainant.complaint.version,
          kind: 'ACKNOWLEDGEMENT',
          method: 'TRACKING_PAGE',
        },
      });

      // The citizen opens /track#code (the QR code's link): the field is filled, the fragment gone.
      await page.goto(`${baseUrl}/track#${code}`);
      await page.getByTestId('tracked-complaint').waitFor();
      expect(await page.inputValue('#track-code')).toBe(code);
      expect(page.url()).toBe(`${baseUrl}/track`);
      expect(await page.evaluate(() => window.location.hash)).toBe('');
      expect(await page.getByTestId('tracked-receipt').textContent()).toBe(receiptNumber);
      expect(await page.getByTestId('tracked-stage').textContent()).toBe('หน่วยงานได้รับเรื่องของท่านแล้ว');
      await page.getByText('ศูนย์ฯ ได้รับเรื่องแล้ว ขอสำเนาใบเสร็จเพิ่มเติม').waitFor();
      await page.getByText('อ่านหนังสือแจ้ง').click();
      await page.getByText('ขอแจ้งให้ทราบว่าได้รับเรื่องร้องเรียนของท่านไว้แล้ว', { exact: false }).waitFor();
      // Received in the Buddhist Era, as a Thai office writes it.
      expect(await page.locator('.tracked__facts time').first().textContent()).toMatch(/25\d\d/);
      expect(await page.locator('.app-header').count()).toBe(0);
      await expectFitsPhone(page);

      // The citizen answers; the Center's open file shows it without a reload (NEW_MESSAGE alert).
      await page.fill('#tracked-message', 'ส่งสำเนาใบเสร็จทางไปรษณีย์แล้วค่ะ');
      await page.getByRole('button', { name: 'ส่งข้อความ' }).click();
      await page.getByTestId('tracked-messages').getByText('ส่งสำเนาใบเสร็จทางไปรษณีย์แล้วค่ะ').waitFor();
      expect(
        await page.locator('[data-testid=tracked-messages] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-from'))),
      ).toEqual(['CENTER', 'COMPLAINANT']);
      await page.screenshot({ path: join(resultsDir, 'citizen-track.png'), fullPage: true });
      await conversation.getByText('ส่งสำเนาใบเสร็จทางไปรษณีย์แล้วค่ะ').waitFor({ timeout: 15_000 });
      expect(await conversation.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-from')))).toEqual([
        'CENTER',
        'COMPLAINANT',
      ]);

      // The Center answers from the file (replyToComplainant with the version it saw).
      await desk.fill('#file-conversation-reply', 'ได้รับแล้ว ขอบคุณครับ');
      await desk.getByRole('button', { name: 'ส่งคำตอบ' }).click();
      await conversation.getByText('ได้รับแล้ว ขอบคุณครับ').waitFor();
      await desk.screenshot({ path: join(resultsDir, 'citizen-file-conversation.png'), fullPage: true });

      // Contract: the code went in POST bodies only, never in a URL the server or a proxy logs.
      expectNoCodeIn(urls, code);
      expect(errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: join(resultsDir, 'citizen-failure.png'), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await staff?.close();
      await context.close();
    }
  }, 120_000);

  it('an anonymous citizen is warned what R6 means, sends without a name, and a file over 20 MiB is refused before it is sent', async () => {
    const { context, page, urls, errors } = await phonePage();
    try {
      await page.goto(`${baseUrl}/report`);
      // Thai first, English too: the same page in English, then back.
      await page.getByRole('button', { name: /English/ }).click();
      await page.getByRole('heading', { name: 'Report corruption or misconduct' }).waitFor();
      await page.getByText('Who sees it: your name and address are shown only to the officers').waitFor();
      await page.getByRole('button', { name: /ภาษาไทย/ }).click();
      await page.getByRole('heading', { name: 'แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ' }).waitFor();
      await page.getByLabel('ไม่ประสงค์ออกนาม').check();
      const warning = page.getByTestId('anonymous-warning');
      expect(await warning.textContent()).toContain('อาจไม่รับไว้พิจารณา');
      expect(await page.locator('#report-fullName').count()).toBe(0);

      // Issue 12: the limits hold in the browser too; the big file never leaves the phone.
      await page
        .locator('.evidence-files__input')
        .setInputFiles({ name: 'video.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(21 * 1024 * 1024) });
      await page.getByText('ไฟล์ “video.mp4” ใหญ่เกิน 20 MB').waitFor();
      expect(urls.filter((url) => new URL(url).pathname === '/uploads')).toEqual([]);

      await page.fill('#report-subject', 'จัดซื้อวัสดุราคาสูงกว่าท้องตลาด');
      await page.fill('#report-details', 'โครงการซ่อมถนนหมู่ 4 ใช้วัสดุราคาสูงผิดปกติ มีใบเสนอราคาเปรียบเทียบ');
      await page.fill('#report-accused-0-unit', 'กองคลัง');
      await page.getByLabel(/ข้าพเจ้าขอรับรอง/).check();
      await page.getByRole('button', { name: 'ตรวจทานก่อนส่ง' }).click();
      const summary = page.getByTestId('report-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain('ไม่ประสงค์ออกนาม (บัตรสนเท่ห์)');
      expect(await summary.textContent()).toContain('อาจไม่รับไว้พิจารณา');
      await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
      const { receiptNumber, code } = await readReceipt(page);
      await expectFitsPhone(page);

      const center = await apiSession(baseUrl, 'center');
      expect(await complaintOf(center, receiptNumber)).toMatchObject({ anonymous: true, channel: 'WEBSITE' });

      // The receipt's own link to /track (pushed in the page, the fragment removed at once).
      await page.getByRole('link', { name: 'ไปหน้าติดตามเรื่อง' }).click();
      await page.getByTestId('tracked-complaint').waitFor();
      expect(await page.evaluate(() => window.location.href)).toBe(`${baseUrl}/track`);
      expect(await page.getByTestId('tracked-receipt').textContent()).toBe(receiptNumber);
      expectNoCodeIn(urls, code);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it("a wrong code gets the server's NOT_FOUND message; a typed code opens the complaint in any case and grouping", async () => {
    const { context, page, urls } = await phonePage();
    try {
      await page.goto(`${baseUrl}/`);
      await page.getByRole('link', { name: 'ติดตามเรื่องด้วยรหัสติดตามเรื่อง' }).click();
      await page.getByRole('heading', { name: 'ติดตามเรื่องร้องเรียน' }).waitFor();
      await page.fill('#track-code', 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF');
      await page.getByRole('button', { name: 'ดูเรื่อง' }).click();
      expect(await page.getByTestId('track-refusal').textContent()).toBe('ไม่พบเรื่องตามรหัสติดตามเรื่องนี้ กรุณาตรวจรหัสบนใบรับเรื่องอีกครั้ง');

      // Typed by hand: lower case, spaces for dashes (the server normalises it).
      await page.fill('#track-code', named!.code.toLowerCase().replace(/-/g, ' '));
      await page.getByRole('button', { name: 'ดูเรื่อง' }).click();
      await page.getByTestId('tracked-complaint').waitFor();
      expect(await page.getByTestId('tracked-receipt').textContent()).toBe(named!.receiptNumber);
      expectNoCodeIn(urls, named!.code);
      expect(urls.filter((url) => url.includes('?'))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('evidence photo: uploaded with its SHA-256 shown, sent, listed on /track and in the file', async () => {
    const { context, page, urls, errors } = await phonePage();
    try {
      await page.goto(`${baseUrl}/report`);
      await page.locator('.evidence-files__input').setInputFiles({ name: 'receipt-photo.png', mimeType: 'image/png', buffer: tinyPng });
      const listed = page.getByTestId('evidence-files');
      await listed.getByText('receipt-photo.png').waitFor();
      const sha256 = (await listed.locator('code').first().textContent())!.trim();
      expect(sha256).toMatch(/^[0-9a-f]{64}$/);
      await page.fill('#report-subject', 'ภาพถ่ายการรับเงิน');
      await page.fill('#report-details', 'มีภาพถ่ายขณะรับเงินแนบมาด้วย');
      await page.fill('#report-accused-0-position', 'เจ้าพนักงานการเงิน');
      await page.getByLabel('ไม่ประสงค์ออกนาม').check();
      await page.getByLabel(/ข้าพเจ้าขอรับรอง/).check();
      await page.getByRole('button', { name: 'ตรวจทานก่อนส่ง' }).click();
      expect(await page.getByTestId('report-summary').textContent()).toContain('receipt-photo.png');
      await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
      const { receiptNumber, code } = await readReceipt(page);

      await page.goto(`${baseUrl}/track#${code}`);
      const files = page.getByTestId('tracked-files');
      await files.getByText('receipt-photo.png').waitFor();
      expect(await files.locator('code').first().textContent()).toBe(sha256);

      const center = await apiSession(baseUrl, 'center');
      const { id } = await complaintOf(center, receiptNumber);
      const staff = await browser!.newContext({ viewport: { width: 1366, height: 768 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
      try {
        const desk = await staff.newPage();
        await desk.goto(baseUrl);
        await desk.fill('#sign-in-username', 'center');
        await desk.fill('#sign-in-password', demoPassword);
        await desk.click('button[type=submit]');
        await desk.getByRole('heading', { name: 'กระดานเรื่องร้องเรียน' }).waitFor();
        await desk.goto(`${baseUrl}/complaints/${id}`);
        const link = desk.getByTestId('file-attachments').getByRole('link', { name: 'receipt-photo.png' });
        expect(await link.getAttribute('href')).toMatch(/^\/files\/[^/]+$/);
        // The Center attaches the scan of a letter that came by post: kept byte for byte (issue 12, item 4).
        const scan = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
        await desk.getByTestId('attach-scans').setInputFiles({ name: 'หนังสือทางไปรษณีย์.pdf', mimeType: 'application/pdf', buffer: scan });
        await desk.getByText('แนบไฟล์แล้ว 1 ไฟล์').waitFor();
        const scanned = desk.getByTestId('file-attachments').getByRole('listitem').filter({ hasText: 'หนังสือทางไปรษณีย์.pdf' });
        await scanned.getByText('เจ้าหน้าที่สแกน', { exact: false }).waitFor();
        const href = await scanned.getByRole('link').getAttribute('href');
        const downloaded = await desk.request.get(`${baseUrl}${href}`);
        expect(downloaded.headers()['content-disposition']).toMatch(/^attachment;/);
        expect(Buffer.from(await downloaded.body()).equals(scan)).toBe(true);
      } finally {
        await staff.close();
      }
      expectNoCodeIn(urls, code);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  // Last: it uses up this address's wrong codes for the rest of the file's server.
  it("past 10 wrong codes from one address, the page shows the server's RATE_LIMITED message", async () => {
    for (let i = 0; i < 10; i += 1) {
      await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query($code: String!) { trackComplaint(code: $code) { stage } }',
          variables: { code: `WRONG-${i}` },
        }),
      });
    }
    const { context, page } = await phonePage();
    try {
      await page.goto(`${baseUrl}/track`);
      await page.fill('#track-code', named!.code);
      await page.getByRole('button', { name: 'ดูเรื่อง' }).click();
      const refusal = page.getByTestId('track-refusal');
      await refusal.waitFor();
      // The server's words, saying when to try again (public-limits.ts).
      expect(await refusal.textContent()).toMatch(/หลายครั้งเกินกำหนด กรุณาลองใหม่อีกครั้งในอีก \d+ นาที/);
      expect(await page.getByTestId('tracked-complaint').count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 60_000);
});

/** A 1×1 PNG: the smallest photo the server recognises by its bytes. */
const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
