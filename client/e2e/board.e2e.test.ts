import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The staff app in Debian's Chromium against the real server on a fresh embedded database
// (issue 4, "Done means"). Needs the built server and client (`npm run build`; `npm ci` does it).
const clientDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const serverMain = resolve(clientDir, '../server/dist/main.js');
const chromiumPath = '/usr/bin/chromium';
const resultsDir = join(clientDir, 'test-results');
const dataDir = `/tmp/rongrian-e2e-${process.pid}`;
const password = 'rongrian-demo';
const missing = [
  !existsSync(serverMain) && `${serverMain} (run \`npm run build\`)`,
  !existsSync(join(clientDir, 'dist/index.html')) && 'client/dist (run `npm run build -w client`)',
  !existsSync(chromiumPath) && `${chromiumPath} (apt-get install -y chromium)`,
].filter(Boolean);
if (missing.length > 0) console.warn(`[e2e] skipped: missing ${missing.join(', ')}`);

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let baseUrl = '';

function startServer(): Promise<string> {
  rmSync(dataDir, { recursive: true, force: true });
  const child = spawn(process.execPath, [serverMain], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', JOBS: 'false', LOG_LEVEL: 'info', NODE_ENV: 'production' },
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

/** Another user's session over plain HTTP (the contract's API), not through the browser. */
async function apiSession(username: string) {
  const signIn = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      variables: { input: { username, password } },
    }),
  });
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
}

const card = (page: Page, receipt: string, stage?: string) =>
  page.locator(`${stage ? `section[data-stage="${stage}"] ` : ''}article[data-receipt="${receipt}"]`);

async function dismissToasts(page: Page) {
  for (const close of await page.locator('.toast__close').all()) await close.click().catch(() => undefined);
}

