import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, clientDir, launchChromium, missing, resultsDir, startServer, type E2eServer } from './harness';

// Issue 13, item 4, the clerk's side: a deployment of the demo body (Kok Yae) and a second body set
// up as an operator would, with `npm run setup` on the stopped app's DATA_DIR (contract, "Setting up
// a body that is not the demo"). Kok Yae's Center records a complaint the Damrongdhama Center sent,
// the commander does not accept it as another agency's (R6, OTHER_AGENCY), and the Center refers it
// from the complaint file without the complainant's identity; the second body's Center finds it in
// their RECEIVED column, its file naming where it came from and never the complainant.
const serverDir = resolve(clientDir, '../server');
const demoFile = resolve(clientDir, '../seeds/src/organisations/kok-yae.json');
const adminPassword = 'หนองแค-ผู้ดูแล-ยาวพอ-2569';
const clerkPassword = 'หนองแค-เสมียน-รหัสใหม่-2569';
const second = { code: 'NONG_KHAE_TM', nameTh: 'เทศบาลตำบลหนองแค', nameEn: 'Nong Khae' };
const complaint = {
  subject: 'ขอให้ซ่อมถนนสายหลักหมู่ 3 (ส่งต่อ e2e)',
  details: 'ศูนย์ดำรงธรรมส่งเรื่องถนนชำรุด ซึ่งอยู่ในความรับผิดชอบของเทศบาล',
  complainant: 'นางสาวผู้ร้อง ไม่เปิดเผยชื่อ',
  reference: 'สบ 0017.3/1234',
};

let server: E2eServer | undefined;
let browser: Browser | undefined;
let baseUrl = '';

/** The demo's file and the second body's, each through `npm run setup -- --file` (its script, as npm runs it). */
function setUpSecondBody(env: NodeJS.ProcessEnv) {
  const dir = join(resultsDir, 'referral-setup');
  mkdirSync(dir, { recursive: true });
  const file = {
    organisation: {
      ...second,
      kind: 'MUNICIPALITY',
      parentCode: null,
      address: '99 หมู่ 1 ตำบลหนองแค อำเภอหนองแค จังหวัดสระบุรี 18140',
      phone: '036-371234',
      website: null,
    },
    divisions: [{ code: 'PALAD', nameTh: 'สำนักปลัด', nameEn: 'Office of the Clerk' }],
    officials: [{ fullName: 'นายปลัด หนองแคทดสอบ', position: 'ปลัด', division: 'PALAD' }],
    admin: { username: 'admin.nongkhae', displayName: 'ผู้ดูแลระบบ เทศบาลตำบลหนองแค', password: adminPassword },
  };
  const path = join(dir, `${second.code}.json`);
  writeFileSync(path, JSON.stringify(file));
  // The demo body first, from its own file, as the seed sets it up: the app then adds the demo's
  // users at start (it sets the demo up by itself only on a database without any body).
  for (const each of [demoFile, path]) {
    const run = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'scripts/setup.ts', '--file', each], {
      cwd: serverDir,
      env,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`npm run setup failed for ${each}:\n${run.stdout}\n${run.stderr}`);
  }
}

/** The value of one line of a facts list, by its Thai label. */
const fact = (facts: Locator, label: string) =>
  facts
    .locator('div')
    .filter({ has: facts.page().locator(`dt:text-is("${label}")`) })
    .locator('dd');

async function signIn(page: Page, body: string, username: string, password: string) {
  // Several bodies on this deployment: the sign-in page is the body's own (issue 13, `?body=`).
  await page.goto(`${baseUrl}/?body=${body}`);
  await page.fill('#sign-in-username', username);
  await page.fill('#sign-in-password', password);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
}

