import { IsolationLevel, type EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Config } from '../../config.js';
import { firstRow } from '../../db/sql.js';
import type { Logger } from '../../logger.js';
import { appendAudit, type AuditRecord } from '../audit/audit.service.js';
import { requireUser, type Caller } from '../auth/access.js';
import { inForce, LiveSessions, type LiveSession } from '../auth/live-sessions.js';
import { hasRole, type SessionUser } from '../auth/session-user.js';
import { Role } from '../auth/role.js';
import { tokenHash } from '../auth/session.service.js';
import { accessFactsOf, audienceOf, identityShownTo, mayRead, readsComplaints } from '../complaints/complaint-access.js';
import { forbidden } from '../shared/domain-error.js';
import { alertsRaisedSince } from './alert.queries.js';
import { alertChannel, type AlertRoot, type ChangeRoot, type ComplaintEvent, type LiveEvent } from './live-event.js';
import { AlertKind, ComplaintChangeKind } from './live-event.types.js';
import { PushQueue } from './push-queue.js';

/** Who an event is rendered for, and where it reads: the snapshot its audience was decided on. */
export interface Reader {
  user: SessionUser;
  em: EntityManager;
  requestId: string;
}

/** What one audience receives of an event, and the identities it read (to audit per receiver). */
export interface Rendered<R> {
  result: R;
  reads: AuditRecord[];
  /** False when rendering failed (the complaint gone, or hidden since): a replay is then not sent. */
  ok: boolean;
}

/** Turns an event into what a subscriber receives: the transport's part (an execution of its document). */
export type Render<R> = (root: AlertRoot | ChangeRoot, reader: Reader) => Promise<Rendered<R>>;

/** A subscription as the transport hands it over. */
export interface LiveSubscription<R> {
  topic: ComplaintEvent['topic'];
  caller: Caller;
  /** The session the socket was opened with; null for a subscription without one (tests). */
  sessionToken: string | null;
  /** What the result depends on besides the audience (a document and its variables, less `since`). */
  shape: string;
  /** Catch up first: replay the alerts raised since then (issue 9, item 13). */
  since: Date | null;
  render: Render<R>;
  /**
   * Where its results go instead of the returned iterator, which then only ends the subscription
   * (issue 15, item 5: the transport writes the audience's one serialised result straight to the
   * socket). Called synchronously, in the order of the subscription's results.
   */
  deliver?: (result: R) => void;
}

interface Subscriber<R> {
  topic: ComplaintEvent['topic'];
  user: SessionUser;
  session: LiveSession | null;
  shape: string;
  /**
   * Its audience of an event (shape and `audienceOf`), by whether the complainant is shown to it,
   * or when the event tells it the complaint left its sight: worked out once, as it subscribes, so
   * that grouping thousands of subscribers per event is a lookup each (issue 15, item 5).
   */
  audiences: { identityShown: string; identityHidden: string; leaves: string };
  render: Render<R>;
  queue: PushQueue<R>;
  /** Hands it a result: the transport's `deliver`, or its queue. */
  deliver: (result: R) => void;
  /** While the subscription catches up (`since`): live results held back, sent after the replay unless replayed. */
  held: { key: string; result: R }[] | null;
  /**
   * After catching up: the alerts the replay sent. A live dispatch of one of them still under way
   * when the replay ended (it read the subscribers before) must not send it a second time.
   */
  replayed: Set<string> | null;
}

/** A rendering that is sent. */
type Delivery<R> = Omit<Rendered<R>, 'ok'>;

/** What the hub needs of the app: the database, the session settings, the log. */
export interface LiveEventHubServices {
  em: EntityManager;
  config: Pick<Config, 'sessionIdleMinutes' | 'sessionCheckSeconds'>;
  logger: Logger;
  /** Read again when another process (or `npm run setup`) changes the body, its channels or divisions. */
  reference?: { reload(em: EntityManager): Promise<void> };
}

/**
 * A replayed alert's rendering serves the subscribers of its audience who catch up within this
 * time: after a restart every client reconnects within seconds, and each would otherwise render
 * the same alerts again.
 */
const replayReuseMs = 10_000;