async function dragTo(page: Page, receipt: string, stage: string) {
  const from = await card(page, receipt).boundingBox();
  const column = page.locator(`section[data-stage="${stage}"]`);
  await column.scrollIntoViewIfNeeded();
  const to = await column.boundingBox();
  if (!from || !to) throw new Error('card or column not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + 20);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 25, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 12 });
  await page.mouse.up();
}

describe.skipIf(missing.length > 0)('staff web app in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    baseUrl = await startServer();
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
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
    rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('records, moves by mouse and keyboard, updates live, refuses, switches language', async () => {
    const page = await browser!.newPage({ viewport: { width: 1366, height: 768 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    page.setDefaultTimeout(10_000);
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    try {
      await scenario(page, consoleErrors);
    } catch (error) {
      await page.screenshot({ path: join(resultsDir, 'failure.png'), fullPage: true }).catch(() => undefined);
      throw error;
    }
    await page.close();
  }, 120_000);
});

async function scenario(page: Page, consoleErrors: string[]) {

    // Sign in as the Center's officer.
    await page.goto(baseUrl);
    await page.fill('#sign-in-username', 'center');
    await page.fill('#sign-in-password', password);
    await page.click('button[type=submit]');
    await page.getByRole('heading', { name: 'กระดานเรื่องร้องเรียน' }).waitFor();

    // Record a complaint through the appendix form.
    await page.getByRole('main').getByRole('link', { name: 'บันทึกเรื่องร้องเรียน' }).click();
    await page.getByRole('heading', { name: 'แบบบันทึกเรื่องร้องเรียน' }).waitFor();
    await page.selectOption('#intake-channel', 'IN_PERSON');
    await page.fill('#intake-subject', 'เจ้าหน้าที่เรียกรับเงินค่าอนุญาตก่อสร้าง (e2e)');
    await page.fill('#intake-details', 'ผู้ร้องถูกเรียกเงิน 5,000 บาท เพื่อเร่งออกใบอนุญาต');
    await page.fill('#intake-fullName', 'สมชาย ใจดี');
    await page.fill('#intake-postcode', '1823');
    await page.fill('#intake-email', 'somchai@example.com');
    await page.selectOption('#intake-accused-0', { index: 1 });
    await page.getByRole('button', { name: 'เพิ่มหลักฐาน' }).click();
    await page.fill('#intake-evidence-0', 'สำเนาใบเสร็จ');
    await page.fill('#intake-evidence-0-copies', '2');
    await page.getByRole('button', { name: 'บันทึกเรื่องร้องเรียน' }).click();
    // Client-side validation mirrors the server: a 4-digit postcode is refused before sending.
    await page.getByText('รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก').waitFor();
    await page.fill('#intake-postcode', '18230');
    await page.getByRole('button', { name: 'บันทึกเรื่องร้องเรียน' }).click();
    const receiptText = await page.getByTestId('receipt-number').textContent();
    const receipt = /(\d+\/25\d\d)/.exec(receiptText ?? '')?.[1];
    expect(receipt, receiptText ?? '').toBeTruthy();

    // RECEIVED → REGISTERED by mouse, with the dialog.
    await page.getByRole('link', { name: 'กลับไปที่กระดาน' }).click();
    await card(page, receipt!, 'RECEIVED').waitFor();
    await dragTo(page, receipt!, 'REGISTERED');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('เลขทะเบียนหนังสือรับ อบต.').fill('101/2569');
    await dialog.getByRole('button', { name: 'บันทึก' }).click();
    await card(page, receipt!, 'REGISTERED').waitFor();

    // REGISTERED → AWAITING_ORDER by keyboard: Space picks up, → chooses the column, Space drops.
    await card(page, receipt!).focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(150);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(150);
    await page.keyboard.press('Space');
    await dialog.getByLabel('เลขทะเบียนเรื่องร้องเรียนของศูนย์ฯ').fill('ศ.7/2569');
    await dialog.getByRole('button', { name: 'บันทึก' }).click();
    await card(page, receipt!, 'AWAITING_ORDER').waitFor();

    // A complaint recorded by another session through the API appears live, with a toast.
    const other = await apiSession('center');
    const recorded = await other(
      `mutation($input: RecordComplaintInput!) { recordComplaint(input: $input) { complaint { id receiptNumber } } }`,
      {
        input: {
          channel: 'PHONE',
          receivedAt: new Date(Date.now() - 60_000).toISOString(),
          subject: 'แจ้งเบาะแสทางโทรศัพท์ (live)',
          details: 'รายละเอียด',
          accused: [],
        },
      },
    );
    const liveReceipt = recorded.recordComplaint.complaint.receiptNumber as string;
    const appearedFrom = Date.now();
    await card(page, liveReceipt, 'RECEIVED').waitFor({ timeout: 3_000 });
    console.log(`[e2e] complaint recorded through the API appeared on the board in ${Date.now() - appearedFrom} ms`);
    await page.locator('.toast', { hasText: liveReceipt }).first().waitFor();

    // A move the workflow forbids cannot be dropped: RECEIVED straight to AWAITING_ORDER.
    await dragTo(page, liveReceipt, 'AWAITING_ORDER');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await card(page, liveReceipt, 'RECEIVED').waitFor();

    // A move the server refuses: a step dated before the complaint's receipt. Its words are shown.
    await dragTo(page, liveReceipt, 'REGISTERED');
    await dialog.getByLabel('เลขทะเบียนหนังสือรับ อบต.').fill('102/2569');
    await dialog.getByLabel('วันเวลาที่ดำเนินการ (เวลาประเทศไทย)').fill('2020-01-01T10:00');
    await dialog.getByRole('button', { name: 'บันทึก' }).click();
    const refusal = await dialog.getByTestId('move-refusal').textContent();
    console.log(`[e2e] refused move, server said: ${refusal}`);
    expect(refusal).toBeTruthy();
    await dialog.getByRole('button', { name: 'ยกเลิก' }).click();
    await card(page, liveReceipt, 'RECEIVED').waitFor();

    await dismissToasts(page);
    await page.screenshot({ path: join(resultsDir, 'board.png') });

    // The complaint file: fields, clocks, the history as a timeline.
    await card(page, receipt!).getByRole('link').click();
    await page.getByRole('heading', { name: /เจ้าหน้าที่เรียกรับเงิน/ }).waitFor();
    await page.locator('.timeline__item[data-kind="SUBMITTED_FOR_ORDER"]').waitFor();
    expect(await page.locator('tr[data-rule="REGISTER_SAO"]').textContent()).toMatch(/2569/);
    await page.getByText('สมชาย ใจดี').waitFor();
    await dismissToasts(page);
    await page.screenshot({ path: join(resultsDir, 'complaint-file.png') });

    // Thai first, English on the switch.
    await page.getByRole('button', { name: /EN/ }).click();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await page.getByRole('link', { name: 'Complaint board' }).first().click();
    await page.getByRole('heading', { name: 'Complaint board' }).waitFor();
    await page.getByRole('button', { name: /TH/ }).click();
    await page.getByRole('heading', { name: 'กระดานเรื่องร้องเรียน' }).waitFor();

    expect(consoleErrors).toEqual([]);
}
