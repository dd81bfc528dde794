import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveSerialisations } from '../src/graphql/live-subscriptions.js';
import { AlertKind } from '../src/modules/live-events/live-event.types.js';
import { operation } from './contract.js';
import { Workflow } from './factories.js';
import { signedIn, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
const agents: Record<string, Agent> = {};
let flow: Workflow;

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['center', 'commander', 'nayok']) agents[username] = await signedIn(server.url, username);
  flow = new Workflow(agents.center, agents.commander);
});
afterAll(() => server?.stop());

/**
 * A bare graphql-transport-ws client over `ws`: what the server writes, frame by frame, as the
 * text it sent (the graphql-ws client would parse it first).
 */
function rawSubscriber(cookie: string, id: string, query: string) {
  const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers: { cookie } });
  const frames: string[] = [];
  let binaryFrames = 0;
  socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
  socket.on('message', (data, isBinary) => {
    // graphql-transport-ws speaks in text frames: a browser hands a binary one over as a Blob.
    if (isBinary) binaryFrames++;
    const text = String(data);
    const message = JSON.parse(text) as { type: string };
    if (message.type === 'connection_ack') socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));
    else if (message.type === 'next') frames.push(text);
  });
  return {
    id,
    frames,
    get binaryFrames() {
      return binaryFrames;
    },
    async waitFor(count: number) {
      const until = Date.now() + 10_000;
      while (frames.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} frames on ${id}, got ${frames.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => new Promise<void>((resolve) => (socket.once('close', () => resolve()), socket.close())),
  };
}
type RawSubscriber = ReturnType<typeof rawSubscriber>;

/** Waits until the hub holds `count` subscriptions (every socket acknowledged and subscribed). */
async function subscribed(count: number) {
  const until = Date.now() + 10_000;
  while (server.app.liveEvents.size < count) {
    if (Date.now() > until) throw new Error(`expected ${count} subscriptions, got ${server.app.liveEvents.size}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A frame with its subscription id taken out: what an audience's subscribers must share byte for byte. */
const withoutId = (subscriber: RawSubscriber, frame: string) => {
  const head = `{"id":${JSON.stringify(subscriber.id)},`;
  expect(frame.startsWith(head)).toBe(true);
  return frame.slice(head.length);
};

describe('fan-out of live events (issue 15, item 5: serialise each audience’s message once)', () => {
  it('serialises one alert to 12 subscribers of one audience once, and writes each the same bytes but for its subscription id', async () => {
    const query = operation('Alerts');
    const subscribers = Array.from({ length: 12 }, (_, i) => rawSubscriber(agents.center.cookie!, `center-${i}`, query));
    await subscribed(12);
    const c = await flow.record({ receivedAt: new Date().toISOString(), incidentAt: null });
    // The NEW_COMPLAINT the recording raised, then the same alert dispatched again, counted.
    await Promise.all(subscribers.map((subscriber) => subscriber.waitFor(1)));
    const before = liveSerialisations.count;
    await server.app.liveEvents.dispatch({ topic: 'alert', kind: AlertKind.NEW_COMPLAINT, complaintId: c.id });
    await Promise.all(subscribers.map((subscriber) => subscriber.waitFor(2)));
    expect(liveSerialisations.count - before).toBe(1);

    const sent = subscribers.map((subscriber) => withoutId(subscriber, subscriber.frames[1]));
    expect(new Set(sent).size).toBe(1);
    // What graphql-ws itself would have sent: {"id":…,"type":"next","payload":<the result>}.
    const frame = JSON.parse(subscribers[0].frames[1]) as { id: string; type: string; payload: { data: { alerts: unknown } } };
    expect(Object.keys(frame)).toEqual(['id', 'type', 'payload']);
    expect(frame).toMatchObject({
      id: 'center-0',
      type: 'next',
      payload: { data: { alerts: { kind: 'NEW_COMPLAINT', complaint: { id: c.id } } } },
    });
    expect(subscribers[0].frames[1]).toBe(JSON.stringify(frame));
    expect(subscribers.map((subscriber) => subscriber.binaryFrames)).toEqual(subscribers.map(() => 0));
    await Promise.all(subscribers.map((subscriber) => subscriber.close()));
  });

  it('gives two audiences different content where they must (contract, "Who may do what": the complainant to CENTER_OFFICER only), and an accused official nothing', async () => {
    const officials = (await agents.center.ok(operation('Officials'))).officials as { id: string; user: { username: string } | null }[];
    const nayokOfficial = officials.find((official) => official.user?.username === 'nayok')!.id;
    const query = `subscription { alerts { kind complaint { id complainant { fullName } } } }`;
    const center = Array.from({ length: 5 }, (_, i) => rawSubscriber(agents.center.cookie!, `center-${i}`, query));
    const commander = Array.from({ length: 5 }, (_, i) => rawSubscriber(agents.commander.cookie!, `commander-${i}`, query));
    const nayok = Array.from({ length: 3 }, (_, i) => rawSubscriber(agents.nayok.cookie!, `nayok-${i}`, query));
    await subscribed(13);
    // Contract, "Who may do what", first overriding rule: the Nayok, named among the accused, is told nothing of it.
    const before = liveSerialisations.count;
    const c = await flow.record({ receivedAt: new Date().toISOString(), incidentAt: null, accused: [{ officialId: nayokOfficial }] });
    await Promise.all([...center, ...commander].map((subscriber) => subscriber.waitFor(1)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Two audiences, two serialisations (the RECORDED change has no subscriber here).
    expect(liveSerialisations.count - before).toBe(2);

    const centerSent = new Set(center.map((subscriber) => withoutId(subscriber, subscriber.frames[0])));
    const commanderSent = new Set(commander.map((subscriber) => withoutId(subscriber, subscriber.frames[0])));
    expect(centerSent.size).toBe(1);
    expect(commanderSent.size).toBe(1);
    expect([...centerSent][0]).not.toBe([...commanderSent][0]);
    const alertOf = (frame: string) => (JSON.parse(frame) as { payload: { data: { alerts: unknown } } }).payload.data.alerts;
    expect(alertOf(center[0].frames[0])).toEqual({
      kind: 'NEW_COMPLAINT',
      complaint: { id: c.id, complainant: { fullName: 'นายสมปอง ใจกล้า' } },
    });
    expect(alertOf(commander[0].frames[0])).toEqual({ kind: 'NEW_COMPLAINT', complaint: { id: c.id, complainant: null } });
    expect(nayok.map((subscriber) => subscriber.frames)).toEqual([[], [], []]);
    await Promise.all([...center, ...commander, ...nayok].map((subscriber) => subscriber.close()));
  });
});
