import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { startApp, type App } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { templateDatabase } from './global-setup.js';

/**
 * A fresh database for one test file: a copy of the migrated, seeded template, or (`empty`) a
 * database with nothing in it, for tests of the migrations themselves.
 */
export async function createTestDatabase({ empty = false } = {}): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('databaseAdminUrl');
  const name = `rongrian_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${empty ? 'template0' : templateDatabase}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export interface TestServer {
  app: App;
  url: string;
  config: Config;
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * The real server (HTTP and WebSocket) on a free port, over its own real database, or over
 * another server's (`shareDatabaseOf`) to test several processes on one database.
 */
export async function startTestServer(env: Record<string, string> = {}, shareDatabaseOf?: TestServer): Promise<TestServer> {
  const database = shareDatabaseOf ? { url: shareDatabaseOf.databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: database.url,
    SEED_DEMO: 'true',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // The job queue only where a test is about it (alerts.test.ts): it costs a schema per database.
    JOBS: 'false',
    ...env,
  });
  const app = await startApp(config, createLogger(config.logLevel));
  return {
    app,
    url: app.url,
    config,
    databaseUrl: database.url,
    async stop() {
      await app.stop();
      await database.drop();
    },
  };
}
