import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue } from './jobs/job-queue.js';
import type { Logger } from './logger.js';

/** What `GET /health` answers: 200 while the database answers, 503 when it does not. */
export interface Health {
  status: 'ok' | 'down';
  database: 'ok' | 'down';
  /** `off` with JOBS=false; `down` when the queue cannot reach its database. */
  jobs: 'running' | 'off' | 'down';
}

/** A database that takes longer than this for `select 1` counts as down. */
const timeoutMs = 2_000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A query that never starts twice: while one hangs (a database that accepts connections but does
 * not answer), later polls wait on the same one instead of taking another pooled connection each.
 */
function probe(query: () => Promise<unknown>): () => Promise<unknown> {
  let pending: Promise<unknown> | undefined;
  return () => {
    pending ??= query().finally(() => {
      pending = undefined;
    });
    return within(pending, timeoutMs);
  };
}

/**
 * Issue 9, item 12: the health check asks the database (through the app's own pool, as a request
 * would) and the job queue (through its pool), each within a short timeout. It is polled, so it
 * costs one `select 1` on each; concurrent polls share one check, and only a change of state is
 * logged.
 */
export function createHealthCheck(em: EntityManager, jobs: JobQueue | undefined, logger: Logger): () => Promise<Health> {
  let inFlight: Promise<Health> | undefined;
  let last: Health | undefined;
  const databaseAnswers = probe(() => em.getConnection().execute('select 1'));
  const queueAnswers = probe(async () => {
    if (!(await jobs?.reachable())) throw new Error('the job queue has stopped');
  });

  const check = async (): Promise<Health> => {
    const [database, queue] = await Promise.allSettled([databaseAnswers(), jobs ? queueAnswers() : Promise.resolve()]);
    const health: Health = {
      status: database.status === 'fulfilled' ? 'ok' : 'down',
      database: database.status === 'fulfilled' ? 'ok' : 'down',
      jobs: !jobs ? 'off' : queue.status === 'fulfilled' ? 'running' : 'down',
    };
    if (last && (last.database !== health.database || last.jobs !== health.jobs)) {
      const reason = database.status === 'rejected' ? String((database.reason as Error)?.message ?? database.reason) : undefined;
      const healthy = health.database === 'ok' && health.jobs !== 'down';
      logger[healthy ? 'info' : 'error']({ ...health, reason }, 'health changed');
    }
    last = health;
    return health;
  };

  return () => {
    inFlight ??= check().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}
