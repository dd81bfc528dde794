import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { complaintInput } from './factories.js';
import { Agent, errorCode } from './graphql-client.js';
import { createTestDatabase, startTestServer, type TestServer } from './harness.js';
import { spawnServer } from './server-process.js';
import { documentText } from './document-text.js';

const serverDir = new URL('..', import.meta.url).pathname;
const examplePath = new URL('../../seeds/examples/organisation.example.jsonc', import.meta.url).pathname;

/** `npm run setup -- --file <file>` as the command runs it, on the database at `databaseUrl`. */
function runSetup(file: string, databaseUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'scripts/setup.ts', '--file', file], {
      cwd: serverDir,
      env: { ...process.env, DATABASE_URL: databaseUrl, SEED_DEMO: 'false', NODE_ENV: 'test', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(String(chunk)));
    child.once('exit', (code) => resolve({ code, output: chunks.join('') }));
  });
}

async function count(databaseUrl: string, table: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${table}`);
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

/** The example file with `change` applied, written where the command can read it. */
async function exampleFile(dir: string, name: string, change: (file: any) => void): Promise<string> {
  const { parse } = await import('jsonc-parser');
  const file = parse(await readFile(examplePath, 'utf8'));
  change(file);
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(file));
  return path;
}

const tables = ['organisation', 'channel', 'division', 'official', 'app_user', 'holiday', 'deadline_rule'];

describe('npm run setup (contract, "Setting up a body that is not the demo")', () => {
  let dir: string;
  let database: { url: string; drop(): Promise<void> };
  let server: TestServer | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rongrian-setup-'));
    database = await createTestDatabase({ empty: true });
  });
  afterAll(async () => {
    await server?.stop();
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a file with errors, naming each problem, and changes nothing (not even the migrations leave a body)', async () => {
    const bad = await exampleFile(dir, 'bad.json', (file) => {
      file.divisions = file.divisions.filter((division: { code: string }) => division.code !== 'PALAD');
      file.divisions.push({ code: 'FINANCE', nameTh: 'ซ้ำ', nameEn: 'twice' });
      file.channels.push({ code: 'LINE', contact: 'x' });
      file.officials.push({ fullName: 'นางใหม่ ทดลอง', position: 'นิติกร', division: 'LEGAL' });
      file.admin.password = 'password1234';
    });
    const { code, output } = await runSetup(bad, database.url);
    expect(code).toBe(1);
    expect(output).toContain('divisions: ต้องมีสำนักปลัด (รหัส PALAD)');
    expect(output).toContain('divisions[2].code: รหัส FINANCE ซ้ำ');
    expect(output).toContain('channels[7].code: ไม่รู้จักช่องทาง "LINE"');
    expect(output).toContain('officials[3].division: ไม่มีหน่วยงานรหัส "LEGAL"');
    expect(output).toContain('admin.password: รหัสผ่านนี้เป็นรหัสที่ใช้กันทั่วไป');
    expect(output).toContain('nothing was changed');
    for (const table of tables) expect(await count(database.url, table), table).toBe(0);
  });

  it('reports a syntax error by its line', async () => {
    const path = join(dir, 'broken.json');
    await writeFile(path, '{\n  "organisation": {\n    "code": "X_Y",,\n}');
    const { code, output } = await runSetup(path, database.url);
    expect(code).toBe(1);
    expect(output).toMatch(/line 3: .*JSON/);
  });

  it('sets the body up from the commented example: its channels, divisions, officials, the Cabinet calendar, the rules and a final ADMIN', async () => {
    const { code, output } = await runSetup(examplePath, database.url);
    expect(code, output).toBe(0);
    expect(output).toContain('NONG_KHAE_TM เทศบาลตำบลหนองแค');
    expect(await count(database.url, 'organisation')).toBe(1);
    expect(await count(database.url, 'holiday')).toBeGreaterThan(20);
    expect(await count(database.url, 'deadline_rule')).toBe(7);

    server = await startTestServer({ DATABASE_URL: database.url, SEED_DEMO: 'false' });
    const anonymous = new Agent(server.url);
    const { organisation } = await anonymous.ok(operation('Organisation'));
    expect(organisation).toEqual({
      code: 'NONG_KHAE_TM',
      nameTh: 'เทศบาลตำบลหนองแค',
      nameEn: 'Nong Khae Subdistrict Municipality',
      kind: 'MUNICIPALITY',
      address: '99 หมู่ 1 ตำบลหนองแค อำเภอหนองแค จังหวัดสระบุรี 18140',
      phone: '036-371234',
      website: 'https://www.nongkhae.go.th',
    });

    // The admin's password is final: no change-password gate.
    const admin = new Agent(server.url);
    await admin.ok(operation('SignIn'), { input: { username: 'somchai.admin', password: 'ใส่รหัสผ่านที่ยาวพอ-2569' } });
    expect((await admin.ok(operation('MeDetails'))).me).toMatchObject({ roles: ['ADMIN'], mustChangePassword: false });

    // `channels` answers exactly the file's, with its contacts (DIRECT_LINE is not used here).
    const { channels } = await admin.ok(operation('ChannelContacts'));
    expect(channels.map((channel: { code: string }) => channel.code)).toEqual([
      'IN_PERSON',
      'POST',
      'PHONE',
      'COMPLAINT_BOX',
      'WEBSITE',
      'FACEBOOK',
      'FORWARDED_LETTER',
    ]);
    expect(channels.find((channel: { code: string }) => channel.code === 'PHONE')).toMatchObject({ contact: '036-371234 ต่อ 12' });
    expect(channels.find((channel: { code: string }) => channel.code === 'WEBSITE').nameTh).toBe('เว็บไซต์ เทศบาล');

    // Nothing of Kok Yae: its divisions, officials and demo users are not here.
    const { divisions } = await admin.ok(`{ divisions { code } }`);
    expect(divisions.map((division: { code: string }) => division.code)).toEqual(['PALAD', 'FINANCE', 'ENGINEERING']);
    const { users } = await admin.ok(operation('Users'));
    expect(users.map((user: { username: string }) => user.username)).toEqual(['somchai.admin']);
    expect(await count(database.url, `audit_entry where action = 'setUpOrganisation' and actor = 'npm run setup'`)).toBe(1);
    const { officials } = await admin.ok(`{ officials { fullName } }`);
    expect(officials.map((official: { fullName: string }) => official.fullName).join()).not.toMatch(/สุนิสา|วีระ/);
  });

  it('never puts the demo users into a real body, even when SEED_DEMO=true', async () => {
    const demo = await startTestServer({ DATABASE_URL: database.url, SEED_DEMO: 'true' });
    await demo.stop();
    expect(await count(database.url, 'app_user')).toBe(1);
    expect(await count(database.url, 'organisation')).toBe(1);
  });

  it('refuses a code that already exists, changing nothing (a second body: organisations.test.ts)', async () => {
    const again = await runSetup(examplePath, database.url);
    expect(again.code).toBe(1);
    expect(again.output).toContain('organisation.code: มีหน่วยงานรหัส NONG_KHAE_TM อยู่แล้ว');
    expect(again.output).toContain('admin.username: มีผู้ใช้ชื่อ somchai.admin อยู่แล้ว');
    expect(await count(database.url, 'organisation')).toBe(1);
    expect(await count(database.url, 'app_user')).toBe(1);
  });

  it('prints the new body on the receipt slip of a complaint it records (never another body)', async () => {
    const admin = new Agent(server!.url);
    await admin.ok(operation('SignIn'), { input: { username: 'somchai.admin', password: 'ใส่รหัสผ่านที่ยาวพอ-2569' } });
    const { createUser } = await admin.ok(operation('CreateUser'), {
      input: { username: 'clerk.nk', displayName: 'เสมียน', roles: ['CENTER_OFFICER'], divisionCode: 'PALAD' },
    });
    const clerk = new Agent(server!.url);
    await clerk.ok(operation('SignIn'), { input: { username: 'clerk.nk', password: createUser.temporaryPassword } });
    await clerk.ok(operation('ChangePassword'), {
      input: { currentPassword: createUser.temporaryPassword, newPassword: 'หนองแค-เสมียน-2569' },
    });
    const { recordComplaint } = await clerk.ok(operation('RecordComplaint'), { input: complaintInput({ incidentPlace: 'ตลาดหนองแค' }) });
    const slip = await fetch(`${server!.url}/documents/complaints/${recordComplaint.complaint.id}/receipt.html`, {
      headers: { cookie: clerk.cookie! },
    });
    const page = documentText(await slip.text());
    expect(slip.status).toBe(200);
    expect(page).toContain('เทศบาลตำบลหนองแค');
    expect(page).toContain('โทร. ๐๓๖-๓๗๑๒๓๔');
    expect(page).toContain('https://www.nongkhae.go.th');
    expect(page).not.toContain('โคกแย้');

    // The register and the publications name the body too.
    const ita = await (await fetch(`${server!.url}/reports/ita/2569.csv`, { headers: { cookie: clerk.cookie! } })).text();
    expect(ita.split(/\r?\n/)[0]).toBe('"หน่วยงาน","เทศบาลตำบลหนองแค"');
    const register = await fetch(`${server!.url}/exports/register.xlsx`, { headers: { cookie: clerk.cookie! } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await register.arrayBuffer()) as never);
    expect(workbook.company).toBe('เทศบาลตำบลหนองแค');
    expect(workbook.worksheets[0]!.headerFooter.oddHeader).toContain('เทศบาลตำบลหนองแค');
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe('เลขรับ');

    // A channel the body does not use is refused at intake.
    const unused = await clerk.request(operation('RecordComplaint'), { input: complaintInput({ channel: 'DIRECT_LINE' }) });
    expect(errorCode(unused)).toBe('BAD_USER_INPUT');
  });
});

describe('the first-run page (issue 11, item 1): a one-time token from the server log', () => {
  let database: { url: string; drop(): Promise<void> };
  let server: ReturnType<typeof spawnServer>;
  let url: string;

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    server = spawnServer({ DATABASE_URL: database.url, SEED_DEMO: 'false' });
    url = await server.started;
  });
  afterAll(async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    await database.drop();
  });

  it('answers with no organisation, lets nobody sign in, and prints a token in the log', async () => {
    const anonymous = new Agent(url);
    expect((await anonymous.ok(operation('Organisation'))).organisation).toBeNull();
    const signIn = await anonymous.request(operation('SignIn'), { input: { username: 'admin', password: 'rongrian-demo' } });
    expect(errorCode(signIn)).toBe('UNAUTHENTICATED');
    expect(server.output()).toMatch(/"setupToken":"[0-9A-F]{4}(-[0-9A-F]{4}){7}"/);
  });

  it('refuses a wrong token and a bad file without creating anything, then sets the body up once with the token', async () => {
    const token = /"setupToken":"([0-9A-F-]+)"/.exec(server.output())![1]!;
    const file = await readFile(examplePath, 'utf8');
    const mutation = `mutation ($input: SetUpOrganisationInput!) { setUpOrganisation(input: $input) { organisation { code nameTh } channels divisions admin } }`;
    const anonymous = new Agent(url);

    const wrong = await anonymous.request(mutation, { input: { token: 'AAAA-BBBB', file } });
    expect(errorCode(wrong)).toBe('FORBIDDEN');
    const bad = await anonymous.request(mutation, { input: { token, file: file.replace('"PALAD"', '"PALAT"') } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.problems).toContainEqual(expect.objectContaining({ path: 'divisions' }));
    expect(await count(database.url, 'organisation')).toBe(0);

    // Typed as a person copies it from the console: lower case, spaces for dashes.
    const done = await anonymous.ok(mutation, { input: { token: token.toLowerCase().replaceAll('-', ' '), file } });
    expect(done.setUpOrganisation).toMatchObject({ organisation: { code: 'NONG_KHAE_TM' }, divisions: 3, admin: 'somchai.admin' });
    expect((await anonymous.ok(operation('Organisation'))).organisation.nameTh).toBe('เทศบาลตำบลหนองแค');

    // The token is spent: nobody on the network can set the body up again, nor claim it.
    const replay = await anonymous.request(mutation, { input: { token, file } });
    expect(errorCode(replay)).toBe('FORBIDDEN');
    expect(await count(database.url, 'organisation')).toBe(1);

    const admin = new Agent(url);
    await admin.ok(operation('SignIn'), { input: { username: 'somchai.admin', password: 'ใส่รหัสผ่านที่ยาวพอ-2569' } });
    // Every administrative change is on the audit trail, the refusals too; the file's password never is.
    const { auditEntries } = await admin.ok(`{ auditEntries { action outcome data } }`);
    const setUps = auditEntries.filter((entry: { action: string }) => entry.action === 'setUpOrganisation');
    expect(setUps.map((entry: { outcome: string }) => entry.outcome).sort()).toEqual(['BAD_USER_INPUT', 'FORBIDDEN', 'FORBIDDEN', 'OK']);
    expect(JSON.stringify(setUps)).not.toContain('2569');
  });
});
