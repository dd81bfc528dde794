import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, clientDir, launchChromium, missing, resultsDir, startServer, type E2eServer } from './harness';

// Issue 13, item 3, "Done means": an OVERSEER of a province compares the bodies below on a web page
// (table and chart, by fiscal year and quarter) and never sees a complaint or a name. The tree is
// set up as an operator would, with `npm run setup` on the stopped app's DATA_DIR (contract,
// "Setting up a body that is not the demo"): Saraburi province, Nong Khae district below it, the
// Nong Khae municipality below that. The municipality's clerk records a complaint; the province's
// administrator creates the overseer, who sets their own password in the browser.
const serverDir = resolve(clientDir, '../server');
const adminPassword = 'สระบุรี-ผู้ดูแล-ยาวพอ-2569';

// Whatever names a complaint or a person: none of it may reach the overseer's page.
const secret = {
  subject: 'เรียกรับเงินเพื่อออกใบอนุญาตต่อเติมอาคาร',
  details: 'เจ้าหน้าที่เรียกรับเงินสามพันบาทเพื่อเร่งใบอนุญาต',
  complainant: 'นางสาวลับเฉพาะ ผู้ร้องทดสอบ',
  accused: 'นายถูกกล่าวหา ทดสอบระบบ',
  clerk: 'นางเสมียน หนองแคทดสอบ',
  official: 'นายเจ้าหน้าที่ ลับทดสอบ',
};

let server: E2eServer | undefined;
let browser: Browser | undefined;
let baseUrl = '';
let overseerPassword = '';

/** The three set-up files, and `npm run setup -- --file` (its script, as npm runs it) for each, parents first. */
function setUpTree(env: NodeJS.ProcessEnv) {
  const dir = join(resultsDir, 'oversight-setup');
  mkdirSync(dir, { recursive: true });
  const bodies = [
    {
      code: 'SARABURI_PROV',
      kind: 'PROVINCE',
      parentCode: null,
      nameTh: 'จังหวัดสระบุรี',
      nameEn: 'Saraburi Province',
      admin: 'admin.province',
    },
    {
      code: 'NONG_KHAE_DIST',
      kind: 'DISTRICT',
      parentCode: 'SARABURI_PROV',
      nameTh: 'อำเภอหนองแค',
      nameEn: 'Nong Khae District',
      admin: 'admin.district',
    },
    {
      code: 'NONG_KHAE_TM',
      kind: 'MUNICIPALITY',
      parentCode: 'NONG_KHAE_DIST',
      nameTh: 'เทศบาลตำบลหนองแค',
      nameEn: 'Nong Khae',
      admin: 'admin.nongkhae',
    },
  ];
  for (const { admin, ...organisation } of bodies) {
    // The file of the contract (as seeds/examples/organisation.example.jsonc); channels left out: all eight.
    const file = {
      organisation: { ...organisation, address: '99 หมู่ 1 ตำบลหนองแค อำเภอหนองแค จังหวัดสระบุรี 18140', phone: '036-371234', website: null },
      divisions: [{ code: 'PALAD', nameTh: 'สำนักปลัด', nameEn: 'Office of the Clerk' }],
      officials: [{ fullName: secret.official, position: 'ปลัด', division: 'PALAD' }],
      admin: { username: admin, displayName: `ผู้ดูแลระบบ ${organisation.nameTh}`, password: adminPassword },
    };
    const path = join(dir, `${organisation.code}.json`);
    writeFileSync(path, JSON.stringify(file));
    const run = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'scripts/setup.ts', '--file', path], {
      cwd: serverDir,
      env,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`npm run setup failed for ${organisation.code}:\n${run.stdout}\n${run.stderr}`);
  }
}

