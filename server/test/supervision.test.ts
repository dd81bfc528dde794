import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { operation } from './contract.js';
import { complaintInput } from './factories.js';
import { signedIn } from './graphql-client.js';
import { alive, lockedPid, until } from './server-process.js';

const dataDir = `/tmp/rongrian-supervision-${process.pid}`;
let app: App;

const health = async () => {
  const response = await fetch(`${app.url}/health`);
  return { status: response.status, body: (await response.json()) as Record<string, string> };
};

beforeAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  // The demo mode: no DATABASE_URL, so an embedded PostgreSQL in DATA_DIR, with the job queue.
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    JOBS: 'true',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  });
  app = await startApp(config, createLogger(config.logLevel));
});
afterAll(async () => {
  await app?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/**
 * Issue 9, item 12: when the database died, the app stayed up answering /health with 200 and every
 * request with 500, for good.
 */
describe('the embedded database is supervised (issue 9, item 12)', () => {
  it('answers /health 503 while the database is dead, restarts it, and serves GraphQL again', async () => {
    expect((await health()).status).toBe(200);
    const center = await signedIn(app.url, 'center');
    const killed = lockedPid(dataDir)!;

    process.kill(killed, 'SIGKILL');
    let down: Awaited<ReturnType<typeof health>> | undefined;
    await until(async () => (down = await health()).status === 503, 10_000, '/health to answer 503');
    expect(down!.body).toMatchObject({ status: 'down', database: 'down' });

    await until(async () => (await health()).status === 200, 30_000, '/health to answer 200 again');
    const restarted = lockedPid(dataDir)!;
    expect(restarted).not.toBe(killed);
    expect(alive(restarted)).toBe(true);
    // The pool dropped its dead connections: the same session reads and writes again.
    expect((await center.ok(operation('Me'))).me.username).toBe('center');
    const recorded = await center.ok(operation('RecordComplaint'), { input: complaintInput() });
    expect(recorded.recordComplaint.complaint.receiptNumber).toMatch(/^1\//);
    await until(async () => (await health()).body.jobs === 'running', 15_000, 'the job queue to run again');
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', database: 'ok', jobs: 'running' } });
  }, 60_000);

  it('stops the supervisor with the app: a database that died meanwhile is not started again', async () => {
    const pid = lockedPid(dataDir)!;
    process.kill(pid, 'SIGKILL');
    // The supervisor saw it die and has a restart pending; the app stops now.
    await until(() => app.database.embedded?.pid === undefined, 5_000, 'the supervisor to see the exit');
    await app.stop();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(app.database.embedded?.pid).toBeUndefined();
    const locked = lockedPid(dataDir);
    expect(locked === undefined || (locked === pid && !alive(pid))).toBe(true);
  }, 30_000);
});
