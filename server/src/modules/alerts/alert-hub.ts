import { IsolationLevel, type EntityManager } from '@mikro-orm/postgresql';
import { execute, type ExecutionArgs, type ExecutionResult, type GraphQLError } from 'graphql';
import pg from 'pg';
import { firstRow } from '../../db/sql.js';
import { forbidden } from '../../graphql/errors.js';
import { requireUser } from '../auth/access.js';
import { appendAudit, type AuditRecord } from '../audit/audit.service.js';
import { buildContext, type Context, type ContextServices } from '../../graphql/context.js';
import { inForce, LiveSessions, type LiveSession } from '../auth/live-sessions.js';
import type { SessionUser } from '../auth/session-user.js';
import { tokenHash } from '../auth/session.service.js';
import { accessFactsOf, audienceOf, identityShownTo, mayRead, readsComplaints } from '../complaints/complaint-access.js';
import { ComplaintLoaders } from '../complaints/complaint.loaders.js';
import { alertsRaisedSince } from './alert.queries.js';
import { alertChannel, type AlertRoot, type ComplaintEvent, type HubEvent } from './alert.types.js';
import { PushQueue } from './push-queue.js';
import { subscriptionShape } from './subscription-shape.js';

interface Subscriber {
  topic: ComplaintEvent['topic'];
  user: SessionUser;
  /** The session the socket was opened with; null for a subscription without one (tests). */
  session: LiveSession | null;
  /** The document and its variables (less `since`): with each event's audience, what its result depends on. */
  shape: string;
  args: ExecutionArgs;
  queue: PushQueue<ExecutionResult>;
  /** While the subscription catches up (`since`): live results held back, sent after the replay unless replayed. */
  held: { key: string; result: ExecutionResult }[] | null;
}

/** One execution of a subscription document, and the identities it read (to audit per receiver). */
interface Executed {
  result: ExecutionResult;
  reads: AuditRecord[];
}

/**
 * A replayed alert's execution serves the subscribers of its audience who catch up within this
 * time: after a restart every client reconnects within seconds, and each would otherwise execute
 * the same alerts again.
 */
const replayReuseMs = 10_000;

/**
 * Live alerts for the subscribers of this process. Events cross processes through PostgreSQL
 * LISTEN/NOTIFY (ids only), so an alert raised by any process reaches the sockets of all. Per
 * event the hub loads once who may read the complaint and its complainant, then executes the
 * subscription document once per audience (same document and variables, and the same
 * `audienceOf` the complaint: everything the result depends on) and hands every subscriber of that
 * audience the same result, instead of one execution per socket. Deciding and executing share one
 * snapshot of the database, so a change committed in between (an accused added, an approval) cannot
 * make the decision and the result disagree.
 *
 * `alerts(since:)` first catches up (issue 9, item 13): the alerts the database records as raised
 * since then are replayed to that subscriber, under the same rules and executed the same way (per
 * audience, identity reads audited per receiver), before its live ones; a live alert that arrives
 * during the replay is held back and sent after it, unless the replay had it.
 */
export class AlertHub {
  private readonly subscribers = new Set<Subscriber>();
  private readonly replays = new Map<string, { until: number; executed: Promise<Executed | null> }>();
  private readonly replaying = new Set<Promise<void>>();
  private listener: pg.Client | undefined;
  private closed = false;
  /** The sessions of this process's WebSockets: their sockets are closed when they end (server.ts). */
  readonly sessions: LiveSessions;

