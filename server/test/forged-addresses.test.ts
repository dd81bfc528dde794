import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { operation } from './contract.js';
import { websiteForm } from './factories.js';
import { errorCode, signedIn, webSocketClient, type GraphQLResponse } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

/**
 * Issue 12, item 5 (contract, "The citizen's channel"): the limits per client address cannot be
 * bypassed with forged headers. Without TRUST_PROXY no header counts; with TRUST_PROXY=true only
 * the proxy's own entry (the rightmost of X-Forwarded-For) does, whatever the client put before
 * it; TRUST_PROXY=2 takes the entry the outer proxy appended. Over the WebSocket, which needs a
 * staff session and refuses mutations, trackComplaint has no address and all its calls share one
 * counter, which limits them all the same.
 */
let direct: TestServer;
let oneProxy: TestServer;
let twoProxies: TestServer;
let db: pg.Client;
let next = 1;
const newAddress = () => `192.0.2.${next++}`;
const wrongCode = 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF';

async function call(
  server: TestServer,
  name: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: operation(name), variables }),
  });
  const body = (await response.json()) as Pick<GraphQLResponse, 'data' | 'errors'>;
  return { status: response.status, ...body, statements: 0, headers: response.headers };
}

const formInput = () => websiteForm();

/** Every header a client might forge to pose as another address, with a fresh value each time. */
const forged = () => {
  const address = newAddress();
  return {
    'x-forwarded-for': address,
    'x-real-ip': address,
    forwarded: `for=${address}`,
    'true-client-ip': address,
    'cf-connecting-ip': address,
  };
};

const counters = async (prefix: string) =>
  (await db.query<{ key: string; hits: number }>(`select key, hits from public_limit where key like $1 order by key`, [`${prefix}%`])).rows;

beforeAll(async () => {
  direct = await startTestServer({ PUBLIC_SUBMISSIONS_PER_HOUR: '3' });
  oneProxy = await startTestServer({ TRUST_PROXY: 'true', PUBLIC_SUBMISSIONS_PER_HOUR: '3' }, direct);
  twoProxies = await startTestServer({ TRUST_PROXY: '2', PUBLIC_SUBMISSIONS_PER_HOUR: '3' }, direct);
  db = new pg.Client({ connectionString: direct.databaseUrl });
  await db.connect();
}, 60_000);
afterAll(async () => {
  await db?.end();
  await twoProxies?.stop();
  await oneProxy?.stop();
  await direct?.stop();
});

describe('TRUST_PROXY', () => {
  it("takes false, true (one proxy), a number of proxies or the proxies' addresses; refuses anything else at start", () => {
    const trust = (value: string) => loadConfig({ TRUST_PROXY: value }).trustProxy;
    expect(trust('false')).toBe(false);
    expect(trust('0')).toBe(false);
    expect(trust('true')).toBe(1);
    expect(trust('1')).toBe(1);
    expect(trust('2')).toBe(2);
    expect(trust('10.0.0.0/8, loopback, 2001:db8::1')).toBe('10.0.0.0/8, loopback, 2001:db8::1');
    for (const bad of ['yes', '11', '10.0.0.0/33', 'proxy.example.com', '10.0.0.1/8/2']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(ConfigError);
    }
  });
});

describe('without TRUST_PROXY, no header changes the address', () => {
  it('the wrong-code limit holds however X-Forwarded-For, X-Real-IP, Forwarded … change (10 in 15 minutes)', async () => {
    // This server counts every call by its socket, 127.0.0.1; the other tests of this file do not use it for wrong codes.
    for (let i = 0; i < 10; i++) expect(errorCode(await call(direct, 'TrackComplaint', { code: wrongCode }, forged()))).toBe('NOT_FOUND');
    const refused = await call(direct, 'TrackComplaint', { code: wrongCode }, forged());
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(await counters('wrong-code:')).toContainEqual({ key: 'wrong-code:127.0.0.1', hits: 10 });
    await db.query(`delete from public_limit where key = 'wrong-code:127.0.0.1'`);
  });

  it('the submission limit holds likewise, and no forged address is ever a counter', async () => {
    for (let i = 0; i < 3; i++) expect((await call(direct, 'SubmitComplaint', { input: formInput() }, forged())).errors).toBeUndefined();
    expect(errorCode(await call(direct, 'SubmitComplaint', { input: formInput() }, forged()))).toBe('RATE_LIMITED');
    expect((await counters('submit:')).map((row) => row.key)).toEqual(['submit:127.0.0.1']);
  });
});

