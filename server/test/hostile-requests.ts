import { operation } from './contract.js';

/** A raw HTTP request to POST /graphql: a body that may not even be JSON or UTF-8. */
export interface HostileRequest {
  name: string;
  body: string | Uint8Array;
  contentType?: string;
}

export const nest = (depth: number) => `{ me { ${'official { user { '.repeat(depth)}id${' } }'.repeat(depth)} } }`;
export const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: me { id }`).join(' ')} }`;

/**
 * At least 1,000 hostile documents (and raw bodies), of every kind issue 6 lists: deep nesting,
 * alias floods, fragment cycles, batches, strings of 0.2–2.2 MB, invalid UTF-8, wrong types,
 * introspection, broken JSON, suggestion probes. Shared by hostile.test.ts and bench:memory.
 */
export function hostileRequests(): HostileRequest[] {
  const json = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
  const requests: HostileRequest[] = [];
  for (let depth = 8; depth < 208; depth += 1) requests.push({ name: `depth ${depth}`, body: json(nest(depth)) });
  for (let count = 25; count < 1025; count += 5) requests.push({ name: `${count} aliases`, body: json(aliases(count)) });
  for (let i = 0; i < 100; i++) {
    requests.push({
      name: `fragment cycle ${i}`,
      body: json(`query { me { ...A${i} } } fragment A${i} on User { official { user { ...B${i} } } } fragment B${i} on User { ...A${i} }`),
    });
  }
  for (let i = 0; i < 100; i++)
    requests.push({ name: `batch ${i}`, body: JSON.stringify(Array.from({ length: 2 + i }, () => ({ query: '{ me { id } }' }))) });
  for (let i = 0; i < 50; i++)
    requests.push({ name: `huge string ${i}`, body: json(`{ complaint(id: "${'x'.repeat(200_000 + i * 40_000)}") { id } }`) });
  for (let i = 0; i < 100; i++) {
    const bytes = new TextEncoder().encode(json(`{ complaint(id: "INVALID") { id } }`));
    const invalid = new Uint8Array([...bytes.slice(0, 20), 0xc3, 0x28, 0xff, 0xfe, ...bytes.slice(20 + (i % 5))]);
    requests.push({ name: `invalid UTF-8 ${i}`, body: invalid });
  }
  for (let i = 0; i < 100; i++) {
    const wrong = [42, true, { nested: i }, [1, 2], null, 'x'.repeat(i)][i % 6];
    requests.push({
      name: `wrong types ${i}`,
      body: json(operation('RecordComplaint'), {
        input: { channel: wrong, receivedAt: wrong, subject: wrong, details: wrong, accused: wrong },
      }),
    });
  }
  for (let i = 0; i < 50; i++) requests.push({ name: `introspection ${i}`, body: json(`{ __schema { types { name fields { name } } } }`) });
  for (let i = 0; i < 50; i++) requests.push({ name: `not JSON ${i}`, body: `{"query": "{ me { id } ${'{'.repeat(i)}` });
  for (let i = 0; i < 50; i++) requests.push({ name: `suggestion probe ${i}`, body: json(`{ complaintz${i} { id } }`) });
  return requests;
}

/**
 * The same load as GraphQL requests for the WebSocket: every hostile body that is a GraphQL request
 * under the 1 MiB message cap, topped up with deeper nesting to at least 1,000 documents.
 */
export function hostileWebSocketDocuments(): { query: string; variables?: Record<string, unknown> }[] {
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
  return documents;
}