  constructor(private readonly services: ContextServices) {
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
      const event = JSON.parse(message.payload) as HubEvent;
      if (event.topic === 'session') return this.sessions.end(event.tokenHash);
      this.dispatch(event).catch((error: unknown) => this.services.logger.error({ err: error, event }, 'alert dispatch failed'));
    });
    await client.connect();
    await client.query(`listen ${alertChannel}`);
    this.listener = client;
  }

  get size(): number {
    return this.subscribers.size;
  }

  /** graphql-ws hands the hub every `alerts` and `complaintChanges` subscription (server.ts). */
  subscribe(args: ExecutionArgs, topic: ComplaintEvent['topic']): AsyncIterableIterator<ExecutionResult> | ExecutionResult {
    let user: SessionUser;
    try {
      user = requireUser(args.contextValue as Context);
    } catch (error) {
      return { errors: [error as GraphQLError] };
    }
    if (!readsComplaints(user)) return { errors: [forbidden('รับการแจ้งเตือนเรื่องร้องเรียน', 'receive complaint alerts')] };
    const token = (args.contextValue as Context).sessionToken;
    const hash = token ? tokenHash(token) : null;
    const { shape, since } = subscriptionShape(args);
    const subscriber: Subscriber = {
      topic,
      user,
      // A socket outlives its session's entry only once the session ended.
      session: hash ? (this.sessions.get(hash) ?? { tokenHash: hash, expiresAt: new Date(0), ended: true }) : null,
      shape,
      args,
      queue: new PushQueue(() => this.subscribers.delete(subscriber)),
      held: since ? [] : null,
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
    const executed = await this.services.em.fork().transactional(
      async (tx) => {
        const facts = await firstRow(tx, accessFactsOf(event.complaintId));
        if (!facts) return [];
        const audiences = new Map<string, Subscriber[]>();
        for (const subscriber of listening) {
          // The accused rule and the division rule, decided once per subscriber on loaded facts.
          if (!mayRead(subscriber.user, facts)) continue;
          const audience = `${subscriber.shape}|${audienceOf(subscriber.user, identityShownTo(subscriber.user, facts))}`;
          const group = audiences.get(audience);
          if (group) group.push(subscriber);
          else audiences.set(audience, [subscriber]);
        }
        return Promise.all(
          [...audiences.values()].map(async (group) => {
            const [first] = group;
            const context = snapshotContext(this.services, tx, first.user, requestId);
            const result = (await execute({ ...first.args, contextValue: context, rootValue: { ...event, at } })) as ExecutionResult;
            return { group, result, reads: context.auditTrail };
          }),
        );
      },
      { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
    );
    const key = eventKey({ ...event, at });
    await Promise.all(
      executed.map(async ({ group, result, reads }) => {
        // Never to a socket whose session ended meanwhile, though it is not closed yet (nor to one
        // that left: its identity reads would be audited for nothing received).
        const receivers = group.filter((subscriber) => this.subscribers.has(subscriber) && stillServed(subscriber));
        // Identities read for this audience go on the audit trail once per subscriber who receives them.
        await appendAudit(this.services.em.fork(), receivers.flatMap((subscriber) => readsFor(subscriber.user, reads, event.topic)));
        for (const subscriber of receivers) {
          if (subscriber.held) subscriber.held.push({ key, result });
          else subscriber.queue.push(result);
        }
      }),
    );
  }

  /** Sends a subscriber that asked to catch up the alerts raised since then, then what was held back. */
  private async replay(subscriber: Subscriber, since: Date): Promise<void> {
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
          return { key: eventKey(event), executed: await this.executeReplay(audience, event, subscriber) };
        }),
      );
      const sent = executions.filter((execution): execution is { key: string; executed: Executed } => execution.executed !== null);
      if (!this.subscribers.has(subscriber) || !stillServed(subscriber)) return;
      await appendAudit(this.services.em.fork(), sent.flatMap(({ executed }) => readsFor(subscriber.user, executed.reads, 'alert-replay')));
      for (const { key, executed } of sent) {
        subscriber.queue.push(executed.result);
        replayed.add(key);
      }
    } finally {
      const held = subscriber.held ?? [];
      subscriber.held = null;
      for (const { key, result } of held) if (!replayed.has(key) && stillServed(subscriber)) subscriber.queue.push(result);
    }
  }

  /** One replayed alert executed for an audience, shared by its subscribers who catch up soon after. */
  private executeReplay(audience: string, event: AlertRoot, subscriber: Subscriber): Promise<Executed | null> {
    const key = `${audience}|${eventKey(event)}`;
    const now = Date.now();
    const reused = this.replays.get(key);
    if (reused && reused.until > now) return reused.executed;
    for (const [old, { until }] of this.replays) if (until <= now) this.replays.delete(old);
    const executed = (async (): Promise<Executed | null> => {
      const context = buildContext(this.services, { requestId: `alert-replay:${event.kind}:${event.complaintId}`, user: subscriber.user, sessionToken: null });
      const result = (await execute({ ...subscriber.args, contextValue: context, rootValue: event })) as ExecutionResult;
      // Gone meanwhile (or hidden by a change since the replay query): not replayed at all.
      return result.errors?.length ? null : { result, reads: context.auditTrail };
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

/** A context whose reads run on the dispatch's snapshot, where its audience was decided. */
function snapshotContext(services: ContextServices, tx: EntityManager, user: SessionUser, requestId: string): Context {
  return { ...buildContext(services, { requestId, user, sessionToken: null }), em: tx, loaders: new ComplaintLoaders(tx, user) };
}

/** The identity reads of one execution, as the audit entries of one subscriber who receives its result. */
function readsFor(user: SessionUser, reads: AuditRecord[], via: string): AuditRecord[] {
  return reads.map((entry) => ({ ...entry, actorId: user.id, actor: user.username, data: { ...entry.data, via } }));
}

/** A subscriber whose session is not known to have ended (expired, idle, signed out). */
function stillServed(subscriber: Subscriber): boolean {
  return !subscriber.session || inForce(subscriber.session);
}