describe('with TRUST_PROXY=true, only the proxy in front speaks', () => {
  it('counts the client by the entry the proxy appended, whatever the client wrote before it; a fresh forged leftmost value resets nothing', async () => {
    const client = newAddress();
    // What the proxy sends on: the client's own header, then the address the proxy saw.
    const viaProxy = () => ({ 'x-forwarded-for': `${newAddress()}, ${client}` });
    for (let i = 0; i < 3; i++)
      expect((await call(oneProxy, 'SubmitComplaint', { input: formInput() }, viaProxy())).errors).toBeUndefined();
    expect(errorCode(await call(oneProxy, 'SubmitComplaint', { input: formInput() }, viaProxy()))).toBe('RATE_LIMITED');
    expect(await counters(`submit:${client}`)).toEqual([{ key: `submit:${client}`, hits: 4 }]);
    // Another client behind the same proxy is its own counter.
    expect((await call(oneProxy, 'SubmitComplaint', { input: formInput() }, { 'x-forwarded-for': newAddress() })).errors).toBeUndefined();
  });

  it('the wrong-code limit likewise: ten wrong codes from one client through the proxy, each with another forged value, shut it', async () => {
    const client = newAddress();
    const viaProxy = () => ({ 'x-forwarded-for': `${newAddress()}, ${newAddress()}, ${client}` });
    for (let i = 0; i < 10; i++)
      expect(errorCode(await call(oneProxy, 'TrackComplaint', { code: wrongCode }, viaProxy()))).toBe('NOT_FOUND');
    expect(errorCode(await call(oneProxy, 'TrackComplaint', { code: wrongCode }, viaProxy()))).toBe('RATE_LIMITED');
    expect(errorCode(await call(oneProxy, 'TrackComplaint', { code: wrongCode }, { 'x-forwarded-for': newAddress() }))).toBe('NOT_FOUND');
  });

  it('TRUST_PROXY=2 (a CDN, then nginx) takes the entry the outer proxy appended', async () => {
    const client = newAddress();
    const cdn = newAddress();
    for (let i = 0; i < 3; i++) {
      const sent = await call(
        twoProxies,
        'SubmitComplaint',
        { input: formInput() },
        { 'x-forwarded-for': `${newAddress()}, ${client}, ${cdn}` },
      );
      expect(sent.errors).toBeUndefined();
    }
    expect(
      errorCode(
        await call(twoProxies, 'SubmitComplaint', { input: formInput() }, { 'x-forwarded-for': `${newAddress()}, ${client}, ${cdn}` }),
      ),
    ).toBe('RATE_LIMITED');
    expect(await counters(`submit:${client}`)).toEqual([{ key: `submit:${client}`, hits: 4 }]);
    expect(await counters(`submit:${cdn}`)).toEqual([]);
  });
});

describe('over the WebSocket', () => {
  it('offers nothing without a session, refuses submitComplaint, and limits trackComplaint on the one shared counter', async () => {
    // No session: the socket is closed (4403) before any operation.
    const anonymous = webSocketClient(oneProxy.url, null);
    const closed = await new Promise<unknown>((resolve) => {
      anonymous.subscribe(
        { query: `query { submissionChallenge }` },
        { next: resolve, error: resolve, complete: () => resolve('complete') },
      );
    });
    expect((closed as { code?: number }).code).toBe(4403);
    await anonymous.dispose();

    const center = await signedIn(oneProxy.url, 'center');
    const socket = webSocketClient(oneProxy.url, center.cookie);
    const run = (query: string, variables: Record<string, unknown>) =>
      new Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>((resolve) => {
        let result: { errors?: readonly { extensions?: Record<string, unknown> }[] } = {};
        socket.subscribe(
          { query, variables },
          {
            next: (value) => void (result = value as typeof result),
            error: (error) => resolve({ errors: error as never }),
            complete: () => resolve(result),
          },
        );
      });
    const submitted = await run(operation('SubmitComplaint'), { input: formInput() });
    expect(submitted.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (let i = 0; i < 10; i++)
      expect((await run(operation('TrackComplaint'), { code: wrongCode })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await run(operation('TrackComplaint'), { code: wrongCode })).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(await counters('wrong-code:unknown')).toEqual([{ key: 'wrong-code:unknown', hits: 10 }]);
    await socket.dispose();
  });
});

describe('many public calls at once', () => {
  it('more submissions and wrong-code messages at once than the pool has connections all get their answer (no pool deadlock)', async () => {
    // The count per address is committed on its own connection: it is taken before the mutation's
    // transaction opens, or 10 calls at once each held a connection and waited for an 11th.
    const within = <T>(work: Promise<T>) =>
      Promise.race([
        work,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer in 15 s: the pool is stuck')), 15_000)),
      ]);
    const submissions = await within(
      Promise.all(
        Array.from({ length: 14 }, () => call(oneProxy, 'SubmitComplaint', { input: formInput() }, { 'x-forwarded-for': newAddress() })),
      ),
    );
    expect(submissions.filter((answer) => !answer.errors)).toHaveLength(14);
    const messages = await within(
      Promise.all(
        Array.from({ length: 14 }, () =>
          call(oneProxy, 'SendTrackingMessage', { input: { code: wrongCode, body: 'ข้อความ' } }, { 'x-forwarded-for': newAddress() }),
        ),
      ),
    );
    expect(messages.map(errorCode)).toEqual(Array(14).fill('NOT_FOUND'));
  }, 30_000);
});