/**
 * The live events of this process's subscribers: alerts, board changes, and session ends. Events
 * cross processes through PostgreSQL LISTEN/NOTIFY (ids only), so an event raised by any process
 * reaches the sockets of all. A session end closes the sockets opened with it (live-sessions.ts).
 * Per complaint event the hub loads once who may read the complaint and its complainant, then
 * renders the event once per audience (same shape, and the same `audienceOf` the complaint:
 * everything the result depends on) and hands every subscriber of that audience the same result,
 * instead of one rendering per socket (the transport serialises that result once and writes the
 * same bytes to each of their sockets: `deliver`). Deciding and rendering share one snapshot of
 * the database, so a change committed in between (an accused added, an approval) cannot make the
 * decision and the result disagree. What a rendering is (a GraphQL execution) is the transport's business
 * (graphql/live-subscriptions.ts); the hub knows no GraphQL.
 *
 * `alerts(since:)` first catches up (issue 9, item 13): the alerts the database records as raised
 * since then are replayed to that subscriber, under the same rules and rendered the same way (per
 * audience, identity reads audited per receiver), before its live ones; a live alert that arrives
 * during the replay is held back and sent after it, unless the replay had it.
 */
export class LiveEventHub<R> {
  private readonly subscribers = new Set<Subscriber<R>>();
  private readonly replays = new Map<string, { until: number; executed: Promise<Delivery<R> | null> }>();
  private readonly replaying = new Set<Promise<void>>();
  /** The last dispatch under way for each complaint (inOrder). */
  private readonly dispatching = new Map<string, Promise<void>>();
  private listener: pg.Client | undefined;
  private closed = false;
  /** The sessions of this process's WebSockets: their sockets are closed when they end (graphql/websocket.ts). */
  readonly sessions: LiveSessions;

  constructor(private readonly services: LiveEventHubServices) {
    const { config, em, logger } = services;
    this.sessions = new LiveSessions(em, { idleMinutes: config.sessionIdleMinutes, checkSeconds: config.sessionCheckSeconds }, logger);
  }

  /**
   * Starts listening on its own connection (LISTEN holds a connection for good). When that
   * connection drops (a database restart, say) it is opened again, every few seconds until it
   * works; alerts raised meanwhile are not lost, the deadline check raises them from the table.
   */
  async listen(databaseUrl: string): Promise<void> {
    const client = new pg.Client({ connectionString: databaseUrl, application_name: 'rongrian-alerts' });
    const reconnect = (error?: Error) => {
      if (this.closed || this.listener !== client) return;
      this.listener = undefined;
      this.services.logger.error({ err: error }, 'alert listener connection lost; reconnecting');
      client.removeAllListeners();
      client.on('error', () => undefined);
      const retry = () =>
        this.listen(databaseUrl).catch(() => {
          if (!this.closed) setTimeout(retry, 3_000).unref();
        });
      setTimeout(retry, 1_000).unref();
    };
    client.on('error', reconnect);
    client.on('end', () => reconnect());
    client.on('notification', (message) => {
      if (message.channel !== alertChannel || !message.payload) return;
      const event = JSON.parse(message.payload) as LiveEvent;
      if (event.topic === 'session') return this.sessions.end(event.tokenHash);
      if (event.topic === 'reference') {
        this.services.reference
          ?.reload(this.services.em)
          .catch((error: unknown) => this.services.logger.error({ err: error }, 'reading the reference data again failed'));
        return;
      }
      this.inOrder(event.complaintId, () => this.dispatch(event));
    });
    await client.connect();
    await client.query(`listen ${alertChannel}`);
    this.listener = client;
  }

  /**
   * Dispatches the events of one complaint one after the other, in the order PostgreSQL delivered
   * them (commit order): each reads the complaint when it starts, so a board never receives an
   * older state of a complaint after a newer one (two moves in quick succession).
   */
  private inOrder(complaintId: string, work: () => Promise<void>): void {
    const previous = this.dispatching.get(complaintId) ?? Promise.resolve();
    const next = previous
      .then(work)
      .catch((error: unknown) => this.services.logger.error({ err: error, complaintId }, 'alert dispatch failed'))
      .finally(() => {
        if (this.dispatching.get(complaintId) === next) this.dispatching.delete(complaintId);
      });
    this.dispatching.set(complaintId, next);
  }

  get size(): number {
    return this.subscribers.size;
  }

