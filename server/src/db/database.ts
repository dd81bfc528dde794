import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { appRole, ormConfig } from './mikro-orm.config.js';
import { seed } from './seed.js';

export interface Database {
  orm: MikroORM;
  /** For the connections that live outside the pool: LISTEN, the job queue. */
  url: string;
  /** The supervised embedded server, unless DATABASE_URL names one. */
  embedded: EmbeddedDatabase | undefined;
  /** Closes the pool, then stops the embedded server if this process started one. */
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL in DATA_DIR when it is unset; then
 * runs pending migrations and seeds. The app migrates on every start (issue 2): a new release needs
 * no separate step.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: config.dataDir,
        port: config.embeddedPgPort,
        database: 'rongrian',
        logger,
        ephemeral: config.env === 'test',
        // Issue 9, item 12: a database that dies is started again while the app keeps serving.
        supervise: true,
      });
  const url = config.databaseUrl ?? embedded!.url;
  try {
    // Migrations and seeds run as the owner; the app then runs as its restricted role, if there is one.
    const lock = await migrationLock(url);
    const owner = await MikroORM.init(ormConfig({ databaseUrl: url, poolMax: 2 }));
    let role: string | undefined;
    try {
      const applied = await owner.migrator.up();
      if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
      const seeded = await seed(owner.em.fork(), { demo: config.seedDemo });
      if (seeded.referenceData || seeded.demoUsers) logger.info(seeded, 'database seeded');
      const [membership] = await owner.em
        .getConnection()
        .execute<{ member: boolean }[]>(
          `select exists (select 1 from pg_roles where rolname = '${appRole}') and pg_has_role(current_user, (select oid from pg_roles where rolname = '${appRole}'), 'MEMBER') as member`,
        );
      role = membership?.member ? appRole : undefined;
      if (!role) logger.warn("the application role does not exist here: the app runs with the owner's rights");
    } finally {
      await owner.close(true);
      await lock.release();
    }
    const orm = await MikroORM.init(ormConfig({ databaseUrl: url, role }));
    return {
      embedded,
      orm,
      url,
      async close() {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    const where = config.databaseUrl ? 'the database at DATABASE_URL' : `the embedded PostgreSQL in ${config.dataDir}`;
    throw new Error(`could not open ${where} (migrate, seed, connect): ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
}

/** Any fixed number: every process of a deployment takes the same advisory lock. */
const migrationLockKey = 7_013_005;

/**
 * Issue 13, item 5: the replicas of a deployment start at once (`docker compose up`), and each
 * migrates and seeds on start. Two migrating one database at once fail ("already exists"), and
 * two seeding an empty one would set the demo body up twice; so each takes one session-level
 * advisory lock first, on a connection of its own, and the others wait for it. A process that
 * dies holding it loses its connection, and with it the lock.
 */
async function migrationLock(databaseUrl: string): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'rongrian-migrations' });
  client.on('error', () => undefined); // a lost connection has released the lock: nothing to do
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [migrationLockKey]);
  } catch (error) {
    await client.end();
    throw error;
  }
  return {
    async release() {
      await client.end().catch(() => undefined); // ending the session releases its lock
    },
  };
}
