import type { ExecutionResult } from 'graphql';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { createGraphQLServer, type GraphQLServer } from './graphql/server.js';
import { createHealthCheck } from './health-check.js';
import { createSchema } from './graphql/schema.js';
import { startJobQueue, type JobQueue } from './jobs/job-queue.js';
import type { Logger } from './logger.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { keptProofOfWorkKey } from './modules/citizen/proof-of-work.js';
import { PdfRenderer } from './modules/documents/pdf-renderer.js';
import { createFileStore } from './modules/files/file-store.js';
import { LiveEventHub } from './modules/live-events/live-event-hub.js';
import { FirstRunToken } from './modules/organisation/first-run.js';
import { ReferenceData } from './modules/reference/reference-data.js';

export interface App {
  url: string;
  database: Database;
  server: GraphQLServer;
  /** Alerts, board changes and session ends, from every process (PostgreSQL NOTIFY). */
  liveEvents: LiveEventHub<ExecutionResult>;
  /** Absent when JOBS=false. */
  jobs: JobQueue | undefined;
  /** Graceful: drains HTTP and WebSocket, closes the pool, stops the embedded database. */
  stop(): Promise<void>;
}

/** Opens (and migrates) the database, then serves the API and the web app. */
export async function startApp(given: Config, logger: Logger): Promise<App> {
  const database = await openDatabase(given, logger);
  try {
    const em = database.orm.em.fork();
    const config = await withProofOfWorkKey(given, em);
    const [schema, reference] = await Promise.all([createSchema(), ReferenceData.load(em)]);
    const firstRun = new FirstRunToken();
    const files = createFileStore(config.fileStore);
    const services = { em: database.orm.em, reference, firstRun, config, logger, files };
    // Its subscribers receive GraphQL results: the WebSocket executes their documents (graphql/live-subscriptions.ts).
    const liveEvents = new LiveEventHub<ExecutionResult>(services);
    await liveEvents.listen(database.url);
    const jobs = config.jobs ? await startJobQueue(database.url, database.orm.em, logger, config, files) : undefined;
    const renderer = new PdfRenderer(config.chromiumPath, logger);
    const health = createHealthCheck(database.orm.em, jobs, logger);
    const server = await createGraphQLServer(schema, services, liveEvents, renderer, health);
    const url = await server.listen();
    if (!reference.organisationOrNull) announceFirstRun(firstRun, url, logger);
    let stopping: Promise<void> | undefined;
    return {
      url,
      database,
      server,
      liveEvents,
      jobs,
      stop() {
        stopping ??= (async () => {
          // A database that dies during the drain stays down: it is stopped at the end anyway.
          database.embedded?.endSupervision();
          await jobs?.stop();
          await server.stop();
          await liveEvents.close();
          await renderer.close();
          files.close();
          await database.close();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Issue 12, item 5: the proof of work's HMAC key is PROOF_OF_WORK_KEY, or else the one kept in the
 * database, so that every server of a deployment (and a restarted one) verifies what another signed.
 */
async function withProofOfWorkKey(config: Config, em: EntityManager): Promise<Config> {
  if (!config.proofOfWork.enabled || config.proofOfWork.key) return config;
  return { ...config, proofOfWork: { ...config.proofOfWork, key: await keptProofOfWorkKey(em) } };
}

/**
 * Issue 11, item 1: a database without a body waits for its set-up. The first-run page asks for
 * this token, printed here only: whoever can read the server's console may set the body up.
 */
function announceFirstRun(firstRun: FirstRunToken, url: string, logger: Logger): void {
  const token = firstRun.issue();
  logger.warn(
    { setupUrl: `${url}/setup`, setupToken: token },
    `ยังไม่ได้ตั้งค่าหน่วยงาน: เปิด ${url}/setup แล้วกรอกรหัสตั้งค่า ${token} (หรือใช้ npm run setup -- --file <organisation.json>) — ` +
      `no body is set up yet: open ${url}/setup and enter the set-up token ${token} (or run npm run setup -- --file <organisation.json>)`,
  );
}
