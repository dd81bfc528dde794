import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { demoPassword } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

/**
 * Issue 9, items 9 and 10: sign-in attempts are counted before the password is checked, atomically;
 * the limit per address is far higher than per account; a known device or the end of the delay
 * lets a correct password through. TRUST_PROXY lets each test act from an address of its own.
 */
let server: TestServer;
let db: pg.Client;
beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: 'true' });
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await server?.stop();
});

interface Attempt {
  ok: boolean;
  retryAfter: number | undefined;
  deviceCookie: string | undefined;
}

async function signIn(username: string, password: string, from: { ip: string; cookie?: string }): Promise<Attempt> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from.ip, ...(from.cookie ? { cookie: from.cookie } : {}) },
    body: JSON.stringify({ query: operation('SignIn'), variables: { input: { username, password } } }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions: { retryAfterSeconds?: number } }[] };
  const device = response.headers.getSetCookie().find((cookie) => cookie.startsWith('rongrian_device='));
  return { ok: !body.errors, retryAfter: body.errors?.[0].extensions.retryAfterSeconds, deviceCookie: device?.split(';')[0] };
}

const counter = async (key: string) =>
  (await db.query(`select failures, last_failure_at from sign_in_attempt where key = $1`, [key])).rows[0] as
    { failures: number; last_failure_at: Date } | undefined;

describe('sign-in limits (issue 9, items 9 and 10)', () => {
  it('item 9: 150 attempts at once are counted one by one: only the allowance has its password checked', async () => {
    const attempts = Array.from({ length: 150 }, (_, i) => (i === 120 ? demoPassword : `wrong-${i}`));
    const results = await Promise.all(attempts.map((password) => signIn('finance', password, { ip: '10.9.0.1' })));
    const checked = results.filter((result) => result.retryAfter === undefined);
    // Five free attempts, then 1 s, 2 s, 4 s … apart: a burst of a few seconds checks a handful.
    expect(checked.length).toBeGreaterThanOrEqual(5);
    expect(checked.length).toBeLessThanOrEqual(9);
    expect((await counter('user:finance'))!.failures).toBe(checked.filter((result) => !result.ok).length);
  });

  it("item 10: an office's 30 failures from one address do not lock out the commander's correct password", async () => {
    for (let i = 0; i < 30; i++) expect((await signIn(`clerk-${i}`, 'typo', { ip: '10.9.0.2' })).ok).toBe(false);
    const commander = await signIn('commander', demoPassword, { ip: '10.9.0.2' });
    expect(commander).toMatchObject({ ok: true, retryAfter: undefined });
  });

  it('item 10: failures against an account from elsewhere hold back an unknown browser, not a known device', async () => {
    const office = await signIn('nayok', demoPassword, { ip: '10.9.0.3' });
    expect(office.ok).toBe(true);
    expect(office.deviceCookie).toMatch(/^rongrian_device=[A-Za-z0-9_-]{43}$/);
    for (let i = 0; i < 8; i++) await signIn('nayok', `guess-${i}`, { ip: '10.9.0.66' });
    expect((await signIn('nayok', demoPassword, { ip: '10.9.0.4' })).retryAfter).toBeGreaterThan(0);
    expect((await signIn('nayok', demoPassword, { ip: '10.9.0.3', cookie: office.deviceCookie })).ok).toBe(true);
    // A device cookie made up, or another user's, is an unknown browser.
    expect(
      (await signIn('nayok', demoPassword, { ip: '10.9.0.4', cookie: 'rongrian_device=' + 'x'.repeat(43) })).retryAfter,
    ).toBeGreaterThan(0);
  });

  it('item 10: refused attempts neither count nor restart the delay; once it has passed, the correct password goes through', async () => {
    for (let i = 0; i < 5; i++) await signIn('engineer', `guess-${i}`, { ip: '10.9.0.5' });
    const before = await counter('user:engineer');
    expect(before!.failures).toBe(5);
    for (let i = 0; i < 10; i++) expect((await signIn('engineer', `again-${i}`, { ip: '10.9.0.5' })).retryAfter).toBeGreaterThan(0);
    expect(await counter('user:engineer')).toEqual(before);
    // The delay after 5 failures is 1 s: move the last failure 1 s back instead of waiting.
    await db.query(`update sign_in_attempt set last_failure_at = last_failure_at - interval '1 second' where key = 'user:engineer'`);
    expect((await signIn('engineer', demoPassword, { ip: '10.9.0.5' })).ok).toBe(true);
    expect(await counter('user:engineer')).toBeUndefined();
  });

  it('item 10: an address is limited too, far above an account (200 free)', async () => {
    await db.query(`insert into sign_in_attempt (key, failures, last_failure_at) values ('ip:10.9.0.7', 200, now())`);
    expect((await signIn('commander', demoPassword, { ip: '10.9.0.7' })).retryAfter).toBeGreaterThan(0);
    expect((await signIn('commander', demoPassword, { ip: '10.9.0.8' })).ok).toBe(true);
  });
});