  /**
   * Every `alerts` and `complaintChanges` subscription (graphql/live-subscriptions.ts): its results
   * until it returns. Throws a DomainError for a caller who may not subscribe.
   */
  subscribe({ topic, caller, sessionToken, shape, since, render, deliver }: LiveSubscription<R>): AsyncIterableIterator<R> {
    const user = requireUser(caller);
    if (!readsComplaints(user)) throw forbidden('รับการแจ้งเตือนเรื่องร้องเรียน', 'receive complaint alerts');
    const hash = sessionToken ? tokenHash(sessionToken) : null;
    const subscriber: Subscriber<R> = {
      topic,
      user,
      // A socket outlives its session's entry only once the session ended.
      session: hash ? (this.sessions.get(hash) ?? { tokenHash: hash, expiresAt: new Date(0), ended: true }) : null,
      shape,
      audiences: {
        identityShown: `${shape}|${audienceOf(user, true)}`,
        identityHidden: `${shape}|${audienceOf(user, false)}`,
        leaves: `${shape}|hidden`,
      },
      render,
      queue: new PushQueue(() => this.subscribers.delete(subscriber)),
      // Nothing after the subscription ended (its queue returned): a socket may outlive it.
      deliver: deliver
        ? (result) => {
            if (this.subscribers.has(subscriber)) deliver(result);
          }
        : (result) => subscriber.queue.push(result),
      held: since ? [] : null,
      replayed: null,
    };
    this.subscribers.add(subscriber);
    if (since) {
      const replay = this.replay(subscriber, since)
        .catch((error: unknown) => this.services.logger.error({ err: error }, 'alert replay failed'))
        .finally(() => this.replaying.delete(replay));
      this.replaying.add(replay);
    }
    return subscriber.queue;
  }

  /** Resolves once every replay under way has been sent (tests; shutdown). */
  async caughtUp(): Promise<void> {
    while (this.replaying.size) await Promise.all([...this.replaying]);
  }

  /** Pushes one event to every local subscriber of its topic allowed to see its complaint. */
  async dispatch(event: ComplaintEvent): Promise<void> {
    const listening = [...this.subscribers].filter((subscriber) => subscriber.topic === event.topic && stillServed(subscriber));
    if (!listening.length) return;
    const at = event.at ? new Date(event.at) : new Date();
    const requestId = `alert:${event.kind}:${event.complaintId}`;
    // Deciding and rendering on one snapshot (REPEATABLE READ, read only). Once every rendering
    // has read what it needs, the commit goes out while the results are sent, not before.
    const tx = this.services.em.fork();
    await tx.begin({ isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true });
    let executed: { group: Subscriber<R>[]; result: R; reads: AuditRecord[] }[];
    try {
      executed = await (async () => {
        const facts = await firstRow(tx, accessFactsOf(event.complaintId));
        if (!facts) return [];
        const audiences = new Map<string, Subscriber<R>[]>();
        const hidden = new Set(event.topic === 'change' ? (event.hiddenFrom ?? []) : []);
        for (const subscriber of listening) {
          // The accused rule and the division rule, decided once per subscriber on loaded facts.
          // Contract, "The citizen's channel": a NEW_MESSAGE (it may carry identity) to CENTER_OFFICER only.
          const readable =
            mayRead(subscriber.user, facts) && (event.kind !== AlertKind.NEW_MESSAGE || hasRole(subscriber.user, Role.CENTER_OFFICER));
          // Contract, "Corrections and the register": an official a correction newly named among the
          // accused is told at once that it left their sight (nothing of it but its id), nobody else.
          const leaves = !readable && !!subscriber.user.officialId && hidden.has(subscriber.user.officialId);
          if (!readable && !leaves) continue;
          const audience = leaves
            ? subscriber.audiences.leaves
            : identityShownTo(subscriber.user, facts)
              ? subscriber.audiences.identityShown
              : subscriber.audiences.identityHidden;
          const group = audiences.get(audience);
          if (group) group.push(subscriber);
          else audiences.set(audience, [subscriber]);
        }
        return Promise.all(
          [...audiences.entries()].map(async ([audience, group]) => {
            const [first] = group;
            const root = audience.endsWith('|hidden') ? { ...event, kind: ComplaintChangeKind.HIDDEN, at } : { ...event, at };
            const { result, reads } = await first.render(root as ChangeRoot, { user: first.user, em: tx, requestId });
            return { group, result, reads };
          }),
        );
      })();
    } catch (error) {
      await tx.rollback();
      throw error;
    }
    const committed = tx.commit();
    const key = eventKey({ ...event, at });
    try {
      await Promise.all(
        executed.map(async ({ group, result, reads }) => {
          // Never to a socket whose session ended meanwhile, though it is not closed yet (nor to one
          // that left: its identity reads would be audited for nothing received).
          const receivers = group.filter(
            (subscriber) => this.subscribers.has(subscriber) && stillServed(subscriber) && !subscriber.replayed?.has(key),
          );
          // Identities read for this audience go on the audit trail once per subscriber who receives them.
          await appendAudit(
            this.services.em.fork(),
            receivers.flatMap((subscriber) => readsFor(subscriber.user, reads, event.topic)),
          );
          for (const subscriber of receivers) {
            if (subscriber.held) subscriber.held.push({ key, result });
            // A replay that ended while the audit was written may have sent it already (and flushed
            // what it held before this was held): never twice.
            else if (!subscriber.replayed?.has(key)) subscriber.deliver(result);
          }
        }),
      );
    } finally {
      await committed;
    }
  }