describe.skipIf(missing.length > 0)('referrals between bodies in the browser (issue 13, item 4)', () => {
  beforeAll(async () => {
    server = await startServer('referral', {}, { prepare: setUpSecondBody });
    baseUrl = server.url;
    // The second body's Center: created by its administrator, temporary password changed over the API.
    const admin = await apiSession(baseUrl, 'admin.nongkhae', adminPassword);
    const { createUser } = await admin(`mutation($input: CreateUserInput!) { createUser(input: $input) { temporaryPassword } }`, {
      input: { username: 'clerk.nongkhae', displayName: 'นางเสมียน หนองแค', roles: ['CENTER_OFFICER'], divisionCode: 'PALAD' },
    });
    const clerk = await apiSession(baseUrl, 'clerk.nongkhae', createUser.temporaryPassword);
    await clerk(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ok } }`, {
      input: { currentPassword: createUser.temporaryPassword, newPassword: clerkPassword },
    });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  it('records a Damrongdhama complaint, refers it from the file without the identity; the other body receives it as RECEIVED, with its origin and no name', async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const theirs = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    const other = await theirs.newPage();
    other.setDefaultTimeout(10_000);
    other.on('pageerror', (error) => errors.push(String(error)));
    try {
      // Kok Yae's Center records it with the intake form: the Damrongdhama Center sent it, with its letter number.
      await signIn(page, 'KOK_YAE', 'center', 'rongrian-demo');
      await page.getByRole('heading', { name: 'กระดานเรื่องร้องเรียน' }).first().waitFor();
      await page.goto(`${baseUrl}/intake`);
      await page.getByRole('heading', { name: 'แบบบันทึกเรื่องร้องเรียน' }).waitFor();
      await page.selectOption('#intake-channel', 'IN_PERSON');
      await page.fill('#intake-subject', complaint.subject);
      await page.fill('#intake-details', complaint.details);
      await page.getByLabel('ที่มาของเรื่อง').selectOption('DAMRONGDHAMA');
      await page.getByLabel('เลขที่หนังสือ/เลขอ้างอิง').fill(complaint.reference);
      await page.fill('#intake-fullName', complaint.complainant);
      await page.fill('#intake-accused-0-name', 'นายผู้ถูกกล่าวหา ส่งต่อทดสอบ');
      await page.getByRole('button', { name: 'บันทึกเรื่องร้องเรียน' }).click();
      const receiptText = await page.getByTestId('receipt-number').textContent();
      const receipt = /\d+\/25\d\d/.exec(receiptText ?? '')![0];
      await page.getByRole('link', { name: 'เปิดแฟ้มเรื่อง' }).click();
      await page.waitForURL(/\/complaints\/[^/]+$/);
      const id = new URL(page.url()).pathname.split('/').pop()!;
      const facts = page.getByTestId('referral-facts');
      await fact(facts, 'ที่มาของเรื่อง').getByText('ศูนย์ดำรงธรรม').waitFor();
      expect(await fact(facts, 'เลขที่หนังสือ/เลขอ้างอิง').textContent()).toBe(complaint.reference);
      // Not yet refusable: no referral offered while it is only received.
      expect(await page.getByRole('button', { name: 'ส่งเรื่องต่อให้หน่วยงานที่มีอำนาจ' }).count()).toBe(0);

      // The register and the commander's order over the API (R2.1, R6: not accepted, another agency's).
      const center = await apiSession(baseUrl, 'center');
      const commander = await apiSession(baseUrl, 'commander');
      let version = (await center(`query($id: ID!) { complaint(id: $id) { version } }`, { id })).complaint.version as number;
      const move = async (who: typeof center, field: string, type: string, input: Record<string, unknown>) => {
        const data = await who(`mutation($input: ${type}!) { ${field}(input: $input) { complaint { version } } }`, {
          input: { complaintId: id, expectedVersion: version, ...input },
        });
        version = data[field].complaint.version;
      };
      await move(center, 'registerComplaint', 'RegisterComplaintInput', { registerNumber: 'สบ 0001/301' });
      await move(center, 'submitForOrder', 'SubmitForOrderInput', { centerRegisterNumber: 'ศปท 301/2569' });
      await move(commander, 'orderComplaint', 'OrderComplaintInput', { decision: 'NOT_ACCEPT', reason: 'OTHER_AGENCY' });

      // The register lists it under its origin agency (issue 13, the register's filter).
      await page.goto(`${baseUrl}/register`);
      await page.locator('select[name="originAgency"]').selectOption('DAMRONGDHAMA');
      await page.locator(`tr[data-receipt="${receipt}"]`).waitFor();
      await page.locator('select[name="originAgency"]').selectOption('LINE_1111');
      await page.getByTestId('register-count').getByText(/0/).first().waitFor();
      expect(await page.locator(`tr[data-receipt="${receipt}"]`).count()).toBe(0);

      // The file offers the referral now; the second body is among the targets; identity left unticked.
      await page.goto(`${baseUrl}/complaints/${id}`);
      await page.getByRole('button', { name: 'ส่งเรื่องต่อให้หน่วยงานที่มีอำนาจ' }).click();
      const dialog = page.getByRole('dialog');
      // The own body typed as an agency outside: the server refuses (BAD_USER_INPUT), in Thai, on the form.
      await dialog.getByRole('button', { name: 'ส่งเรื่อง' }).click();
      expect(await dialog.getByTestId('referral-refusal').textContent()).toBe('กรุณาเลือกหน่วยงานปลายทาง');
      await dialog.getByLabel('หน่วยงานปลายทาง', { exact: true }).selectOption({ label: 'หน่วยงานนอกระบบ (พิมพ์ชื่อ)' });
      await dialog.getByLabel('ชื่อหน่วยงานปลายทาง').fill('KOK_YAE');
      await dialog.getByRole('button', { name: 'ส่งเรื่อง' }).click();
      await dialog.getByTestId('referral-refusal').filter({ hasNotText: 'กรุณาเลือก' }).waitFor();
      const refusal = await dialog.getByTestId('referral-refusal').textContent();
      expect(refusal).toContain('หน่วยงานของท่านเอง');
      expect(refusal).not.toContain('toOrganisationCode');
      console.log(`[e2e] the refusal of the own body: ${refusal}`);
      await dialog.getByLabel('หน่วยงานปลายทาง', { exact: true }).selectOption(second.code);
      expect(await dialog.getByLabel('ชื่อหน่วยงานปลายทาง').count()).toBe(0);
      expect(await dialog.getByLabel('เลขที่หนังสือส่ง').getAttribute('placeholder')).toContain('ทะเบียนหนังสือส่ง');
      expect(await dialog.getByLabel('ส่งข้อมูลผู้ร้องเรียนไปด้วย').isChecked()).toBe(false);
      await dialog.getByRole('button', { name: 'ส่งเรื่อง' }).click();
      const result = dialog.getByTestId('referral-result');
      await result.waitFor();
      const arrived = await result.textContent();
      expect(arrived).toMatch(new RegExp(`^${second.nameTh} รับเป็นเรื่องเลขที่ \\d+/25\\d\\d เมื่อ .*25\\d\\d`));
      const theirReceipt = /เลขที่ (\d+\/25\d\d)/.exec(arrived!)![1];
      await dialog.getByRole('button', { name: 'ปิด' }).click();
      // The file's facts: sent to whom, with which letter, received there as which number; the button is gone.
      await fact(facts, 'หน่วยงานปลายทางรับเป็นเรื่องเลขที่').getByText(theirReceipt, { exact: true }).waitFor();
      expect(await fact(facts, 'ส่งเรื่องต่อให้').textContent()).toBe(second.nameTh);
      expect(await fact(facts, 'เลขที่หนังสือส่ง').textContent()).toMatch(/^\d+\/25\d\d$/);
      expect(await fact(facts, 'ข้อมูลผู้ร้องเรียน').textContent()).toBe('ไม่ได้ส่ง');
      expect(await fact(facts, 'หน่วยงานปลายทางรับเมื่อ').textContent()).toMatch(/25\d\d/);
      expect(await page.getByRole('button', { name: 'ส่งเรื่องต่อให้หน่วยงานที่มีอำนาจ' }).count()).toBe(0);
      await page.screenshot({ path: join(resultsDir, 'referral-sent.png'), fullPage: true });
      // LPA 3.2 on the overview: the Damrongdhama complaints counted apart; not accepted counts as done.
      await page.goto(`${baseUrl}/overview`);
      expect(await page.getByTestId('overview-damrongdhama').textContent()).toBe('เรื่องจากศูนย์ดำรงธรรม: รับ 1 ดำเนินการแล้วเสร็จ 1 (100%)');

      // The second body's Center: the complaint waits in RECEIVED, as a letter from Kok Yae, without a name.
      await signIn(other, second.code, 'clerk.nongkhae', clerkPassword);
      const card = other.locator(`section[data-stage="RECEIVED"] article[data-receipt="${theirReceipt}"]`);
      await card.waitFor();
      expect(await card.textContent()).toContain(complaint.subject);
      await card.getByRole('link').first().click();
      await other.waitForURL(/\/complaints\/[^/]+$/);
      const origin = other.getByTestId('referral-facts');
      await fact(origin, 'รับโอนเรื่องจาก').getByText('องค์การบริหารส่วนตำบลโคกแย้').waitFor();
      expect(await fact(origin, 'เลขรับของหน่วยงานต้นทาง').textContent()).toBe(receipt);
      await other.getByText('ไม่ประสงค์ออกนาม').first().waitFor();
      expect(await other.locator('body').innerText()).not.toContain(complaint.complainant);
      await other.screenshot({ path: join(resultsDir, 'referral-received.png'), fullPage: true });
      expect(errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: join(resultsDir, 'referral-failure.png'), fullPage: true }).catch(() => undefined);
      await other.screenshot({ path: join(resultsDir, 'referral-failure-other.png'), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
      await theirs.close();
    }
  }, 90_000);
});
