import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { operation } from './contract.js';
import { signedIn } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';
import { until } from './server-process.js';

let server: TestServer;
const health = async () => {
  const response = await fetch(`${server.url}/health`);
  return { status: response.status, body: await response.json(), cache: response.headers.get('cache-control') };
};

/** As the database's superuser: lets connections to the test database in, or keeps them out. */
async function admit(allowed: boolean) {
  const name = new URL(server.databaseUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: inject('databaseAdminUrl') });
  await admin.connect();
  try {
    await admin.query(`alter database ${name} with allow_connections ${allowed}`);
    if (!allowed) await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
  } finally {
    await admin.end();
  }
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await admit(true).catch(() => undefined);
  await server?.stop();
});

/** Issue 9, item 12: /health asks the database; with DATABASE_URL nothing is supervised, the pool recovers. */
describe('GET /health with an external database (DATABASE_URL)', () => {
  it('answers 200 with the database and the job queue (off here) while the database answers', async () => {
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', database: 'ok', jobs: 'off' }, cache: 'no-store' });
    expect(server.app.database.embedded).toBeUndefined();
  });

  it('answers 503 while the database refuses the app, and 200 and GraphQL once it lets it in again', async () => {
    const center = await signedIn(server.url, 'center');
    await admit(false);
    expect(await health()).toMatchObject({ status: 503, body: { status: 'down', database: 'down', jobs: 'off' } });
    await admit(true);
    await until(async () => (await health()).status === 200, 10_000, '/health to answer 200 again');
    expect((await center.ok(operation('Me'))).me.username).toBe('center');
  });
});