  /** Sends a subscriber that asked to catch up the alerts raised since then, then what was held back. */
  private async replay(subscriber: Subscriber<R>, since: Date): Promise<void> {
    const replayed = new Set<string>();
    try {
      const raised = await alertsRaisedSince(this.services.em.fork(), subscriber.user, since);
      const executions = await Promise.all(
        raised.map(async (alert) => {
          const event: AlertRoot = { topic: 'alert', kind: alert.kind, complaintId: alert.complaintId, at: alert.at, replayed: true };
          if (alert.ruleCode) event.ruleCode = alert.ruleCode;
          // The same audience as live, from the same rules: the replay query decided in SQL what
          // the live path decides on facts (visibleTo, identityVisibleTo).
          const audience = `${subscriber.shape}|${audienceOf(subscriber.user, alert.identityShown)}`;
          return { key: eventKey(event), executed: await this.renderReplay(audience, event, subscriber) };
        }),
      );
      const sent = executions.filter((execution): execution is { key: string; executed: Delivery<R> } => execution.executed !== null);
      if (!this.subscribers.has(subscriber) || !stillServed(subscriber)) return;
      await appendAudit(
        this.services.em.fork(),
        sent.flatMap(({ executed }) => readsFor(subscriber.user, executed.reads, 'alert-replay')),
      );
      for (const { key, executed } of sent) {
        subscriber.deliver(executed.result);
        replayed.add(key);
      }
    } finally {
      const held = subscriber.held ?? [];
      subscriber.held = null;
      subscriber.replayed = replayed;
      for (const { key, result } of held) if (!replayed.has(key) && stillServed(subscriber)) subscriber.deliver(result);
    }
  }

  /** One replayed alert rendered for an audience, shared by its subscribers who catch up soon after. */
  private renderReplay(audience: string, event: AlertRoot, subscriber: Subscriber<R>): Promise<Delivery<R> | null> {
    const key = `${audience}|${eventKey(event)}`;
    const now = Date.now();
    const reused = this.replays.get(key);
    if (reused && reused.until > now) return reused.executed;
    for (const [old, { until }] of this.replays) if (until <= now) this.replays.delete(old);
    const executed = (async (): Promise<Delivery<R> | null> => {
      const reader = { user: subscriber.user, em: this.services.em.fork(), requestId: `alert-replay:${event.kind}:${event.complaintId}` };
      const { result, reads, ok } = await subscriber.render(event, reader);
      // Gone meanwhile (or hidden by a change since the replay query): not replayed at all.
      return ok ? { result, reads } : null;
    })().catch((error: unknown) => {
      this.services.logger.error({ err: error, event }, 'alert replay execution failed');
      return null;
    });
    this.replays.set(key, { until: now + replayReuseMs, executed });
    void executed.then((done) => {
      if (!done) this.replays.delete(key);
    });
    return executed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.sessions.close();
    await this.caughtUp();
    for (const subscriber of [...this.subscribers]) await subscriber.queue.return();
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end();
  }
}

/** Tells one alert from another: a subscription sends each at most once. */
function eventKey(event: { kind: string; complaintId: string; ruleCode?: string; at: Date }): string {
  return `${event.kind}|${event.complaintId}|${event.ruleCode ?? ''}|${event.at.toISOString()}`;
}

/** The identity reads of one rendering, as the audit entries of one subscriber who receives its result. */
function readsFor(user: SessionUser, reads: AuditRecord[], via: string): AuditRecord[] {
  return reads.map((entry) => ({ ...entry, actorId: user.id, actor: user.username, data: { ...entry.data, via } }));
}

/** A subscriber whose session is not known to have ended (expired, idle, signed out). */
function stillServed(subscriber: { session: LiveSession | null }): boolean {
  return !subscriber.session || inForce(subscriber.session);
}
