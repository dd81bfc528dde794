/**
 * Writes a new migration for the difference between the entities and the schema the existing
 * migrations build. Runs on a throwaway embedded PostgreSQL, so no database needs to be at hand:
 *   npm run migration:create [-- name]
 * Read what it wrote: MikroORM 7 may add `create or replace function` of the hand-written audit
 * functions to `down()` (they are unmanaged, `ignoreRoutines`); delete those lines.
 */
import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { createLogger } from '../src/logger.js';

const name = process.argv[2];
const dataDir = `/tmp/rongrian-migration-${process.pid}`;
const logger = createLogger('info');
const database = await startEmbeddedPostgres({ dataDir, port: 0, database: 'rongrian', logger, ephemeral: true });
try {
  const orm = await MikroORM.init(ormConfig({ databaseUrl: database.url }));
  await orm.migrator.up();
  const result = await orm.migrator.create(undefined, false, false, name);
  logger.info({ file: result.fileName, statements: result.diff.up.length }, result.fileName ? 'migration written' : 'no changes');
  await orm.close();
} finally {
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}
