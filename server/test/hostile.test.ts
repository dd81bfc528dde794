import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { signedIn, webSocketClient, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';
import { hostileRequests, hostileWebSocketDocuments } from './hostile-requests.js';
import { limits } from '../src/graphql/limits.js';

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
        client.subscribe(
          { query, variables },
          {
            next: (result) => resolve(result as never),
            error: (error) => resolve({ errors: Array.isArray(error) ? error : [{ message: String((error as Error)?.message ?? error) }] }),
            complete: () => undefined,
          },
        );
      });
    try {
      const documents = hostileWebSocketDocuments();
      expect(documents.length).toBeGreaterThanOrEqual(1_000);
      for (const { query: document, variables } of documents) {
        const result = await run(document, variables);
        expect(result.errors?.length ?? 0, document.slice(0, 60)).toBeGreaterThan(0);
        expect(result.errors![0].extensions?.code, document.slice(0, 60)).not.toBe('INTERNAL_SERVER_ERROR');
        expect(JSON.stringify(result.errors)).not.toMatch(/\bat .+\.(js|ts):\d+|Did you mean/);
      }
      const ok = await run(operation('Me'));
      expect((ok.data as { me: { username: string } }).me.username).toBe('center');
    } finally {
      await client.dispose();
    }
  }, 120_000);

  it('refuses a document over 100,000 characters before parsing it, over HTTP and the WebSocket (issue 9, item 16)', async () => {
    const long = `{ complaint(id: "${'x'.repeat(limits.documentCharacters)}") { id } }`;
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: center.cookie! },
      body: JSON.stringify({ query: long }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toContain('100,000');
    const client = webSocketClient(server.url, center.cookie);
    try {
      const errors = await new Promise<readonly { message: string }[]>((resolve) =>
        client.subscribe(
          { query: long },
          { next: (result) => resolve(result.errors ?? []), error: (error) => resolve(error as never), complete: () => undefined },
        ),
      );
      expect(errors[0].message).toContain('100,000');
    } finally {
      await client.dispose();
    }
  });
});
