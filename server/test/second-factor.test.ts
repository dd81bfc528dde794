import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openSecret, sealSecret } from '../src/modules/second-factor/secret-box.js';
import { totpClock, totpCodeAt, totpStepOf } from '../src/modules/second-factor/totp.js';
import { operation } from './contract.js';
import { Agent, demoPassword, errorCode, signedIn } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

/**
 * Issue 11, item 3: two-factor sign-in (TOTP, RFC 6238), on a fixed clock. The server runs in this
 * process, so `totpClock` is the instant it checks codes at; the tests compute the codes an
 * authenticator app shows then, with the same library.
 */
const t0 = Date.parse('2026-12-01T03:00:10Z'); // 10 s into a 30-second step
const step = 30_000;

let server: TestServer;
let admin: Agent;
let db: pg.Client;
const realClock = totpClock.now;

beforeAll(async () => {
  // Sealed at rest: the tests check the database holds no usable secret.
  server = await startTestServer({ SECOND_FACTOR_KEY: randomBytes(32).toString('base64') });
  admin = await signedIn(server.url, 'admin');
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  totpClock.now = realClock;
  await db?.end();
  await server?.stop();
});
afterEach(() => {
  totpClock.now = () => t0;
});
totpClock.now = () => t0;

const signInMutation = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { user { id username secondFactorEnabled mustEnrolSecondFactor } }
}`;
const begin = `mutation { beginSecondFactorEnrolment { secret otpauthUri } }`;
const confirm = `mutation ($code: String!) { confirmSecondFactor(input: { code: $code }) { recoveryCodes user { secondFactorEnabled } } }`;
const me = `query { me { username secondFactorEnabled mustEnrolSecondFactor } }`;

/** A new account with the demo password (copied from a demo user), so that each test has its own throttle. */
async function newUser(roles: string[], division: string | null = null): Promise<string> {
  const username = `u${randomBytes(4).toString('hex')}`;
  await db.query(
    `insert into app_user (id, username, display_name, password_hash, roles, division_code, active, must_change_password, created_at)
     select gen_random_uuid(), $1, 'ทดสอบ สองขั้นตอน', password_hash, $2::text[], $3, true, false, now() from app_user where username = 'admin'`,
    [username, roles, division],
  );
  return username;
}

async function signIn(username: string, otp?: string, password = demoPassword) {
  const agent = new Agent(server.url);
  const response = await agent.request(signInMutation, { input: { username, password, ...(otp === undefined ? {} : { otp }) } });
  return { agent, response };
}

/** Forgets the user's counted sign-in failures, so that a test of codes is not held back by the throttle. */
const forgetAttempts = (username: string) => db.query(`delete from sign_in_attempt where key = $1`, [`user:${username}`]);

/** Signs in, turns two-factor sign-in on at t0, and answers the secret and the recovery codes. */
async function enrolled(username: string) {
  const agent = (await signIn(username)).agent;
  const { secret, otpauthUri } = (await agent.ok(begin)).beginSecondFactorEnrolment;
  const confirmed = (await agent.ok(confirm, { code: totpCodeAt(secret, t0) })).confirmSecondFactor;
  return { agent, secret, otpauthUri, recoveryCodes: confirmed.recoveryCodes as string[] };
}

describe('TOTP per RFC 6238 (issue 11, item 3)', () => {
  // RFC 6238, appendix B: the SHA-1 test vectors, whose last six digits are the 6-digit codes.
  const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // "12345678901234567890"
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ])('at T = %i s the code is %s (SHA-1, 6 digits, 30 s)', (seconds, code) => {
    expect(totpCodeAt(rfcSecret, seconds * 1000)).toBe(code);
    expect(totpStepOf(rfcSecret, code, seconds * 1000)).toBe(Math.floor(seconds / 30));
  });

  it('takes the code of the step before and after (±1 step), not two away', () => {
    const at = 1234567890 * 1000;
    expect(totpStepOf(rfcSecret, totpCodeAt(rfcSecret, at - step), at)).toBe(Math.floor(1234567890 / 30) - 1);
    expect(totpStepOf(rfcSecret, totpCodeAt(rfcSecret, at + step), at)).toBe(Math.floor(1234567890 / 30) + 1);
    expect(totpStepOf(rfcSecret, totpCodeAt(rfcSecret, at - 2 * step), at)).toBeNull();
    expect(totpStepOf(rfcSecret, totpCodeAt(rfcSecret, at + 2 * step), at)).toBeNull();
  });
});

describe('two-factor sign-in (issue 11, item 3)', () => {
  it('enrols: a 160-bit secret and an otpauth URI, on only after a valid code, with ten recovery codes shown once', async () => {
    const username = await newUser(['DIVISION_OFFICER'], 'FINANCE');
    const { agent } = await signIn(username);
    const { secret, otpauthUri } = (await agent.ok(begin)).beginSecondFactorEnrolment;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/); // 32 base32 symbols = 160 bits
    const uri = new URL(otpauthUri);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({ secret, algorithm: 'SHA1', digits: '6', period: '30' });
    expect(decodeURIComponent(uri.pathname)).toContain(username);

    // Not on yet: sign-in still takes the password alone.
    expect((await agent.ok(me)).me.secondFactorEnabled).toBe(false);
    expect((await signIn(username)).response.errors).toBeUndefined();

    // A wrong code does not turn it on.
    const wrong = await agent.request(confirm, { code: totpCodeAt(secret, t0 + 5 * step) });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions!.messageTh).toContain('รหัสไม่ถูกต้อง');
    expect((await agent.ok(me)).me.secondFactorEnabled).toBe(false);

    const confirmed = (await agent.ok(confirm, { code: totpCodeAt(secret, t0) })).confirmSecondFactor;
    expect(confirmed.user.secondFactorEnabled).toBe(true);
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    for (const code of confirmed.recoveryCodes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect((await agent.ok(me)).me.secondFactorEnabled).toBe(true);

    // Never again: a new enrolment is refused while it is on, and the secret is sealed at rest.
    expect(errorCode(await agent.request(begin))).toBe('BAD_USER_INPUT');
    const stored = await db.query(
      `select f.secret, (select array_agg(code_hash) from recovery_code r where r.user_id = u.id) as hashes
         from second_factor f join app_user u on u.id = f.user_id where u.username = $1`,
      [username],
    );
    expect(stored.rows[0].secret).toMatch(/^v1:/);
    expect(stored.rows[0].secret).not.toContain(secret);
    expect(stored.rows[0].hashes).toHaveLength(10);
    for (const code of confirmed.recoveryCodes) expect(JSON.stringify(stored.rows[0].hashes)).not.toContain(code);
  });

  it('signs in with the code: none asks for it (no session), a wrong one is UNAUTHENTICATED, a replayed one too', async () => {
    const username = await newUser(['COMMANDER'], 'PALAD');
    const { secret } = await enrolled(username);

    // The right password alone: a clear code, and no session.
    const asked = await signIn(username);
    expect(errorCode(asked.response)).toBe('SECOND_FACTOR_REQUIRED');
    expect(asked.response.errors![0].extensions!.messageTh).toContain('กรอกรหัส 6 หลักจากแอปยืนยันตัวตน');
    expect(asked.response.data).toBeNull();
    expect(asked.agent.cookie).toBeNull();
    expect(errorCode(await asked.agent.request(me))).toBe('UNAUTHENTICATED');

    // A wrong password does not say whether the account has a second factor: the answer of any account.
    const wrongPassword = await signIn(username, undefined, 'not-the-password');
    const wrongPasswordElsewhere = await signIn(await newUser(['COMMANDER'], 'PALAD'), undefined, 'not-the-password');
    expect(errorCode(wrongPassword.response)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.response.errors![0].extensions).toEqual(wrongPasswordElsewhere.response.errors![0].extensions);
    // … nor with a right code.
    const wrongPasswordRightCode = await signIn(username, totpCodeAt(secret, t0 + step), 'not-the-password');
    expect(wrongPasswordRightCode.response.errors![0].extensions).toEqual(wrongPasswordElsewhere.response.errors![0].extensions);

    const wrong = await signIn(username, '000000' === totpCodeAt(secret, t0 + step) ? '111111' : '000000');
    expect(errorCode(wrong.response)).toBe('UNAUTHENTICATED');
    expect(wrong.response.errors![0].extensions!.field).toBe('otp');
    expect(wrong.agent.cookie).toBeNull();

    // The code of t0 confirmed the enrolment: used, so refused (replay).
    expect(errorCode((await signIn(username, totpCodeAt(secret, t0))).response)).toBe('UNAUTHENTICATED');

    await forgetAttempts(username);
    // 40 s later: the next step's code signs in, once; the phone's clock may be one step behind or ahead.
    totpClock.now = () => t0 + 40_000;
    const good = await signIn(username, totpCodeAt(secret, t0 + 40_000));
    expect(good.response.errors).toBeUndefined();
    expect(good.response.data.signIn.user).toMatchObject({ username, secondFactorEnabled: true });
    expect((await good.agent.ok(me)).me.username).toBe(username);
    expect(errorCode((await signIn(username, totpCodeAt(secret, t0 + 40_000))).response)).toBe('UNAUTHENTICATED');

    totpClock.now = () => t0 + 2 * step;
    // Within the window, the step before (a phone a little slow) was used just now: refused; the step after is not.
    expect(errorCode((await signIn(username, totpCodeAt(secret, t0 + 40_000))).response)).toBe('UNAUTHENTICATED');
    expect((await signIn(username, totpCodeAt(secret, t0 + 3 * step))).response.errors).toBeUndefined();
    // Once a later step was used, an earlier one is refused even within the window; two steps away never counts.
    totpClock.now = () => t0 + 3 * step;
    expect(errorCode((await signIn(username, totpCodeAt(secret, t0 + 2 * step))).response)).toBe('UNAUTHENTICATED');
    expect(errorCode((await signIn(username, totpCodeAt(secret, t0 + 5 * step))).response)).toBe('UNAUTHENTICATED');
  });

  it('two sign-ins racing with one code: exactly one gets a session', async () => {
    const username = await newUser(['EXECUTIVE']);
    const { secret } = await enrolled(username);
    totpClock.now = () => t0 + 2 * step;
    const code = totpCodeAt(secret, t0 + 2 * step);
    const results = await Promise.all(Array.from({ length: 4 }, () => signIn(username, code)));
    expect(results.filter((result) => !result.response.errors).length).toBe(1);
  });

  it('a recovery code signs in once, typed in any case and with or without dashes', async () => {
    const username = await newUser(['DIVISION_OFFICER'], 'ENGINEERING');
    const { recoveryCodes } = await enrolled(username);
    const [first, second] = recoveryCodes;
    expect((await signIn(username, first)).response.errors).toBeUndefined();
    expect(errorCode((await signIn(username, first)).response)).toBe('UNAUTHENTICATED');
    expect((await signIn(username, second.replace(/-/g, ' ').toLowerCase())).response.errors).toBeUndefined();
    expect(errorCode((await signIn(username, 'ABCD-EFGH-JKMN-PQRS')).response)).toBe('UNAUTHENTICATED');
    const used = await db.query(
      `select count(*) filter (where used_at is not null)::int as used, count(*)::int as total
         from recovery_code r join app_user u on u.id = r.user_id where u.username = $1`,
      [username],
    );
    expect(used.rows[0]).toEqual({ used: 2, total: 10 });
  });

  it('wrong codes are counted by the sign-in throttle like wrong passwords; a right code is then held back too', async () => {
    const username = await newUser(['COMMANDER'], 'PALAD');
    const { secret } = await enrolled(username);
    const counted = async () =>
      (await db.query(`select failures from sign_in_attempt where key = $1`, [`user:${username}`])).rows[0]?.failures ?? 0;
    // enrolled() signed in once with the password alone (no factor yet): credited, nothing counted.
    expect(await counted()).toBe(0);
    for (let i = 0; i < 5; i++) expect(errorCode((await signIn(username, `12345${i}`)).response)).toBe('UNAUTHENTICATED');
    expect(await counted()).toBe(5);
    totpClock.now = () => t0 + 2 * step;
    const held = await signIn(username, totpCodeAt(secret, t0 + 2 * step));
    expect(errorCode(held.response)).toBe('UNAUTHENTICATED');
    expect(held.response.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    // Asking for the code is counted too: it cannot be used to reset the count between guesses.
    await db.query(`update sign_in_attempt set last_failure_at = now() - interval '1 hour' where key = $1`, [`user:${username}`]);
    expect(errorCode((await signIn(username)).response)).toBe('SECOND_FACTOR_REQUIRED');
    expect(await counted()).toBe(1);
    expect((await signIn(username, totpCodeAt(secret, t0 + 2 * step))).response.errors).toBeUndefined();
    expect(await counted()).toBe(0);
  });

  it('turns off with the password only; ADMIN resets a lost phone, ending the sessions', async () => {
    const username = await newUser(['EXECUTIVE']);
    const { secret } = await enrolled(username);
    totpClock.now = () => t0 + 2 * step;
    const { agent } = await signIn(username, totpCodeAt(secret, t0 + 2 * step));
    const disable = `mutation ($p: String!) { disableSecondFactor(input: { currentPassword: $p }) { user { secondFactorEnabled } } }`;
    expect(errorCode(await agent.request(disable, { p: 'not-the-password' }))).toBe('UNAUTHENTICATED');
    expect((await agent.ok(disable, { p: demoPassword })).disableSecondFactor.user.secondFactorEnabled).toBe(false);
    expect((await signIn(username)).response.errors).toBeUndefined();

    // On again; the phone is lost: ADMIN's reset removes it and ends the user's sessions.
    totpClock.now = () => t0;
    const again = await enrolled(username);
    const reset = `mutation ($u: String!) { resetSecondFactor(input: { username: $u }) { user { username secondFactorEnabled } } }`;
    expect(errorCode(await again.agent.request(reset, { u: username }))).toBe('FORBIDDEN');
    expect((await admin.ok(reset, { u: username })).resetSecondFactor.user).toEqual({ username, secondFactorEnabled: false });
    expect(errorCode(await again.agent.request(me))).toBe('UNAUTHENTICATED');
    expect(errorCode(await admin.request(reset, { u: 'nobody-here' }))).toBe('NOT_FOUND');
    const signedInAgain = await signIn(username);
    expect(signedInAgain.response.errors).toBeUndefined();
    expect((await signedInAgain.agent.ok(me)).me.secondFactorEnabled).toBe(false);
  });

  it('no secret, code, recovery code or password reaches the audit trail', async () => {
    const username = await newUser(['EXECUTIVE']);
    const { secret, recoveryCodes } = await enrolled(username);
    totpClock.now = () => t0 + 2 * step;
    const totp = totpCodeAt(secret, t0 + 2 * step);
    await signIn(username, totp);
    await signIn(username, recoveryCodes[0]);
    await signIn(username, '999999');
    const { rows } = await db.query<{ action: string; data: string }>(
      `select action, data::text from audit_entry where action in ('signIn', 'beginSecondFactorEnrolment', 'confirmSecondFactor')`,
    );
    expect(rows.map((row) => row.action)).toEqual(expect.arrayContaining(['signIn', 'beginSecondFactorEnrolment', 'confirmSecondFactor']));
    const trail = JSON.stringify(rows);
    for (const hidden of [secret, totp, totpCodeAt(secret, t0), '999999', demoPassword, ...recoveryCodes])
      expect(trail).not.toContain(hidden);
    // What was given is still recorded, without its value.
    expect(trail).toContain('input.otp');
  });
});

describe('the organisation requires a second factor of ADMIN and CENTER_OFFICER (issue 11, item 3)', () => {
  const policy = `query { secondFactorPolicy { required roles } }`;
  const setRequired = `mutation ($r: Boolean!) { setSecondFactorRequired(required: $r) { required roles } }`;

  it('holds them at the enrolment until they turn it on; other roles are not held', async () => {
    expect(errorCode(await (await signedIn(server.url, 'commander')).request(setRequired, { r: true }))).toBe('FORBIDDEN');
    // An administrator without a second factor turns theirs on first.
    expect(errorCode(await admin.request(setRequired, { r: true }))).toBe('BAD_USER_INPUT');
    const adminName = await newUser(['ADMIN']);
    const secondAdmin = await enrolled(adminName);
    expect((await secondAdmin.agent.ok(setRequired, { r: true })).setSecondFactorRequired).toEqual({
      required: true,
      roles: ['ADMIN', 'CENTER_OFFICER'],
    });

    const clerkName = await newUser(['CENTER_OFFICER'], 'PALAD');
    const clerk = (await signIn(clerkName)).agent;
    expect((await clerk.ok(me)).me).toEqual({ username: clerkName, secondFactorEnabled: false, mustEnrolSecondFactor: true });
    expect((await clerk.ok(policy)).secondFactorPolicy.required).toBe(true);
    const board = await clerk.request(operation('Board'));
    expect(errorCode(board)).toBe('FORBIDDEN');
    expect(board.errors![0].extensions!.messageTh).toContain('การยืนยันตัวตนสองขั้นตอน');
    expect(board.errors![0].extensions!.mustEnrolSecondFactor).toBe(true);
    const register = await fetch(`${server.url}/exports/register.csv`, { headers: { cookie: clerk.cookie! } });
    expect(register.status).toBe(403);
    // The admin signed in before the rule is held too, at their next request.
    expect(errorCode(await admin.request(operation('Users')))).toBe('FORBIDDEN');

    // Other roles go on as before.
    const executive = await signedIn(server.url, 'nayok');
    expect((await executive.ok(me)).me.mustEnrolSecondFactor).toBe(false);
    expect((await executive.request(operation('Board'))).errors).toBeUndefined();

    // The enrolment is reachable; once on, the gate lifts.
    const { secret } = (await clerk.ok(begin)).beginSecondFactorEnrolment;
    await clerk.ok(confirm, { code: totpCodeAt(secret, t0) });
    expect((await clerk.ok(me)).me.mustEnrolSecondFactor).toBe(false);
    expect((await clerk.request(operation('Board'))).errors).toBeUndefined();

    // While required, they cannot turn it off.
    const disable = `mutation ($p: String!) { disableSecondFactor(input: { currentPassword: $p }) { user { secondFactorEnabled } } }`;
    expect(errorCode(await clerk.request(disable, { p: demoPassword }))).toBe('FORBIDDEN');

    // No longer required: the admin without one is free again.
    expect((await secondAdmin.agent.ok(setRequired, { r: false })).setSecondFactorRequired.required).toBe(false);
    expect((await admin.request(operation('Users'))).errors).toBeUndefined();
    const audited = await db.query(
      `select outcome, data->'arguments' as args from audit_entry where action = 'setSecondFactorRequired' order by id`,
    );
    expect(audited.rows).toEqual([
      { outcome: 'FORBIDDEN', args: { required: true } },
      { outcome: 'BAD_USER_INPUT', args: { required: true } },
      { outcome: 'OK', args: { required: true } },
      { outcome: 'OK', args: { required: false } },
    ]);
  });
});

describe('statement budgets (issue 11, item 3)', () => {
  it('me answers the two flags from the session’s one statement; ADMIN’s users list adds one for all accounts; signIn', async () => {
    const username = await newUser(['EXECUTIVE']);
    const { secret } = await enrolled(username);
    const meResult = await admin.request(me);
    expect(meResult.errors).toBeUndefined();
    expect(meResult.statements).toBe(1);
    const users = await admin.request(`query { users { username secondFactorEnabled } }`);
    expect(users.errors).toBeUndefined();
    const listed = new Map(
      users.data.users.map((user: { username: string; secondFactorEnabled: boolean }) => [user.username, user.secondFactorEnabled]),
    );
    expect(listed.get(username)).toBe(true);
    expect(listed.get('finance')).toBe(false);
    // … and one more for the accounts' last sign-ins (administration, issue 11).
    expect(users.statements).toBeLessThanOrEqual(5);

    totpClock.now = () => t0 + 2 * step;
    const signedInWithCode = await signIn(username, totpCodeAt(secret, t0 + 2 * step));
    expect(signedInWithCode.response.errors).toBeUndefined();
    const withoutFactor = (await signIn(await newUser(['EXECUTIVE']))).response;
    expect(withoutFactor.errors).toBeUndefined();
    // The count, the user, the second factor's state (one more than before issue 11), the credit, then
    // BEGIN, the session, the known device, the audit entry, COMMIT; a code adds the statement that claims it.
    expect(withoutFactor.statements).toBeLessThanOrEqual(9);
    expect(signedInWithCode.response.statements).toBeLessThanOrEqual(10);
  });
});

describe('the secret at rest (issue 11, item 3)', () => {
  it('is sealed with AES-256-GCM under SECOND_FACTOR_KEY, bound to its user; without a key it is kept marked plain', async () => {
    const key = randomBytes(32);
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', 'user-a', key);
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealSecret('JBSWY3DPEHPK3PXP', 'user-a', key)).not.toBe(sealed); // a fresh IV each time
    expect(openSecret(sealed, 'user-a', key)).toBe('JBSWY3DPEHPK3PXP');
    expect(() => openSecret(sealed, 'user-b', key)).toThrow(); // copied onto another account's row
    expect(() => openSecret(sealed, 'user-a', randomBytes(32))).toThrow();
    expect(() => openSecret(sealed, 'user-a', null)).toThrow(/SECOND_FACTOR_KEY/);
    expect(sealSecret('JBSWY3DPEHPK3PXP', 'user-a', null)).toBe('plain:JBSWY3DPEHPK3PXP');
    expect(openSecret('plain:JBSWY3DPEHPK3PXP', 'user-a', key)).toBe('JBSWY3DPEHPK3PXP');
  });
});
