import { execute, print, type ExecutionArgs, type ExecutionResult, type GraphQLError } from 'graphql';
import pg from 'pg';
import { firstRow, sql } from '../../db/sql.js';
import { forbidden } from '../../graphql/errors.js';
import { requireUser } from '../auth/access.js';
import { appendAudit } from '../audit/audit.service.js';
import { buildContext, type Context, type ContextServices } from '../../graphql/context.js';
import type { SessionUser } from '../auth/session-user.js';
import { mayRead, readerClass, readsComplaints, type AccessFacts } from '../complaints/complaint-access.js';
import { alertChannel, type ComplaintEvent, type HubEvent } from './alert.types.js';
import { PushQueue } from './push-queue.js';

interface Subscriber {
  topic: ComplaintEvent['topic'];
  user: SessionUser;
  /** Subscribers with the same key get the same result: one execution per key and event. */
  audience: string;
  args: ExecutionArgs;
  queue: PushQueue<ExecutionResult>;
}

/**
 * Live alerts for the subscribers of this process. Events cross processes through PostgreSQL
 * LISTEN/NOTIFY (ids only), so an alert raised by any process reaches the sockets of all. Per
 * event the hub loads once who may read the complaint, then executes the subscription document
 * once per audience (same document, variables and reader class) and hands every subscriber of
 * that audience the same result, instead of one execution per socket.
 */
export class AlertHub {
  private readonly subscribers = new Set<Subscriber>();
  private listener: pg.Client | undefined;
  private closed = false;
  /** Called when a session ends anywhere, to close the WebSockets opened with it (server.ts). */
  onSessionEnded: (tokenHash: string) => void = () => undefined;

  constructor(private readonly services: ContextServices) {}

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
      if (event.topic === 'session') return this.onSessionEnded(event.tokenHash);
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
    const audience = `${print(args.document)}|${JSON.stringify(args.variableValues ?? {})}|${readerClass(user)}`;
    const subscriber: Subscriber = {
      topic,
      user,
      audience,
      args,
      queue: new PushQueue(() => this.subscribers.delete(subscriber)),
    };
    this.subscribers.add(subscriber);
    return subscriber.queue;
  }

  /** Pushes one event to every local subscriber of its topic allowed to see its complaint. */
  async dispatch(event: ComplaintEvent): Promise<void> {
    if (![...this.subscribers].some((subscriber) => subscriber.topic === event.topic)) return;
    const facts = await firstRow<AccessFacts>(
      this.services.em.fork(),
      sql`select array(select division_code from complaint_unit where complaint_id = ${event.complaintId}::uuid) as "unitCodes",
                 array(select official_id::text from accused where complaint_id = ${event.complaintId}::uuid and official_id is not null)
                   as "accusedOfficialIds"`,
    );
    if (!facts) return;
    const audiences = new Map<string, Subscriber[]>();
    for (const subscriber of this.subscribers) {
      if (subscriber.topic !== event.topic) continue;
      // The accused rule and the division rule, decided once per subscriber on loaded facts.
      if (!mayRead(subscriber.user, facts)) continue;
      const group = audiences.get(subscriber.audience);
      if (group) group.push(subscriber);
      else audiences.set(subscriber.audience, [subscriber]);
    }
    const at = new Date();
    await Promise.all(
      [...audiences.values()].map(async (group) => {
        const [first] = group;
        const context = buildContext(this.services, { requestId: `alert:${event.kind}:${event.complaintId}`, user: first.user, sessionToken: null });
        const result = (await execute({ ...first.args, contextValue: context, rootValue: { ...event, at } })) as ExecutionResult;
        // Identities read for this audience go on the audit trail once per subscriber who receives them.
        if (context.auditTrail.length) {
          await appendAudit(
            context.em,
            group.flatMap((subscriber) =>
              context.auditTrail.map((entry) => ({ ...entry, actorId: subscriber.user.id, actor: subscriber.user.username, data: { ...entry.data, via: event.topic } })),
            ),
          );
        }
        for (const subscriber of group) subscriber.queue.push(result);
      }),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const subscriber of [...this.subscribers]) await subscriber.queue.return();
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end();
  }
}
