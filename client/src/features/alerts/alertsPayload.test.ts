import { createClient } from 'graphql-ws';
import { afterEach, describe, expect, it } from 'vitest';
import { addAlert, clearAlerts } from './alertStore';
import { alertsPayload, everythingKept } from './alertsPayload';

/** A WebSocket as graphql-ws uses it, in memory: it acknowledges and records what it is sent. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static opened: FakeSocket[] = [];
  static subscribed: { variables: { since: string } }[] = [];
  readonly protocol = 'graphql-transport-ws';
  readyState = 0;
  onopen?: (event: unknown) => void;
  onmessage?: (event: { data: string }) => void;
  onclose?: (event: { code: number; reason: string; wasClean: boolean }) => void;
  onerror?: (event: unknown) => void;

  constructor() {
    FakeSocket.opened.push(this);
    queueMicrotask(() => {
      this.readyState = 1;
      this.onopen?.({});
    });
  }

  send(data: string) {
    const message = JSON.parse(data) as { type: string; payload: { variables: { since: string } } };
    if (message.type === 'connection_init') queueMicrotask(() => this.onmessage?.({ data: JSON.stringify({ type: 'connection_ack' }) }));
    if (message.type === 'subscribe') FakeSocket.subscribed.push(message.payload);
  }

  close(code = 1000, reason = '') {
    this.readyState = 3;
    this.onclose?.({ code, reason, wasClean: true });
  }

  /** The network drops: the client reconnects. */
  drop() {
    this.readyState = 3;
    this.onclose?.({ code: 1006, reason: '', wasClean: false });
  }
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(done()).toBe(true);
};

afterEach(() => clearAlerts());

describe('the alerts subscription catches up on every (re)connect (issue 9, item 13)', () => {
  it('asks for everything kept on first connect, then, after each reconnect, for what came after the newest alert held', async () => {
    const client = createClient({
      url: 'ws://rongrian.test/graphql',
      webSocketImpl: FakeSocket,
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: async () => undefined,
    });
    const dispose = client.subscribe(alertsPayload(), { next: () => undefined, error: () => undefined, complete: () => undefined });
    await until(() => FakeSocket.subscribed.length === 1);
    expect(FakeSocket.subscribed[0].variables).toEqual({ since: everythingKept });

    const alert = { kind: 'OVERDUE' as const, complaint: { id: 'c1', receiptNumber: '1/2569', subject: 's' } };
    addAlert({ ...alert, key: 'a', at: '2026-12-01T08:00:00.000Z' });
    addAlert({ ...alert, key: 'b', at: '2026-12-01T08:05:00.000Z' });
    addAlert({ ...alert, key: 'c', at: '2026-12-01T08:01:00.000Z' }); // an older one, replayed late
    FakeSocket.opened.at(-1)!.drop();
    await until(() => FakeSocket.subscribed.length === 2);
    expect(FakeSocket.subscribed[1].variables).toEqual({ since: '2026-12-01T08:05:00.000Z' });
    dispose();
    await client.dispose();
  });

  it('holds each alert once: the newest, sent again on reconnect, is dropped', () => {
    const alert = { kind: 'NEW_COMPLAINT' as const, complaint: { id: 'c2', receiptNumber: '2/2569', subject: 's' } };
    expect(addAlert({ ...alert, key: 'k', at: '2026-12-01T09:00:00.000Z' })).toBe(true);
    expect(addAlert({ ...alert, key: 'k', at: '2026-12-01T09:00:00.000Z' })).toBe(false);
  });
});
