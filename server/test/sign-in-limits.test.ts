import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { Agent, demoPassword, errorCode, signedIn, webSocketClient } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ SESSION_IDLE_MINUTES: '1' });
});
afterAll(() => server?.stop());

const signIn = (password: string, username = 'finance') =>
  new Agent(server.url).request(operation('SignIn'), { input: { username, password } });

describe('sign-in limits and session lifetimes (issue 6)', () => {
  it('refuses even the right password while a username is throttled, counting in PostgreSQL', async () => {
    for (let i = 0; i < 5; i++) expect(errorCode(await signIn(`wrong-${i}`))).toBe('UNAUTHENTICATED');
    const throttled = await signIn(demoPassword);
    expect(errorCode(throttled)).toBe('UNAUTHENTICATED');
    expect(throttled.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    const { rows } = await db.query(`select failures from sign_in_attempt where key = 'user:finance'`);
    // After the wait, the right password works and the count is cleared.
    await db.query(`update sign_in_attempt set last_failure_at = now() - interval '1 hour'`);
    expect(errorCode(await signIn(demoPassword))).toBeUndefined();
    const cleared = await db.query(`select count(*)::int as n from sign_in_attempt where key = 'user:finance'`);
    await db.end();
    // The refused attempt was not even tried, so not counted.
    expect(rows[0].failures).toBe(5);
    expect(cleared.rows[0].n).toBe(0);
  });

  it('closes the WebSockets opened with a session within a second of signing out', async () => {
    const agent = await signedIn(server.url, 'commander');
    const client = webSocketClient(server.url, agent.cookie);
    const closed = new Promise<{ code: number; at: number }>((resolve) =>
      client.on('closed', (event) => resolve({ code: (event as { code: number }).code, at: Date.now() })),
    );
    const connected = new Promise((resolve) => client.on('connected', resolve));
    client.subscribe({ query: operation('Alerts') }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await connected;
    const signedOutAt = Date.now();
    await agent.ok(operation('SignOut'));
    const { code, at } = await closed;
    expect(code).toBe(4403);
    expect(at - signedOutAt).toBeLessThan(1_000);
    await client.dispose();
  });

  it('disabling an account ends its sessions and closes its WebSockets within a second', async () => {
    const admin = await signedIn(server.url, 'admin');
    const engineer = await signedIn(server.url, 'engineer');
    const client = webSocketClient(server.url, engineer.cookie);
    const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    const connected = new Promise((resolve) => client.on('connected', resolve));
    client.subscribe({ query: operation('Alerts') }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await connected;
    const started = Date.now();
    const setActive = `mutation ($input: SetUserActiveInput!) { setUserActive(input: $input) { username } }`;
    await admin.ok(setActive, { input: { username: 'engineer', active: false } });
    expect(await closed).toBe(4403);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(errorCode(await engineer.request(operation('Me')))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(await new Agent(server.url).request(operation('SignIn'), { input: { username: 'engineer', password: demoPassword } })),
    ).toBe('UNAUTHENTICATED');
    await admin.ok(setActive, { input: { username: 'engineer', active: true } });
    expect(errorCode(await signedIn(server.url, 'engineer').then((agent) => agent.request(operation('Me'))))).toBeUndefined();
    await client.dispose();
  });

  it("writes a session's use at most once per quarter of the idle limit, and a session used within it never lapses (issue 15, item 3)", async () => {
    const agent = await signedIn(server.url, 'finance');
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    const seen = async () =>
      (
        await db.query(
          `select s.token_hash as token, last_seen_at as at, s.xmin::text as row from session s join app_user u on u.id = s.user_id where u.username = 'finance' order by s.created_at desc limit 1`,
        )
      ).rows[0] as { token: string; at: Date; row: string };
    // Fresh: requests read the session and leave its row alone (its xmin stays the same).
    const before = await seen();
    for (let i = 0; i < 5; i++) expect(errorCode(await agent.request(operation('Me')))).toBeUndefined();
    expect(await seen()).toEqual(before);
    // Used 40 seconds ago, past a quarter of SESSION_IDLE_MINUTES=1: the next request notes the use.
    await db.query(`update session set last_seen_at = now() - interval '40 seconds' where token_hash = $1`, [before.token]);
    expect(errorCode(await agent.request(operation('Me')))).toBeUndefined();
    const after = await seen();
    expect(Date.now() - after.at.getTime()).toBeLessThan(5_000);
    await db.end();
  });

  it('ends a session left idle longer than SESSION_IDLE_MINUTES', async () => {
    const agent = await signedIn(server.url, 'nayok');
    expect(errorCode(await agent.request(operation('Me')))).toBeUndefined();
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    await db.query(`update session set last_seen_at = now() - interval '2 minutes'`);
    await db.end();
    expect(errorCode(await agent.request(operation('Me')))).toBe('UNAUTHENTICATED');
  });
});
