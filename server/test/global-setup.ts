import { rm } from 'node:fs/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { seed } from '../src/db/seed.js';
import { createLogger } from '../src/logger.js';

export const templateDatabase = 'rongrian_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server where the tests may create databases, as a URL to its `postgres` database. */
    databaseAdminUrl: string;
  }
}

/**
 * One PostgreSQL server for the run: an embedded one in /tmp, or TEST_DATABASE_URL (a superuser
 * URL to a server CI started itself). A template database is built by the migrations and seeded
 * with the demo organisation; each test file copies it (harness.ts).
 */
export default async function setup(project: TestProject) {
  const logger = createLogger('warn');
  let embedded: EmbeddedDatabase | undefined;
  const dataDir = `/tmp/rongrian-test-${process.pid}`;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    await rm(dataDir, { recursive: true, force: true });
    embedded = await startEmbeddedPostgres({ dataDir, port: 0, database: 'rongrian_admin', logger, ephemeral: true });
    adminUrl = embedded.url;
  }

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${templateDatabase}`);
  await admin.query(`create database ${templateDatabase}`);
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${templateDatabase}`;
  const orm = await MikroORM.init(ormConfig({ databaseUrl: templateUrl.toString() }));
  await orm.migrator.up();
  await seed(orm.em.fork(), { demo: true });
  await orm.close(true);
  await admin.end();

  project.provide('databaseAdminUrl', adminUrl);
  return async () => {
    await embedded?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
