import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession as sharedApiSession, demoPassword, type E2eServer, launchChromium, missing, resultsDir, startServer } from './harness';

// The register and a correction in Debian's Chromium against the real server on a fresh embedded
// database (contract, "Corrections and the register"; issue 11, items 4 and 5). Needs the built
// server and client (`npm run build`; `npm ci` does it).
const password = demoPassword;

let server: E2eServer | undefined;
let browser: Browser | undefined;
let baseUrl = '';

/** Another user's session over plain HTTP (the contract's API), not through the browser. */
const apiSession = (username: string) => sharedApiSession(baseUrl, username);

type Api = Awaited<ReturnType<typeof apiSession>>;

async function record(api: Api, subject: string, receivedAt: string) {
  const data = await api(
    `mutation($input: RecordComplaintInput!) { recordComplaint(input: $input) { complaint { id version receiptNumber } } }`,
    {
      input: {
        channel: 'POST',
        receivedAt,
        subject,
        details: 'รายละเอียดการกระทำ',
        accused: [{ fullName: 'นายช่าง ไม่ทราบนามสกุล' }],
        complainant: { fullName: 'สมหญิง รักดี', phone: '081 234 5678' },
      },
    },
  );
  return data.recordComplaint.complaint as { id: string; version: number; receiptNumber: string };
}

const thaiDigits = (text: string) => text.replace(/\d/g, (digit) => '๐๑๒๓๔๕๖๗๘๙'[Number(digit)]!);

