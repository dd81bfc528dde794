import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertKind } from '../src/modules/live-events/live-event.types.js';
import { sessionTokenOf } from '../src/modules/auth/authenticate.js';
import { tokenHash } from '../src/modules/auth/session.service.js';
import { operation } from './contract.js';
import { Workflow } from './factories.js';
import { errorCode, signedIn, webSocketClient, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

/**
 * Issue 9, item 5: a WebSocket lives no longer than the session it was opened with. Sessions are
 * made to end by moving their instants in the database (the test connects as its owner), not by
 * fractional settings.
 */
let checking: TestServer; // checks its sockets' sessions every second
let timing: TestServer; // on the same database, checks them only once an hour: its timers alone close
let db: pg.Client;

beforeAll(async () => {
  checking = await startTestServer({ SESSION_IDLE_MINUTES: '1', SESSION_CHECK_SECONDS: '1' });
  timing = await startTestServer({ SESSION_IDLE_MINUTES: '1', SESSION_CHECK_SECONDS: '3600' }, checking);
  db = new pg.Client({ connectionString: checking.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await timing?.stop();
  await checking?.stop();
});

const hashOf = (agent: Agent) => tokenHash(sessionTokenOf(agent.cookie!)!);

/** A socket subscribed to alerts, recording what it receives and how it closes. */
async function socket(server: TestServer, agent: Agent) {
  const client = webSocketClient(server.url, agent.cookie);
  const received: unknown[] = [];
  let closedAt: number | undefined;
  const closed = new Promise<number>((resolve) =>
    client.on('closed', (event) => {
      closedAt = Date.now();
      resolve((event as { code: number }).code);
    }),
  );
  const connected = new Promise((resolve) => client.on('connected', resolve));
  client.subscribe(
    { query: operation('Alerts') },
    { next: (result) => void received.push(result), error: () => undefined, complete: () => undefined },
  );
  await connected;
  await new Promise((resolve) => setTimeout(resolve, 50)); // the subscription reaches the hub
  return { client, received, closed, closedAt: () => closedAt };
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);

describe('WebSockets end with their session (issue 9, item 5)', () => {
  it('closes a socket (4403) once its session was left idle (an open socket is no use of it), and no other', async () => {
    const idle = await signedIn(checking.url, 'commander');
    const busy = await signedIn(checking.url, 'nayok');
    const idleSocket = await socket(checking, idle);
    const busySocket = await socket(checking, busy);
    // The commander's session was last used by a request two minutes ago (SESSION_IDLE_MINUTES=1),
    // though its socket has been open all along.
    await db.query(`update session set last_seen_at = now() - interval '2 minutes' where token_hash = $1`, [hashOf(idle)]);
    const endedAt = Date.now();
    expect(await within(idleSocket.closed, 3_000)).toBe(4403);
    console.log(`[live-sessions] idle socket closed ${idleSocket.closedAt()! - endedAt} ms after its session went idle`);
    // The session is over for HTTP too; the Nayok's, used, stays open through the next checks.
    expect(errorCode(await idle.request(operation('Me')))).toBe('UNAUTHENTICATED');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(busySocket.closedAt()).toBeUndefined();
    await Promise.all([idleSocket.client.dispose(), busySocket.client.dispose()]);
  });

  it('closes a socket whose session was ended without a notice (its row deleted) at the next check', async () => {
    const agent = await signedIn(checking.url, 'engineer');
    const open = await socket(checking, agent);
    await db.query(`delete from session where token_hash = $1`, [hashOf(agent)]);
    expect(await within(open.closed, 3_000)).toBe(4403);
    await open.client.dispose();
  });

  it("closes a socket (4403) at its session's absolute end, by a timer, with no check running", async () => {
    const agent = await signedIn(timing.url, 'commander');
    // The session ends in 1.5 s (as if signed in SESSION_TTL_HOURS ago, less 1.5 s).
    await db.query(`update session set expires_at = now() + interval '1.5 seconds' where token_hash = $1`, [hashOf(agent)]);
    const open = await socket(timing, agent);
    const { rows } = await db.query(`select expires_at from session where token_hash = $1`, [hashOf(agent)]);
    expect(await within(open.closed, 4_000)).toBe(4403);
    const late = open.closedAt()! - rows[0].expires_at.getTime();
    console.log(`[live-sessions] socket closed ${late} ms after its session's absolute end`);
    expect(late).toBeGreaterThanOrEqual(-50);
    expect(late).toBeLessThan(2_000);
    await open.client.dispose();
  });

  it('pushes nothing to a socket whose session is known to have expired, even before the socket is closed', async () => {
    const center = await signedIn(timing.url, 'center');
    const nayok = await signedIn(timing.url, 'nayok');
    const c = await new Workflow(center, await signedIn(timing.url, 'commander')).record({
      receivedAt: new Date().toISOString(),
      incidentAt: null,
    });
    await new Promise((resolve) => setTimeout(resolve, 300)); // its own NEW_COMPLAINT is pushed before the sockets open
    await db.query(`update session set expires_at = now() + interval '3 seconds' where token_hash = $1`, [hashOf(center)]);
    const expiring = await socket(timing, center);
    const other = await socket(timing, nayok);
    const { rows } = await db.query(`select expires_at from session where token_hash = $1`, [hashOf(center)]);
    // Hold the event loop from just before the end to just after it, so that the expiry timer has
    // not run yet when the event comes (as when the process is busy): the hub decides by the instant.
    const end = rows[0].expires_at.getTime();
    while (Date.now() < end - 1_000) await new Promise((resolve) => setTimeout(resolve, 5));
    while (Date.now() < end + 50); // busy: no timer runs (a second, so that a slow machine does not overshoot)
    expect(expiring.closedAt()).toBeUndefined();
    await timing.app.liveEvents.dispatch({ topic: 'alert', kind: AlertKind.NEW_COMPLAINT, complaintId: c.id });
    expect(await within(expiring.closed, 2_000)).toBe(4403);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(other.received.length).toBeGreaterThanOrEqual(1);
    expect(expiring.received).toEqual([]);
    await Promise.all([expiring.client.dispose(), other.client.dispose()]);
  });
});
