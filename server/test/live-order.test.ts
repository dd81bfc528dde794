import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workflow } from './factories.js';
import { signedIn, subscribe, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

// A board follows a complaint live: moves made in quick succession reach it in the order they were
// made, so that it never shows an older state after a newer one.

let server: TestServer;
let commander: Agent;
let flow: Workflow;

beforeAll(async () => {
  server = await startTestServer();
  commander = await signedIn(server.url, 'commander');
  flow = new Workflow(await signedIn(server.url, 'center'), commander);
});
afterAll(() => server?.stop());

describe('the board change feed', () => {
  it('delivers the changes of one complaint in the order they were committed (20 complaints, two moves back to back)', async () => {
    const feed = subscribe(server.url, commander.cookie, `subscription { complaintChanges { kind complaint { id stage version } } }`);
    await feed.ready;
    const complaints = await Promise.all(Array.from({ length: 20 }, () => flow.record()));
    // Recording pushes one change each: let those arrive first.
    await feed.waitFor(20);
    await Promise.all(complaints.map(async (c) => flow.submit(await flow.register(c))));
    await feed.waitFor(60);
    await feed.close();
    const versions = new Map<string, number[]>();
    for (const result of feed.results) {
      const { id, version } = result.data!.complaintChanges.complaint;
      versions.set(id, [...(versions.get(id) ?? []), version]);
    }
    for (const c of complaints) {
      const seen = versions.get(c.id)!;
      expect(seen, `${c.receiptNumber}: versions as received`).toEqual([...seen].sort((a, b) => a - b));
      expect(seen.at(-1)).toBe(3);
    }
  });
});
