import { join } from 'node:path';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, demoPassword, launchChromium, missing, resultsDir, startServer, type E2eServer } from './harness';

// Issue 14, item 6: the Nayok opens the fiscal year's ITA pages from the overview (the links name the
// body), and the same O19 opens in a browser without any session, as a website's link would, and
// shows the complaint the Center recorded this year, counted in its month.
let server: E2eServer | undefined;
let browser: Browser | undefined;

/** R10: the running fiscal year (B.E.) in Bangkok time. */
const runningYear = (() => {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  return year + 543 + (month >= 10 ? 1 : 0);
})();

describe.skipIf(missing.length > 0)('ITA pages in the browser (issue 14, item 6)', () => {
  beforeAll(async () => {
    server = await startServer('ita');
    browser = await launchChromium();
    const center = await apiSession(server.url, 'center');
    await center(`mutation ($input: RecordComplaintInput!) { recordComplaint(input: $input) { complaint { id } } }`, {
      input: {
        channel: 'PHONE',
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        subject: 'เรื่องทดสอบหน้า ITA ที่ไม่ควรปรากฏ',
        details: 'รายละเอียดทดสอบ',
        complainant: null,
        accused: [{ fullName: 'นายไม่ควร ปรากฏชื่อ', position: 'นักวิชาการ', unit: 'กองช่าง' }],
        evidence: [],
      },
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the Nayok opens O19 from the overview; the same page opens without a session and counts the complaint', async () => {
    const context = await browser!.newContext({ viewport: { width: 1366, height: 900 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      await page.goto(server!.url);
      await page.fill('#sign-in-username', 'nayok');
      await page.fill('#sign-in-password', demoPassword);
      await page.click('button[type=submit]');
      await page.getByRole('heading', { name: 'ภาพรวมเรื่องร้องเรียน' }).waitFor();
      const link = page.getByRole('link', { name: `ITA O19 ผลการดำเนินงานเรื่องร้องเรียน ปีงบประมาณ ${runningYear} (หน้าเว็บ)` });
      expect(await link.getAttribute('href')).toBe(`/ita/${runningYear}/o19?body=KOK_YAE`);
      const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
      await opened.getByRole('heading', { name: 'ผลการดำเนินงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ' }).waitFor();
      const signedInText = await opened.locator('body').innerText();
      await opened.screenshot({ path: join(resultsDir, 'ita-o19-from-overview.png'), fullPage: true });

      // A website's link: a browser without any session.
      const anonymous = await browser!.newContext({ locale: 'th-TH' });
      try {
        const publicPage = await anonymous.newPage();
        const response = await publicPage.goto(`${server!.url}/ita/${runningYear}/o19?body=KOK_YAE`);
        expect(response!.status()).toBe(200);
        const text = await publicPage.locator('body').innerText();
        expect(text).toBe(signedInText);
        expect(text).toContain('ข้อมูล ณ วันที่');
        expect(text).not.toContain('เรื่องทดสอบหน้า ITA');
        expect(text).not.toContain('ไม่ควร');
        // The 12-month round's total: one complaint received, in progress.
        const total = await publicPage.locator('table.round').last().locator('tr').last().innerText();
        expect(total.replace(/\s+/g, ' ').trim()).toBe('รวม ๑ ๐ ๑ ๐');
        const manual = await publicPage.goto(`${server!.url}/ita/${runningYear}/o18`);
        expect(manual!.status()).toBe(200);
        await publicPage.getByRole('heading', { name: 'คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ' }).waitFor();
      } finally {
        await anonymous.close();
      }
    } finally {
      await context.close();
    }
  }, 120_000);
});
