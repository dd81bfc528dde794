import { dictionary } from '@zxcvbn-ts/language-common';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { Agent, errorCode, signedIn } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

// Contract, "Accounts".

let server: TestServer;
let admin: Agent;
let db: pg.Client;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedIn(server.url, 'admin');
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await server?.stop();
});

async function signIn(username: string, password: string): Promise<Agent> {
  const agent = new Agent(server.url);
  await agent.ok(operation('SignIn'), { input: { username, password } });
  return agent;
}

const changePassword = (agent: Agent, currentPassword: string, newPassword: string) =>
  agent.request(operation('ChangePassword'), { input: { currentPassword, newPassword } });

describe('accounts (contract, "Accounts")', () => {
  it('creates an account with a temporary password shown once, which must be changed before anything else', async () => {
    const created = await admin.ok(operation('CreateUser'), {
      input: { username: 'clerk.somjai', displayName: 'นางสาวสมใจ รักงาน', roles: ['CENTER_OFFICER'], divisionCode: 'PALAD' },
    });
    const { temporaryPassword } = created.createUser;
    expect(created.createUser.user).toMatchObject({ username: 'clerk.somjai', roles: ['CENTER_OFFICER'] });
    expect(temporaryPassword).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);

    const clerk = await signIn('clerk.somjai', temporaryPassword);
    const other = await signIn('clerk.somjai', temporaryPassword);
    expect((await clerk.ok(operation('MeDetails'))).me).toMatchObject({ username: 'clerk.somjai', mustChangePassword: true });
    // Every operation but me, changePassword and signOut: FORBIDDEN, documents and exports too.
    const board = await clerk.request(operation('Board'));
    expect(errorCode(board)).toBe('FORBIDDEN');
    expect(board.errors![0].message).toContain('กรุณาเปลี่ยนรหัสผ่านชั่วคราวก่อนใช้งาน');
    const register = await fetch(`${server.url}/exports/register.csv`, { headers: { cookie: clerk.cookie! } });
    expect(register.status).toBe(403);

    // The rules, each refusal saying which.
    expect(errorCode(await changePassword(clerk, 'wrong-password-here', 'a-long-new-password-1'))).toBe('UNAUTHENTICATED');
    const refusals = await Promise.all(
      ['short-pass', 'clerk.somjai', dictionary['passwords-common'].find((password) => password.length >= 12)!].map((weak) =>
        changePassword(clerk, temporaryPassword, weak),
      ),
    );
    expect(refusals.map(errorCode)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(refusals.map((refusal) => refusal.errors![0].extensions!.messageTh)).toEqual([
      'รหัสผ่านต้องยาวอย่างน้อย 12 ตัวอักษร',
      'รหัสผ่านต้องไม่เหมือนชื่อผู้ใช้',
      'รหัสผ่านนี้เป็นรหัสที่ใช้กันทั่วไปและเดาได้ง่าย กรุณาตั้งรหัสอื่น',
    ]);

    expect(
      (await clerk.ok(operation('ChangePassword'), { input: { currentPassword: temporaryPassword, newPassword: 'ขอนแก่น-2569-โคกแย้' } }))
        .changePassword,
    ).toEqual({ ok: true });
    expect((await clerk.ok(operation('MeDetails'))).me.mustChangePassword).toBe(false);
    expect((await clerk.request(operation('Board'))).errors).toBeUndefined();
    // Its other sessions ended; the new password signs in.
    expect(errorCode(await other.request(operation('Board')))).toBe('UNAUTHENTICATED');
    await signIn('clerk.somjai', 'ขอนแก่น-2569-โคกแย้');

    // Neither password is on the audit trail.
    const { rows } = await db.query<{ data: string }>(
      `select data::text from audit_entry where action in ('createUser', 'changePassword', 'signIn')`,
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const { data } of rows) {
      expect(data).not.toContain(temporaryPassword);
      expect(data).not.toContain('ขอนแก่น-2569-โคกแย้');
    }
  });

  it('refuses what would break an account: a taken username (any case), a division officer without a division, a non-admin', async () => {
    const taken = await admin.request(operation('CreateUser'), { input: { username: 'CENTER', displayName: 'x', roles: ['AUDITOR'] } });
    expect(errorCode(taken)).toBe('BAD_USER_INPUT');
    const noDivision = await admin.request(operation('CreateUser'), {
      input: { username: 'nodiv', displayName: 'x', roles: ['DIVISION_OFFICER'] },
    });
    expect(errorCode(noDivision)).toBe('BAD_USER_INPUT');
    const center = await signedIn(server.url, 'center');
    expect(
      errorCode(await center.request(operation('CreateUser'), { input: { username: 'x1x', displayName: 'x', roles: ['ADMIN'] } })),
    ).toBe('FORBIDDEN');
    expect(errorCode(await center.request(operation('Users')))).toBe('FORBIDDEN');
    const { rows } = await db.query(`select 1 from app_user where lower(username) in ('nodiv', 'x1x')`);
    expect(rows).toEqual([]);
  });

  it("lets an administrator remove another administrator's ADMIN role while one remains", async () => {
    await admin.ok(operation('CreateUser'), { input: { username: 'admin.two', displayName: 'ผู้ดูแลคนที่สอง', roles: ['ADMIN'] } });
    const demoted = await admin.ok(operation('UpdateUser'), { input: { username: 'admin.two', roles: ['AUDITOR'] } });
    expect(demoted.updateUser.user.roles).toEqual(['AUDITOR']);
  });

  it('creates one account of two created at once with the same username; the other is BAD_USER_INPUT', async () => {
    const input = { username: 'twice.made', displayName: 'x', roles: ['AUDITOR'] };
    const results = await Promise.all([
      admin.request(operation('CreateUser'), { input }),
      admin.request(operation('CreateUser'), { input }),
    ]);
    expect(results.map(errorCode).sort()).toEqual(['BAD_USER_INPUT', undefined]);
  });

  it('never lets an administrator remove their own ADMIN role', async () => {
    const own = await admin.request(operation('UpdateUser'), { input: { username: 'admin', roles: ['AUDITOR'] } });
    expect(errorCode(own)).toBe('BAD_USER_INPUT');
    expect((await admin.ok(operation('MeDetails'))).me.roles).toEqual(['ADMIN']);
  });

  it('updates an account and ends its sessions; a reset gives a new temporary password and ends them too', async () => {
    const engineer = await signedIn(server.url, 'engineer');
    // A new display name alone changes nothing the account may see: its session goes on.
    await admin.ok(operation('UpdateUser'), { input: { username: 'engineer', displayName: 'นายวีระ ทองคำ' } });
    expect((await engineer.request(operation('Board'))).errors).toBeUndefined();
    const updated = await admin.ok(operation('UpdateUser'), {
      input: { username: 'engineer', displayName: 'นายวีระ ทองคำ (กองช่าง)', roles: ['DIVISION_OFFICER', 'AUDITOR'] },
    });
    expect(updated.updateUser.user).toMatchObject({
      username: 'engineer',
      displayName: 'นายวีระ ทองคำ (กองช่าง)',
      roles: ['DIVISION_OFFICER', 'AUDITOR'],
    });
    expect((await engineer.request(operation('Board'))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const finance = await signedIn(server.url, 'finance');
    const { temporaryPassword } = (await admin.ok(operation('ResetPassword'), { input: { username: 'finance' } })).resetPassword;
    expect(errorCode(await finance.request(operation('Board')))).toBe('UNAUTHENTICATED');
    const again = await signIn('finance', temporaryPassword);
    expect((await again.ok(operation('MeDetails'))).me.mustChangePassword).toBe(true);

    const users = (await admin.ok(operation('Users'))).users as {
      username: string;
      mustChangePassword: boolean;
      active: boolean;
      official: { id: string } | null;
    }[];
    expect(users.find((user) => user.username === 'finance')).toMatchObject({
      mustChangePassword: true,
      active: true,
      official: { id: expect.any(String) },
    });
    expect(users.find((user) => user.username === 'admin')).toMatchObject({ mustChangePassword: false, official: null });
  });
});
