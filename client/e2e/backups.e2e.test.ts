import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, type E2eServer, launchChromium, missing, resultsDir, startServer } from './harness';

// Issue 11, item 7: the administrator's backup panel (the admin page's last tab) in Debian's
// Chromium, against the built server on a fresh embedded database; "สำรองข้อมูลตอนนี้" writes a real
// archive into BACKUP_DIR.
const backupDir = `/tmp/rongrian-e2e-backup-archives-${process.pid}`;

let server: E2eServer | undefined;
let browser: Browser | undefined;
let baseUrl = '';

describe.skipIf(missing.length > 0)('the backup panel in Chromium (issue 11, item 7)', () => {
  beforeAll(async () => {
    rmSync(backupDir, { recursive: true, force: true });
    server = await startServer('backups', { DATABASE_URL: '', BACKUP_DIR: backupDir });
    baseUrl = server.url;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(backupDir, { recursive: true, force: true });
  }, 30_000);

  it('warns that no backup has succeeded yet, backs up on "สำรองข้อมูลตอนนี้", then says when, in the Buddhist Era', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 800 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      await page.goto(baseUrl);
      await page.getByLabel('ชื่อผู้ใช้').fill('admin');
      await page.getByLabel('รหัสผ่าน').fill(demoPassword);
      await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
      // The administration page's tab (header: ผู้ดูแลระบบ).
      await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ผู้ดูแลระบบ', exact: true }).click();
      await page.getByRole('link', { name: 'สำรองข้อมูล', exact: true }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/admin/backups');

      const panel = page.locator('section.backup-status');
      await expect.poll(() => panel.getAttribute('data-tone')).toBe('stale');
      await expect.poll(() => panel.textContent()).toContain('ยังไม่เคยสำรองข้อมูลสำเร็จ');
      expect(await panel.textContent()).toContain('ทุกคืน เวลา 02:00 น.');

      await page.getByRole('button', { name: 'สำรองข้อมูลตอนนี้' }).click();
      await expect.poll(() => panel.getAttribute('data-tone'), { timeout: 30_000 }).toBe('ok');
      const headline = (await panel.locator('.backup-status__headline').textContent()) ?? '';
      // 'th-TH' dates carry the Buddhist Era year (2569 for 2026).
      expect(headline).toMatch(new RegExp(`^สำรองข้อมูลล่าสุดสำเร็จเมื่อ .*${new Date().getFullYear() + 543}`));
      const archives = readdirSync(backupDir);
      expect(archives.filter((name) => name.endsWith('.tar.gz'))).toHaveLength(1);
      expect(archives.filter((name) => name.endsWith('.tar.gz.sha256'))).toHaveLength(1);
      expect(await panel.textContent()).toContain(archives.find((name) => name.endsWith('.tar.gz'))!);
      expect(errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: join(resultsDir, 'backups-failure.png'), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await page.close();
    }
  }, 90_000);
});
