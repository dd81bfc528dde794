import { serverAudits } from 'graphql-http';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { Agent, demoPassword, errorCode, signedIn } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('GraphQL over HTTP', () => {
  it("passes every MUST of the GraphQL-over-HTTP spec's audit (graphql-http serverAudits)", async () => {
    const audits = serverAudits({ url: `${server.url}/graphql` });
    const failed: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (audit.name.startsWith('MUST') && result.status !== 'ok') failed.push(`${audit.name}: ${result.reason}`);
    }
    expect(failed).toEqual([]);
    expect(audits.filter((audit) => audit.name.startsWith('MUST')).length).toBeGreaterThan(5);
  });

  it('serves the web app at / with an SPA fallback, and /health', async () => {
    const health = await fetch(`${server.url}/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok' });
    for (const path of ['/', '/complaints/123']) {
      const page = await fetch(`${server.url}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('<div id="root">');
    }
  });
});

describe('serving compressed (issue 15, item 4)', () => {
  /** The page's script, as index.html names it (a hashed file under /assets/). */
  async function scriptPath(): Promise<string> {
    const html = await (await fetch(`${server.url}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html);
    expect(script, 'index.html names a hashed script').not.toBeNull();
    return script![1];
  }

  it('sends the built brotli or gzip copy of a hashed asset as the browser accepts, cached as immutable; the bytes are the same', async () => {
    const path = await scriptPath();
    // Node's fetch decodes what it is sent, so the decoded bodies must all equal the plain file.
    const plain = await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const original = await plain.text();
    expect(original.length).toBeGreaterThan(10_000);
    for (const [accepted, sent] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
    ]) {
      const response = await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': accepted } });
      expect(response.headers.get('content-encoding'), accepted).toBe(sent);
      expect(response.headers.get('vary')?.toLowerCase()).toContain('accept-encoding');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).toContain('javascript');
      expect(await response.text()).toBe(original);
    }
  });

  it('never caches the index as immutable: a new build must reach every browser', async () => {
    for (const path of ['/', '/report']) {
      const response = await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'br' } });
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it('compresses an API answer above 1 KiB, not a small one', async () => {
    const ask = (query: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
        body: JSON.stringify({ query }),
      });
    const large = await ask('{ __schema { types { name description } } }');
    expect(large.headers.get('content-encoding')).toBe('gzip');
    expect(((await large.json()) as { data: { __schema: { types: unknown[] } } }).data.__schema.types.length).toBeGreaterThan(50);
    const small = await ask('{ __typename }');
    expect(small.headers.get('content-encoding')).toBeNull();
  });
});

describe('security headers (issue 6)', () => {
  it('sends a strict CSP, frame-ancestors none, no-referrer and nosniff on every response, and no-store on the API', async () => {
    for (const path of ['/', '/health', '/graphql?query=%7B__typename%7D']) {
      const response = await fetch(`${server.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    const api = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(api.headers.get('cache-control')).toBe('no-store');
  });
});

describe('sessions', () => {
  it('signIn sets an HttpOnly, SameSite=Lax session cookie and returns the user', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operation('SignIn'), variables: { input: { username: 'center', password: demoPassword } } }),
    });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^rongrian_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const body = (await response.json()) as { data: { signIn: { user: unknown } } };
    expect(body.data.signIn.user).toMatchObject({ username: 'center', displayName: 'นางสุนิสา แก้วมณี', roles: ['CENTER_OFFICER'] });
  });

  it('marks the cookie Secure behind a TLS-terminating proxy when TRUST_PROXY is set', async () => {
    const behindProxy = await startTestServer({ TRUST_PROXY: 'true' });
    try {
      const response = await fetch(`${behindProxy.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ query: operation('SignIn'), variables: { input: { username: 'center', password: demoPassword } } }),
      });
      expect(response.headers.get('set-cookie')).toContain('Secure');
    } finally {
      await behindProxy.stop();
    }
  });

  it('refuses a wrong password and an unknown user alike with UNAUTHENTICATED, and sets no cookie', async () => {
    for (const input of [
      { username: 'center', password: 'wrong' },
      { username: 'nobody', password: demoPassword },
    ]) {
      const agent = new Agent(server.url);
      const result = await agent.request(operation('SignIn'), { input });
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
      expect(result.errors![0].message).toContain('Wrong username or password');
      expect(agent.cookie).toBeNull();
    }
  });

  it('signOut ends the session on the server, not only in the browser', async () => {
    const agent = await signedIn(server.url, 'nayok');
    const cookie = agent.cookie;
    expect((await agent.ok(operation('Me'))).me).toMatchObject({ username: 'nayok', roles: ['EXECUTIVE'] });
    expect((await agent.ok(operation('SignOut'))).signOut.ok).toBe(true);
    const replay = new Agent(server.url);
    replay.cookie = cookie;
    expect(errorCode(await replay.request(operation('Me')))).toBe('UNAUTHENTICATED');
  });

  it('issues a new session id at every sign-in', async () => {
    const agent = await signedIn(server.url, 'center');
    const first = agent.cookie;
    await agent.ok(operation('SignIn'), { input: { username: 'center', password: demoPassword } });
    expect(agent.cookie).not.toBe(first);
    const old = new Agent(server.url);
    old.cookie = first;
    expect(errorCode(await old.request(operation('Me')))).toBe('UNAUTHENTICATED');
  });
});

describe('GraphQL over WebSocket (graphql-ws), on the same port', () => {
  function wsClient(cookie: string | null) {
    return createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols: string[]) {
          super(address, protocols, cookie ? { headers: { cookie } } : {});
        }
      },
      retryAttempts: 0,
    });
  }
  const once = (client: ReturnType<typeof createClient>, query: string) =>
    new Promise<{ data?: any; errors?: readonly any[] }>((resolve, reject) => {
      client.subscribe({ query }, { next: resolve, error: reject, complete: () => undefined });
    });

  it('accepts the session cookie of the upgrade request', async () => {
    const agent = await signedIn(server.url, 'commander');
    const client = wsClient(agent.cookie);
    try {
      const result = await once(client, operation('Me'));
      expect(result.data.me).toMatchObject({ username: 'commander', roles: ['COMMANDER'] });
    } finally {
      await client.dispose();
    }
  });

  it('closes a socket that does not authenticate (issue 6): 4403 without credentials', async () => {
    const client = wsClient(null);
    try {
      const closed = await once(client, operation('Board')).then(
        () => null,
        (event: { code: number }) => event.code,
      );
      expect(closed).toBe(4403);
    } finally {
      await client.dispose();
    }
  });
});
