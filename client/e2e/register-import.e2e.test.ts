import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, type E2eServer, launchChromium, missing, resultsDir, startServer } from './harness';

// Issue 11, item 6: the administration's tab that imports a past register, in Debian's Chromium at
// 360 px, against the built server on a fresh embedded database (the demo body).
let server: E2eServer | undefined;
let browser: Browser | undefined;
let baseUrl = '';

const header = 'เลขรับ,วันที่รับ,ช่องทาง,เรื่อง,ผู้ร้องเรียน,ผู้ถูกกล่าวหา,ขั้นตอน,ผลการพิจารณา,วันที่ยุติเรื่อง';
const goodRows = [
  '7/2567,2 ม.ค. 2567,ทางไปรษณีย์,ร้องเรียนการจัดซื้อวัสดุ,นายทดสอบ หน้าเว็บ,นายสมหมาย ไม่ทราบนามสกุล,ยุติเรื่อง,ไม่มีมูล,15/02/2567',
  '8/2567,๓/๑/๖๗,ตู้รับเรื่องร้องเรียน,บัตรสนเท่ห์เรื่องถนน,ไม่ประสงค์ออกนาม,ผู้รับเหมา,ไม่รับพิจารณา,,10 มกราคม 2567',
];
const csv = (rows: string[]) => Buffer.from(`\uFEFF${[header, ...rows].join('\r\n')}\r\n`);

describe.skipIf(missing.length > 0)('import of a past register in Chromium (issue 11, item 6)', () => {
  beforeAll(async () => {
    server = await startServer('import');
    baseUrl = server.url;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  it('checks a file without saving, names each problem by row and column in Thai, then imports a good file (360 px)', async () => {
    const context = await browser!.newContext({ viewport: { width: 1366, height: 768 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      await page.goto(baseUrl);
      await page.fill('#sign-in-username', 'admin');
      await page.fill('#sign-in-password', demoPassword);
      await page.click('button[type=submit]');
      await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ผู้ดูแลระบบ' }).click();
      await page.getByRole('link', { name: 'นำเข้าทะเบียนเดิม' }).click();
      await page.getByRole('heading', { name: 'นำเข้าทะเบียนเดิม' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/admin/import');
      // On a phone the header's menu is left out (AppHeader.css): the page itself must fit 360 px.
      await page.setViewportSize({ width: 360, height: 740 });
      const template = await page.request.get(
        `${baseUrl}${await page.getByRole('link', { name: /แบบฟอร์มนำเข้า \(Excel\)/ }).getAttribute('href')}`,
      );
      expect(template.headers()['content-type']).toContain('spreadsheetml');

      // A file with problems: checked, nothing saved, each problem in the table; "นำเข้า" stays off.
      await page.setInputFiles('#register-file', {
        name: 'ทะเบียนเดิม.csv',
        mimeType: 'text/csv',
        buffer: csv([goodRows[0]!, '9/2567,31 เม.ย. 2567,นกพิราบ,เรื่องที่มีปัญหา,,นายก,ยุติเรื่อง,ไม่มีมูล,']),
      });
      await page.getByRole('button', { name: 'ตรวจสอบ (ไม่บันทึก)' }).click();
      await page.getByRole('heading', { name: /ข้อผิดพลาดที่ต้องแก้ไข 2 รายการ/ }).waitFor();
      const problems = page.locator('.register-import__problems tbody tr');
      expect(await problems.count()).toBe(2);
      expect(await problems.nth(0).innerText()).toContain('31 เม.ย. 2567');
      expect(await problems.nth(0).innerText()).toContain('วันที่รับ');
      expect(await problems.nth(1).innerText()).toContain('นกพิราบ');
      expect(await page.getByRole('button', { name: 'นำเข้า', exact: true }).isDisabled()).toBe(true);
      await page.screenshot({ path: join(resultsDir, 'register-import-problems-360.png'), fullPage: true });
      // Usable at 360 px: nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      // A good file: checked, then imported; the counts say what happened.
      await page.setInputFiles('#register-file', { name: 'ทะเบียนเดิม.csv', mimeType: 'text/csv', buffer: csv(goodRows) });
      await page.getByRole('button', { name: 'ตรวจสอบ (ไม่บันทึก)' }).click();
      await page.getByText('นำเข้าได้ 2 เรื่อง').waitFor();
      await page.getByRole('button', { name: 'นำเข้า', exact: true }).click();
      await page.getByRole('heading', { name: 'นำเข้าเรียบร้อย' }).waitFor();
      await page.getByText('นำเข้าแล้ว 2 เรื่อง').waitFor();
      await page.screenshot({ path: join(resultsDir, 'register-import-done-360.png'), fullPage: true });

      // The Center sees the imported complaint with its original number; its history names the file and row.
      const center = await browser!.newContext({ viewport: { width: 1366, height: 768 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
      const file = await center.newPage();
      file.setDefaultTimeout(10_000);
      await file.goto(baseUrl);
      await file.fill('#sign-in-username', 'center');
      await file.fill('#sign-in-password', demoPassword);
      await file.click('button[type=submit]');
      await file.getByRole('heading', { name: 'กระดานเรื่องร้องเรียน' }).waitFor();
      // A finished complaint of a past year is in the register, not on this year's board (issue 15, item 1).
      const register = await file.request.post(`${baseUrl}/graphql`, {
        data: { query: '{ complaints(filter: { search: "7/2567" }, first: 10) { edges { node { id receiptNumber } } } }' },
      });
      const found = ((await register.json()) as { data: { complaints: { edges: { node: { id: string; receiptNumber: string } }[] } } }).data
        .complaints.edges;
      const imported = found.map((edge) => edge.node).find((card) => card.receiptNumber === '7/2567')!;
      expect(imported).toBeTruthy();
      await file.goto(`${baseUrl}/complaints/${imported.id}`);
      await file.getByText('นำเข้าจากทะเบียนเดิม').waitFor();
      await file.getByText('จากแฟ้ม ทะเบียนเดิม.csv แถวที่ 2').waitFor();
      await file.screenshot({ path: join(resultsDir, 'register-import-history.png'), fullPage: true });
      await center.close();
      expect(errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: join(resultsDir, 'register-import-failure.png'), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  }, 90_000);
});