/** A user created by a body's administrator, with their temporary password changed over the API. */
async function createUser(admin: string, input: Record<string, unknown>, finalPassword?: string) {
  const session = await apiSession(baseUrl, admin, adminPassword);
  const { createUser } = await session(`mutation($input: CreateUserInput!) { createUser(input: $input) { temporaryPassword } }`, {
    input,
  });
  const temporaryPassword = createUser.temporaryPassword as string;
  if (!finalPassword) return { temporaryPassword };
  const user = await apiSession(baseUrl, String(input.username), temporaryPassword);
  await user(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ok } }`, {
    input: { currentPassword: temporaryPassword, newPassword: finalPassword },
  });
  return { temporaryPassword, session: user };
}

async function signIn(page: Page, username: string, password: string) {
  // Several bodies on this deployment: the sign-in page is the body's own (issue 13, `?body=`).
  await page.goto(`${baseUrl}/?body=SARABURI_PROV`);
  await page.fill('#sign-in-username', username);
  await page.fill('#sign-in-password', password);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
}

const bodyCell = (page: Page, body: string, column: string) =>
  page.locator(`[data-testid="oversight-table"] tr[data-body="${body}"] td[data-column="${column}"]`);

describe.skipIf(missing.length > 0)("the overseer's page (issue 13, item 3)", () => {
  beforeAll(async () => {
    server = await startServer('oversight', { SEED_DEMO: 'false' }, { prepare: setUpTree });
    baseUrl = server.url;
    // The municipality's clerk records a complaint received two days ago (this fiscal year and quarter, R10).
    const clerk = await createUser(
      'admin.nongkhae',
      { username: 'clerk.nongkhae', displayName: secret.clerk, roles: ['CENTER_OFFICER'], divisionCode: 'PALAD' },
      'หนองแค-เสมียน-รหัสใหม่-2569',
    );
    const receivedAt = new Date(Date.now() - 48 * 3_600_000).toISOString();
    await clerk.session!(`mutation($input: RecordComplaintInput!) { recordComplaint(input: $input) { complaint { id } } }`, {
      input: {
        channel: 'IN_PERSON',
        receivedAt,
        subject: secret.subject,
        details: secret.details,
        requestedAction: 'ขอให้ตรวจสอบ',
        incidentAt: new Date(Date.parse(receivedAt) - 5 * 86_400_000).toISOString(),
        incidentPlace: 'สำนักงานเทศบาลตำบลหนองแค',
        complainant: {
          fullName: secret.complainant,
          address: { houseNumber: '1', moo: '2', tambon: 'หนองแค', amphoe: 'หนองแค', changwat: 'สระบุรี', postcode: '18140' },
          phone: '081-111-2222',
        },
        accused: [{ fullName: secret.accused, position: 'พนักงานจ้าง', unit: 'กองช่าง' }],
        evidence: [],
      },
    });
    const overseer = await createUser('admin.province', {
      username: 'overseer.province',
      displayName: 'ผู้กำกับดูแลจังหวัด',
      roles: ['OVERSEER'],
      divisionCode: null,
    });
    overseerPassword = overseer.temporaryPassword;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  it('signs an OVERSEER in to the bodies below: the municipality received one, quarters switch, no complaint or name anywhere, no board', async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    // Every answer the page gets, to show that no complaint or name ever reaches it (not only the screen).
    const answers: string[] = [];
    const operations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') operations.push(request.postData() ?? '');
    });
    page.on('response', (response) => {
      if (response.url().endsWith('/graphql'))
        void response.text().then(
          (text) => answers.push(text),
          () => undefined,
        );
    });
    try {
      // The temporary password first (contract, "Accounts"); then the overseer's home is the oversight page.
      await signIn(page, 'overseer.province', overseerPassword);
      await page.getByRole('heading', { name: 'ตั้งรหัสผ่านของท่าน' }).waitFor();
      await page.fill('#change-password-current', overseerPassword);
      await page.fill('#change-password-new', 'สระบุรี-กำกับดูแล-2569');
      await page.fill('#change-password-confirmation', 'สระบุรี-กำกับดูแล-2569');
      await page.getByRole('button', { name: 'บันทึกรหัสผ่าน' }).click();
      await page.getByRole('heading', { name: 'ภาพรวมหน่วยงานในกำกับ', level: 1 }).waitFor();

      // The menu offers the oversight page and not the board, the register or the intake form.
      const menu = page.getByRole('navigation', { name: 'เมนูหลัก' });
      await menu.getByRole('link', { name: 'ภาพรวมหน่วยงานในกำกับ' }).waitFor();
      expect(await menu.getByRole('link', { name: 'กระดานเรื่องร้องเรียน' }).count()).toBe(0);
      expect(await menu.getByRole('link', { name: 'ทะเบียน' }).count()).toBe(0);
      expect(await page.locator('a[href="/board"], a[href="/register"], a[href="/intake"]').count()).toBe(0);

      // The whole fiscal year by default: one row per body below (not the province itself), and the total.
      const table = page.getByTestId('oversight-table');
      await table.waitFor();
      const fy = await page.locator('#oversight-fiscal-year').inputValue();
      expect(Number(fy)).toBeGreaterThan(2560); // B.E.
      await page.locator(`[data-testid="oversight-table"][data-period="${fy}-Y"]`).waitFor();
      expect(await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-body')))).toEqual([
        'NONG_KHAE_DIST',
        'NONG_KHAE_TM',
      ]);
      await table.locator('tbody tr[data-body="NONG_KHAE_TM"] th').getByText('เทศบาลตำบลหนองแค').waitFor();
      expect(Number(await bodyCell(page, 'NONG_KHAE_TM', 'received').textContent())).toBeGreaterThanOrEqual(1);
      expect(Number(await bodyCell(page, 'NONG_KHAE_TM', 'inProgress').textContent())).toBeGreaterThanOrEqual(1);
      // The district counts with the municipality below it (organisationStatistics of a body overseen).
      expect(await bodyCell(page, 'NONG_KHAE_DIST', 'received').textContent()).toBe(
        await bodyCell(page, 'NONG_KHAE_TM', 'received').textContent(),
      );
      expect(await bodyCell(page, 'total', 'received').textContent()).toBe(await bodyCell(page, 'NONG_KHAE_TM', 'received').textContent());
      await table.locator('tfoot').getByText('รวมทุกหน่วยงานในกำกับ (2 แห่ง)').waitFor();
      // One request per body and one for the total (the own code), all in parallel.
      const statisticsRequests = () => operations.filter((body) => body.includes('OversightStatistics')).length;
      expect(statisticsRequests()).toBe(3);
      // Deadline compliance per rule (R10), one column per rule, and the chart of the bodies.
      expect(await page.locator('[data-testid="oversight-rules"] thead th[data-rule]').count()).toBeGreaterThan(0);
      await page.locator('[data-testid="oversight-chart"] .recharts-bar-rectangle').first().waitFor();
      await page.screenshot({ path: join(resultsDir, 'oversight-year.png'), fullPage: true });

      // The quarter of the receipt counts it; another quarter does not.
      const now = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', month: 'numeric' }).format(
        new Date(Date.now() - 48 * 3_600_000),
      );
      const quarter = Math.floor(((Number(now) + 2) % 12) / 3) + 1;
      const other = (quarter % 4) + 1;
      await page.selectOption('#oversight-quarter', String(quarter));
      await page.locator(`[data-testid="oversight-table"][data-period="${fy}-${quarter}"]`).waitFor();
      expect(Number(await bodyCell(page, 'NONG_KHAE_TM', 'received').textContent())).toBeGreaterThanOrEqual(1);
      expect(statisticsRequests()).toBe(6);
      await page.selectOption('#oversight-quarter', String(other));
      await page.locator(`[data-testid="oversight-table"][data-period="${fy}-${other}"]`).waitFor();
      expect(await bodyCell(page, 'NONG_KHAE_TM', 'received').textContent()).toBe('0');
      await page.getByRole('heading', { name: `ตัวเลขรายหน่วยงาน · ปีงบประมาณ ${fy} ไตรมาสที่ ${other}` }).waitFor();
      // A period seen before comes from the cache: no request.
      await page.selectOption('#oversight-quarter', String(quarter));
      await page.locator(`[data-testid="oversight-table"][data-period="${fy}-${quarter}"]`).waitFor();
      expect(statisticsRequests()).toBe(9);

      // The board is not offered even by its address, and never asked for.
      await page.goto(`${baseUrl}/board`);
      await page.getByRole('heading', { name: /ผู้กำกับดูแลดูได้เฉพาะตัวเลขสถิติ/ }).waitFor();
      await page.goto(baseUrl);
      await page.getByTestId('oversight-table').waitFor();

      // No complaint, complainant, accused or clerk on the page, nor in any answer it got.
      const text = await page.locator('body').innerText();
      for (const value of Object.values(secret)) {
        expect(text).not.toContain(value);
        for (const answer of answers) expect(answer).not.toContain(value);
      }
      expect(operations.join('\n')).not.toMatch(/\bboard\b|complaintChanges|\bcomplaints?\s*[({]/);
      expect(errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: join(resultsDir, 'oversight-failure.png'), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  }, 90_000);

  it('fits a 360 px phone: the tables scroll inside their boxes, the page never sideways; English on demand', async () => {
    const context = await browser!.newContext({ viewport: { width: 360, height: 740 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      await signIn(page, 'overseer.province', 'สระบุรี-กำกับดูแล-2569');
      await page.getByTestId('oversight-table').waitFor();
      await page.locator('[data-testid="oversight-chart"] .recharts-bar-rectangle').first().waitFor();
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        box: document.querySelector('.oversight__scroll')!.clientWidth,
        table: document.querySelector('[data-testid="oversight-table"]')!.scrollWidth,
      }));
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      expect(widths.box).toBeLessThanOrEqual(widths.viewport);
      await page.screenshot({ path: join(resultsDir, 'oversight-phone.png'), fullPage: true });

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Bodies overseen', level: 1 }).waitFor();
      await page.getByTestId('oversight-table').getByRole('columnheader', { name: 'Received' }).waitFor();
      expect(errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: join(resultsDir, 'oversight-phone-failure.png'), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  }, 60_000);
});
