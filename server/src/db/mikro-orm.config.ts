import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Pool } from 'pg';
import { entities } from './entities.js';
import { reclaimDeadConnections } from './reclaim-dead-connections.js';
import { currentOrganisation, organisationSetting } from './organisation-scope.js';
import { countStatement } from './sql-statements.js';

const migrationsDir = fileURLToPath(new URL('./migrations', import.meta.url));

export interface OrmConfigOptions {
  databaseUrl: string;
  poolMax?: number;
  debug?: boolean;
  /** A role every pooled connection takes at startup (the application's restricted role). */
  role?: string;
}

/** The role the application runs as, when the migrations could create it (Migration…_app_role). */
export const appRole = 'rongrian_app';

/**
 * The ORM's configuration. Entities define the schema and the migrations that build it, and plain
 * reads and writes go through the EntityManager; hot reads and the complaint workflow's writes are
 * set-based SQL run through the same pool (stack.md; README, "Two data-access tiers").
 */
export function ormConfig({ databaseUrl, poolMax = 10, debug = false, role }: OrmConfigOptions): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    debug,
    pool: { min: 0, max: poolMax },
    // The migrations sit beside this file in both src (tests, dev) and dist (production).
    migrations: {
      path: migrationsDir,
      pathTs: migrationsDir,
      glob: '!(*.d).{js,ts}',
      tableName: 'mikro_orm_migrations',
      // Applied migrations are logged by database.ts as structured JSON, not as plain lines.
      silent: true,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    preferTs: import.meta.url.endsWith('.ts'),
    // SQL functions (the audit chain's) are written by hand in migrations, not mirrored in metadata.
    schemaGenerator: { ignoreRoutines: true },
    driverOptions: {
      // A startup parameter, not a statement: it costs no round trip and no statement count.
      ...(role ? { options: `-c role=${role}` } : {}),
      onPoolCreated(pool: Pool) {
        reclaimDeadConnections(pool);
        pool.on('connect', (client) => {
          const query = client.query.bind(client) as (...args: unknown[]) => unknown;
          // Issue 13: the body this connection's statements run for (row-level security reads it).
          // Set when the caller's body differs from the connection's last, queued before the
          // statement on the same connection (no round trip is awaited). What may undo a setting
          // makes the next statement set it again: a rollback, and any failed statement (its
          // transaction's COMMIT then rolls back too), the setting's own included.
          let organisation: string | undefined;
          const forget = () => {
            organisation = undefined;
          };
          client.query = ((...args: unknown[]) => {
            countStatement();
            const wanted = currentOrganisation();
            if (wanted !== organisation) {
              (query(`select set_config('${organisationSetting}', $1, false)`, [wanted]) as Promise<unknown>).catch(forget);
              organisation = wanted;
            }
            const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: unknown } | undefined)?.text;
            if (typeof text === 'string' && /^\s*rollback\b/i.test(text)) organisation = undefined;
            const result = query(...args);
            // A side branch: the caller still sees the rejection on the promise it awaits.
            if (result instanceof Promise) result.catch(forget);
            return result;
          }) as typeof client.query;
        });
      },
    },
  });
}
