import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { signedIn, webSocketClient, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

/**
 * Issue 6: hostile input, over HTTP and WebSocket, against a server in production mode. Every
 * document is refused with a 4xx or a clear GraphQL error: no 5xx, no stack trace, no SQL; the
 * server still answers normal requests afterwards and its memory comes back.
 */
let server: TestServer;
let center: Agent;

beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: 'production' });
  center = await signedIn(server.url, 'center');
});
afterAll(() => server?.stop());

const nest = (depth: number) => `{ me { ${'official { user { '.repeat(depth)}id${' } }'.repeat(depth)} } }`;
const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: me { id }`).join(' ')} }`;

/** At least 1,000 hostile documents (and raw bodies), of every kind the issue lists. */
function hostileRequests(): { name: string; body: string | Uint8Array; contentType?: string }[] {
  const json = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
  const requests: { name: string; body: string | Uint8Array; contentType?: string }[] = [];
  for (let depth = 8; depth < 208; depth += 1) requests.push({ name: `depth ${depth}`, body: json(nest(depth)) });
  for (let count = 25; count < 1025; count += 5) requests.push({ name: `${count} aliases`, body: json(aliases(count)) });
  for (let i = 0; i < 100; i++) {
    requests.push({ name: `fragment cycle ${i}`, body: json(`query { me { ...A${i} } } fragment A${i} on User { official { user { ...B${i} } } } fragment B${i} on User { ...A${i} }`) });
  }
  for (let i = 0; i < 100; i++) requests.push({ name: `batch ${i}`, body: JSON.stringify(Array.from({ length: 2 + i }, () => ({ query: '{ me { id } }' }))) });
  for (let i = 0; i < 50; i++) requests.push({ name: `huge string ${i}`, body: json(`{ complaint(id: "${'x'.repeat(200_000 + i * 40_000)}") { id } }`) });
  for (let i = 0; i < 100; i++) {
    const bytes = new TextEncoder().encode(json(`{ complaint(id: "INVALID") { id } }`));
    const invalid = new Uint8Array([...bytes.slice(0, 20), 0xc3, 0x28, 0xff, 0xfe, ...bytes.slice(20 + (i % 5))]);
    requests.push({ name: `invalid UTF-8 ${i}`, body: invalid });
  }
  for (let i = 0; i < 100; i++) {
    const wrong = [42, true, { nested: i }, [1, 2], null, 'x'.repeat(i)][i % 6];
    requests.push({ name: `wrong types ${i}`, body: json(operation('RecordComplaint'), { input: { channel: wrong, receivedAt: wrong, subject: wrong, details: wrong, accused: wrong } }) });
  }
  for (let i = 0; i < 50; i++) requests.push({ name: `introspection ${i}`, body: json(`{ __schema { types { name fields { name } } } }`) });
  for (let i = 0; i < 50; i++) requests.push({ name: `not JSON ${i}`, body: `{"query": "{ me { id } ${'{'.repeat(i)}` });
  for (let i = 0; i < 50; i++) requests.push({ name: `suggestion probe ${i}`, body: json(`{ complaintz${i} { id } }`) });
  return requests;
}

function assertRefusedCleanly(name: string, status: number, text: string) {
  expect(status, name).toBeLessThan(500);
  expect(text, name).not.toMatch(/\bat .+\.(js|ts):\d+|stacktrace|select .* from|Did you mean/i);
  if (status === 200) {
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.length ?? 0, name).toBeGreaterThan(0);
    expect(body.errors![0].extensions?.code, name).not.toBe('INTERNAL_SERVER_ERROR');
  }
}

describe('hostile input (issue 6)', () => {
  it('refuses at least 1,000 hostile documents over HTTP with 4xx or clear errors, then still answers', async () => {
    const requests = hostileRequests();
    expect(requests.length).toBeGreaterThanOrEqual(1_000);
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    for (const request of requests) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': request.contentType ?? 'application/json', cookie: center.cookie! },
        body: request.body,
      });
      assertRefusedCleanly(request.name, response.status, await response.text());
    }
    expect((await center.ok(operation('Me'))).me.username).toBe('center');
    globalThis.gc?.();
    // The server runs in this process: after the storm its heap is back near where it was.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  }, 180_000);

  it('refuses the same documents over the WebSocket, then still answers there', async () => {
    const client = webSocketClient(server.url, center.cookie);
    const run = (query: string, variables?: Record<string, unknown>) =>
      new Promise<{ errors?: readonly { message: string; extensions?: { code?: string } }[]; data?: unknown }>((resolve) => {
        client.subscribe({ query, variables }, { next: (result) => resolve(result as never), error: (error) => resolve({ errors: Array.isArray(error) ? error : [{ message: String((error as Error)?.message ?? error) }] }), complete: () => undefined });
      });
    try {
      // Every hostile document that is a GraphQL request under the 1 MiB message cap, and more nesting.
      const documents = hostileRequests()
        .filter((request) => typeof request.body === 'string' && request.body.length < 1_000_000)
        .flatMap((request) => {
          try {
            const parsed = JSON.parse(request.body as string) as { query?: string; variables?: Record<string, unknown> };
            return typeof parsed.query === 'string' ? [{ query: parsed.query, variables: parsed.variables }] : [];
          } catch {
            return [];
          }
        });
      for (let depth = 11; documents.length < 1_000; depth++) documents.push({ query: nest(depth), variables: undefined });
      expect(documents.length).toBeGreaterThanOrEqual(1_000);
      for (const { query: document, variables } of documents) {
        const result = await run(document, variables);
        expect(result.errors?.length ?? 0, document.slice(0, 60)).toBeGreaterThan(0);
        expect(JSON.stringify(result.errors)).not.toMatch(/\bat .+\.(js|ts):\d+|Did you mean/);
      }
      const ok = await run(operation('Me'));
      expect((ok.data as { me: { username: string } }).me.username).toBe('center');
    } finally {
      await client.dispose();
    }
  }, 120_000);
});
