import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Issue 11, item 7: the administrator's backup panel (the admin page's last tab) in Debian's Chromium, against the built server
// on a fresh embedded database; "สำรองข้อมูลตอนนี้" writes a real archive into BACKUP_DIR.
const clientDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const serverMain = resolve(clientDir, '../server/dist/main.js');
const chromiumPath = '/usr/bin/chromium';
const resultsDir = join(clientDir, 'test-results');
const root = `/tmp/rongrian-e2e-backups-${process.pid}`;
const missing = [
  !existsSync(serverMain) && `${serverMain} (run \`npm run build\`)`,
  !existsSync(join(clientDir, 'dist/index.html')) && 'client/dist (run `npm run build -w client`)',
  !existsSync(chromiumPath) && `${chromiumPath} (apt-get install -y chromium)`,
].filter(Boolean);
if (missing.length > 0) {
  if (process.env.CI) throw new Error(`[e2e] missing ${missing.join(', ')}: CI runs every suite, so it may not be skipped`);
  console.warn(`[e2e] skipped: missing ${missing.join(', ')}`);
}

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let baseUrl = '';

function startServer(): Promise<string> {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  chmodSync(root, 0o755);
  const child = spawn(process.execPath, [serverMain], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: `${root}/data`,
      BACKUP_DIR: `${root}/backups`,
      PORT: '0',
      HOST: '127.0.0.1',
      JOBS: 'false',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  const log: string[] = [];
  child.stderr!.on('data', (chunk) => log.push(String(chunk)));
  return new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${log.join('')}`)), 90_000);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${log.join('')}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      log.push(line);
      try {
        const entry = JSON.parse(line) as { url?: string };
        if (entry.url) {
          clearTimeout(timer);
          resolveUrl(entry.url.replace(/\/$/, ''));
        }
      } catch {
        // Not a JSON log line.
      }
    });
  });
}

describe.skipIf(missing.length > 0)('the backup panel in Chromium (issue 11, item 7)', () => {
  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    baseUrl = await startServer();
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    rmSync(root, { recursive: true, force: true });
  }, 30_000);

  it('warns that no backup has succeeded yet, backs up on "สำรองข้อมูลตอนนี้", then says when, in the Buddhist Era', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 800 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      await page.goto(baseUrl);
      await page.getByLabel('ชื่อผู้ใช้').fill('admin');
      await page.getByLabel('รหัสผ่าน').fill('rongrian-demo');
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
      const archives = readdirSync(`${root}/backups`);
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