async function signedInPage(username: string, width: number): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser!.newContext({ viewport: { width, height: 800 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(baseUrl);
  await page.fill('#sign-in-username', username);
  await page.fill('#sign-in-password', password);
  await page.click('button[type=submit]');
  await page
    .getByRole('button', { name: 'ออกจากระบบ' })
    .waitFor()
    .catch(async (error: unknown) => {
      await page.screenshot({ path: join(resultsDir, `sign-in-${username}.png`) });
      throw new Error(`${String(error)}; page errors: ${errors.join('; ')}`);
    });
  return { context, page, errors };
}

describe.skipIf(missing.length > 0)('the register and a correction in Chromium', () => {
  beforeAll(async () => {
    server = await startServer('register');
    baseUrl = server.url;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  it('lists, searches with Thai digits and pages the register at 360 px', async () => {
    const center = await apiSession('center');
    const start = Date.now() - 40 * 86_400_000;
    const recorded = [];
    for (let i = 0; i < 27; i++)
      recorded.push(await record(center, `ทะเบียน e2e เรื่องที่ ${i + 1}`, new Date(start + i * 3_600_000).toISOString()));
    const { context, page, errors } = await signedInPage('center', 360);
    try {
      // The header's menu is folded away on a phone (AppHeader.css): the page is opened by its address.
      await page.goto(`${baseUrl}/register`);
      await page.getByRole('heading', { name: 'ทะเบียนเรื่องร้องเรียน' }).waitFor();
      // Newest receipt first; a page of 25, then the rest on "load more".
      const rows = page.locator('tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(25);
      expect(await rows.first().getAttribute('data-receipt')).toBe(recorded.at(-1)!.receiptNumber);
      await page.getByRole('button', { name: 'แสดงเพิ่มเติม' }).click();
      await page.getByText('แสดง 27 จาก 27 เรื่อง').waitFor();
      expect(await rows.count()).toBe(27);
      expect(await page.getByRole('button', { name: 'แสดงเพิ่มเติม' }).count()).toBe(0);
      // Usable at 360 px: nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.screenshot({ path: join(resultsDir, 'register-360.png'), fullPage: false });

      // The receipt number typed in Thai digits finds it.
      const target = recorded[3]!;
      await page.getByRole('searchbox').fill(thaiDigits(target.receiptNumber));
      await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
      await page.getByText('แสดง 1 จาก 1 เรื่อง').waitFor();
      expect(await rows.first().getAttribute('data-receipt')).toBe(target.receiptNumber);
      // The BE date: the year of receipt in the Buddhist Era.
      const beYear = String(new Date(start + 3 * 3_600_000).getUTCFullYear() + 543);
      expect(await rows.first().locator('time').textContent()).toContain(beYear);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('links the registers of this and last fiscal year as PDF and Excel, for the roles that read them (issue 14, item 5)', async () => {
    const bangkok = new Date(Date.now() + 7 * 3_600_000);
    const fy = bangkok.getUTCFullYear() + 543 + (bangkok.getUTCMonth() >= 9 ? 1 : 0);
    const { context, page, errors } = await signedInPage('center', 1280);
    try {
      await page.goto(`${baseUrl}/register`);
      const files = page.getByRole('region', { name: 'ทะเบียนประจำปีงบประมาณ (พิมพ์หรือดาวน์โหลด)' });
      await files.waitFor();
      for (const year of [fy, fy - 1]) {
        for (const [register, name] of [
          ['received', 'ทะเบียนหนังสือรับ'],
          ['sent', 'ทะเบียนหนังสือส่ง'],
          ['complaints', 'ทะเบียนเรื่องร้องเรียน'],
        ] as const) {
          const pdf = files.getByRole('link', { name: `${name} ปีงบประมาณ ${year} (PDF)` });
          expect(await pdf.getAttribute('href')).toBe(`/registers/${register}/${year}.pdf`);
          const xlsx = files.getByRole('link', { name: `${name} ปีงบประมาณ ${year} (Excel)` });
          expect(await xlsx.getAttribute('href')).toBe(`/registers/${register}/${year}.xlsx`);
        }
      }
      // The link answers the file, on the page's own session.
      const answer = await page.evaluate(async (href) => {
        const response = await fetch(href);
        return { status: response.status, type: response.headers.get('content-type') };
      }, `/registers/received/${fy}.xlsx`);
      expect(answer).toEqual({ status: 200, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
    // A division officer reads the register, not the registers' files: no such section.
    const engineer = await signedInPage('engineer', 1280);
    try {
      await engineer.page.goto(`${baseUrl}/register`);
      await engineer.page.getByRole('heading', { name: 'ทะเบียนเรื่องร้องเรียน' }).waitFor();
      await engineer.page.locator('tbody tr, .register__none').first().waitFor();
      expect(await engineer.page.getByRole('region', { name: 'ทะเบียนประจำปีงบประมาณ (พิมพ์หรือดาวน์โหลด)' }).count()).toBe(0);
    } finally {
      await engineer.context.close();
    }
  }, 90_000);

  it('corrects a complaint from its file, shows before and after in the history, then voids it', async () => {
    const center = await apiSession('center');
    const c = await record(center, 'เรื่องที่พิมพ์ผิด (e2e)', new Date(Date.now() - 3_600_000).toISOString());
    const { context, page, errors } = await signedInPage('center', 1280);
    try {
      await page.goto(`${baseUrl}/complaints/${c.id}`);
      await page.getByRole('heading', { name: 'เรื่องที่พิมพ์ผิด (e2e)' }).waitFor();
      await page.getByRole('button', { name: 'แก้ไขข้อมูล / ยกเลิกเรื่อง' }).click();
      let dialog = page.getByRole('dialog');
      // No reason: refused on the page, nothing sent.
      await dialog.getByRole('button', { name: 'บันทึกการแก้ไข' }).click();
      // Said beside the reason's field (issue 14, item 7).
      await dialog.locator('#correct-reason-error').getByText('กรุณาระบุเหตุผลของการแก้ไข').waitFor();
      expect(await dialog.getByLabel('เหตุผลของการแก้ไข').getAttribute('aria-invalid')).toBe('true');
      await dialog.getByLabel('เหตุผลของการแก้ไข').fill('พิมพ์ชื่อเรื่องผิด');
      await dialog.getByLabel('เรื่อง', { exact: true }).fill('เรื่องที่แก้ไขแล้ว (e2e)');
      await dialog.getByLabel('โทรศัพท์ผู้ร้องเรียน').fill('089 999 0000');
      await dialog.getByRole('button', { name: 'บันทึกการแก้ไข' }).click();
      await page.getByRole('heading', { name: 'เรื่องที่แก้ไขแล้ว (e2e)' }).waitFor();

      const correction = page.getByTestId('correction').first();
      await correction.waitFor();
      const subject = correction.locator('tr[data-field="subject"]');
      expect(await subject.locator('del').textContent()).toBe('เรื่องที่พิมพ์ผิด (e2e)');
      expect(await subject.locator('ins').textContent()).toBe('เรื่องที่แก้ไขแล้ว (e2e)');
      expect(await correction.locator('tr[data-field="complainant.phone"] ins').textContent()).toBe('089 999 0000');
      await correction.getByText('พิมพ์ชื่อเรื่องผิด').waitFor();

      // The executive sees that the complainant's phone changed, not what it was or is.
      const executive = await signedInPage('nayok', 1280);
      try {
        await executive.page.goto(`${baseUrl}/complaints/${c.id}`);
        const seen = executive.page.getByTestId('correction').first();
        await seen.locator('tr[data-field="complainant.phone"]').getByText('ข้อมูลผู้ร้องเรียน (ไม่แสดงแก่ท่าน)').waitFor();
        expect(await executive.page.content()).not.toContain('089 999 0000');
      } finally {
        await executive.context.close();
      }

      // Void it: the file says so, the register marks it, the board no longer lists it.
      await page.getByRole('button', { name: 'แก้ไขข้อมูล / ยกเลิกเรื่อง' }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByLabel('เหตุผลของการแก้ไข').fill('บันทึกซ้ำ');
      await dialog.getByLabel('ยกเลิกเรื่องนี้ (บันทึกไว้โดยผิดพลาด)').check();
      await dialog.getByRole('button', { name: 'บันทึกการแก้ไข' }).click();
      await page.getByTestId('voided').waitFor();
      expect(await page.getByRole('button', { name: 'แก้ไขข้อมูล / ยกเลิกเรื่อง' }).count()).toBe(0);
      await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ทะเบียน' }).click();
      const row = page.locator(`tbody tr[data-receipt="${c.receiptNumber}"]`);
      await row.getByText('ยกเลิก (บันทึกผิดพลาด)').waitFor();
      await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'กระดานเรื่องร้องเรียน' }).click();
      await page.locator('article[data-receipt]').first().waitFor();
      expect(await page.locator(`article[data-receipt="${c.receiptNumber}"]`).count()).toBe(0);
      expect(errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: join(resultsDir, 'correction-failure.png'), fullPage: true }).catch(() => undefined);
      console.error('[e2e] page errors:', errors.join('\n'));
      throw error;
    } finally {
      await context.close();
    }
  }, 90_000);
});
