import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Logger } from '../logger.js';

export interface PostmasterOptions {
  /** The `postgres` binary. */
  binary: string;
  dataDir: string;
  port: number;
  /** Further `postgres` arguments (`-c name=value` …). */
  flags: string[];
  /** As root, PostgreSQL runs as the `postgres` system user (it refuses root). */
  runAs?: { uid: number; gid: number };
  logger: Logger;
}

/** Postgres processes this process started and has not seen exit: stopped on `exit` (embedded-postgres.ts). */
export const runningPostmasters = new Set<ChildProcess>();

/** A start that failed: its message names the data directory and carries PostgreSQL's own lines. */
export class PostmasterStartError extends Error {
  constructor(
    message: string,
    /** Another postmaster of the data directory, or its backends, still hold the lock or the shared memory. */
    readonly transient = false,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

// After a postmaster is killed, its backends hold the shared memory until they notice (milliseconds
// to a second); a new postmaster refuses to start meanwhile. These are worth waiting for.
const transientFailure = /pre-existing shared memory block .* is still in use|lock file ".*" already exists/;
/** How long a start keeps retrying transient failures. */
const startRetryMs = 30_000;
/** Crash recovery of a large cluster takes a while; anything longer is a hang. */
const readyTimeoutMs = 120_000;
/** A postmaster that dies sooner than this after its start is crash-looping: the restarts back off. */
const stableMs = 5_000;
const maxRestartDelayMs = 15_000;
const logLines = 40;

/**
 * The embedded cluster's postgres process, owned here rather than by the embedded-postgres package
 * (whose `start()` rejects with `undefined` when postgres exits early, and which cannot see a
 * postmaster left running by an earlier process). Before each start it clears what a crash left
 * in the data directory; with `supervise()` it restarts the server, with backoff, whenever it dies.
 */
export class Postmaster {
  private child: ChildProcess | undefined;
  private readonly log: string[] = [];
  private stopping = false;
  private supervised = false;
  private restartTimer: NodeJS.Timeout | undefined;
  private restarting: Promise<void> | undefined;
  /** Unexpected exits in a row, each sooner than `stableMs` after its start. */
  private failures = 0;
  private startedAt = 0;
  readonly dataDir: string;

  constructor(private readonly options: PostmasterOptions) {
    this.dataDir = resolve(options.dataDir);
  }

  /** The running postmaster's PID. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * Starts postgres once the data directory is free: a postmaster an earlier process left running
   * is stopped (by the PID its lock file records, only if that process really is the postmaster of
   * this directory), a stale lock is removed, and a start refused while a killed postmaster's
   * backends linger is retried with backoff.
   */
  async start(): Promise<void> {
    const deadline = Date.now() + startRetryMs;
    for (let attempt = 1; ; attempt++) {
      if (this.stopping) throw new PostmasterStartError(`the embedded PostgreSQL in ${this.dataDir} is being stopped`);
      await clearDataDir(this.dataDir, this.options.logger);
      try {
        await this.spawnOnce();
        this.startedAt = Date.now();
        return;
      } catch (error) {
        const retry = error instanceof PostmasterStartError && error.transient && Date.now() < deadline && !this.stopping;
        if (!retry) throw error;
        const delayMs = Math.min(50 * 2 ** attempt, 2_000);
        this.options.logger.warn({ attempt, delayMs, reason: error.message }, 'the embedded PostgreSQL cannot start yet; retrying');
        await sleep(delayMs);
      }
    }
  }

  /** From now on, an unexpected exit restarts the server on the same port and data directory. */
  supervise(): void {
    this.supervised = true;
  }

  /** An exit is no longer restarted (the app is shutting down; `stop()` comes last). */
  endSupervision(): void {
    this.supervised = false;
    clearTimeout(this.restartTimer);
  }

  /** Fast shutdown (SIGINT), escalated if it hangs; no restart from the moment this is called. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    if (this.child) await stopChild(this.child, this.options.logger);
    await this.restarting;
    // A restart in flight may have spawned one meanwhile.
    if (this.child) await stopChild(this.child, this.options.logger);
  }

  private spawnOnce(): Promise<void> {
    const { binary, port, flags, runAs, logger } = this.options;
    this.log.length = 0;
    return new Promise<void>((resolveStart, reject) => {
      let ready = false;
      const child = spawn(binary, ['-D', this.dataDir, '-p', String(port), '-c', 'lc_messages=C', ...flags], {
        ...runAs,
        env: { ...process.env, LC_MESSAGES: 'C' },
        // Its own process group: Ctrl+C on `npm start` reaches only the app, which drains its requests
        // and then stops the database (app.ts), instead of both racing.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      this.child = child;
      runningPostmasters.add(child);
      const timer = setTimeout(() => {
        child.kill('SIGINT');
        reject(new PostmasterStartError(this.failureMessage(`was not ready after ${readyTimeoutMs / 1000} s`)));
      }, readyTimeoutMs);
      const onOutput = (chunk: Buffer) => {
        for (const line of String(chunk).split('\n')) {
          if (!line.trim()) continue;
          this.log.push(line.trim());
          if (this.log.length > logLines) this.log.shift();
          logger.debug({ postgres: line.trim() }, 'embedded postgres');
          if (!ready && line.includes('database system is ready to accept connections')) {
            ready = true;
            clearTimeout(timer);
            resolveStart();
          }
        }
      };
      child.stdout!.on('data', onOutput);
      child.stderr!.on('data', onOutput);
      child.once('error', (error) => {
        clearTimeout(timer);
        runningPostmasters.delete(child);
        if (this.child === child) this.child = undefined;
        reject(new PostmasterStartError(this.failureMessage(`could not be run (${binary}): ${error.message}`)));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        runningPostmasters.delete(child);
        if (this.child === child) this.child = undefined;
        const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        if (!ready) {
          const message = this.failureMessage(how);
          reject(new PostmasterStartError(message, transientFailure.test(message)));
        } else {
          this.exitedAfterStart(child.pid, how);
        }
      });
    });
  }

  private failureMessage(how: string): string {
    const lines = this.log.length ? `: ${this.log.join(' | ')}` : ' (it printed nothing)';
    return `the embedded PostgreSQL in ${this.dataDir} did not start: it ${how}${lines}`;
  }

  private exitedAfterStart(pid: number | undefined, how: string): void {
    if (this.stopping) return;
    const log = this.log.slice(-10);
    if (!this.supervised) {
      this.options.logger.error({ pid, log }, `the embedded PostgreSQL ${how}`);
      return;
    }
    this.failures = Date.now() - this.startedAt < stableMs ? this.failures + 1 : 0;
    this.options.logger.error({ pid, log }, `the embedded PostgreSQL ${how}; restarting it`);
    this.scheduleRestart(1);
  }

  /** Restarts after a delay that doubles with every quick death and every failed attempt. */
  private scheduleRestart(attempt: number): void {
    if (this.stopping) return;
    const delayMs = Math.min(250 * 2 ** (this.failures + attempt - 1), maxRestartDelayMs);
    this.options.logger.warn({ attempt, delayMs, dataDir: this.dataDir, port: this.options.port }, 'restarting the embedded PostgreSQL');
    this.restartTimer = setTimeout(() => {
      this.restarting = this.start()
        .then(
          () => {
            if (this.stopping) return;
            this.options.logger.info({ attempt, pid: this.pid }, 'the embedded PostgreSQL is running again');
          },
          (error: unknown) => {
            if (this.stopping) return;
            this.options.logger.error({ err: error, attempt }, 'restarting the embedded PostgreSQL failed');
            this.scheduleRestart(attempt + 1);
          },
        )
        .finally(() => {
          this.restarting = undefined;
        });
    }, delayMs);
  }
}

/** SIGINT (fast shutdown), then SIGQUIT (immediate), then SIGKILL, each after a wait. */
async function stopChild(child: ChildProcess, logger: Logger): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  for (const [signal, waitMs] of [
    ['SIGINT', 10_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    child.kill(signal);
    // Unref'd: a process whose work is done does not wait out the escalation's timer.
    const timeout = new Promise<boolean>((resolveTimeout) => setTimeout(() => resolveTimeout(false), waitMs).unref());
    const done = await Promise.race([exited.then(() => true), timeout]);
    if (done) return;
    logger.warn({ pid: child.pid, signal }, 'the embedded PostgreSQL did not stop; escalating');
  }
}

// --- what a crash leaves in the data directory ------------------------------------------------

/**
 * Makes the data directory startable after a crash of this app or of postgres. Its lock file
 * (`postmaster.pid`: line 1 the PID, line 2 the data directory) may name
 * - a postmaster still running (this app was killed, its postgres was not): stopped, by that PID,
 *   after checking that the process is the postmaster of this very directory;
 * - a process that is gone: left to postgres, which removes such a lock itself (and still refuses
 *   to start while backends of the dead postmaster hold its shared memory);
 * - a zombie (a killed postmaster its new parent has not reaped yet), or a live process that is
 *   something else (the PID was reused): never signalled; postgres would take either for a running
 *   postmaster, so the lock is removed, once no process runs in the directory any more.
 */
export async function clearDataDir(dataDir: string, logger: Logger): Promise<void> {
  const lockFile = join(dataDir, 'postmaster.pid');
  let lock: string;
  try {
    lock = await readFile(lockFile, 'utf8');
  } catch {
    return;
  }
  const pid = Number(lock.split('\n')[0]);
  const valid = Number.isInteger(pid) && pid > 0;
  const state = valid ? processState(pid) : 'gone';
  if (valid && state === 'gone') return;
  if (state === 'running' && isPostmasterOf(pid, dataDir)) {
    await stopOrphan(pid, dataDir, logger);
    return;
  }
  // An empty or garbled lock (a crash while it was written), a zombie, or a reused PID. Without
  // /proc there is no telling who runs in the directory: postgres's own checks decide.
  if (process.platform !== 'linux') return;
  const inside = processesIn(dataDir);
  if (inside.length) {
    logger.warn({ dataDir, pids: inside }, 'processes of an earlier embedded PostgreSQL are still running in its data directory; waiting');
    return;
  }
  logger.warn({ dataDir, pid: valid ? pid : null, state }, 'removing a stale postmaster.pid (no PostgreSQL of this directory runs)');
  await rm(lockFile, { force: true });
}

async function stopOrphan(pid: number, dataDir: string, logger: Logger): Promise<void> {
  logger.warn({ pid, dataDir }, 'an embedded PostgreSQL left running by an earlier process holds the data directory; stopping it');
  for (const [signal, waitMs] of [
    ['SIGINT', 10_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    // Checked again before every signal: the PID may have exited and been reused meanwhile.
    if (!isAlive(pid) || !isPostmasterOf(pid, dataDir)) return;
    process.kill(pid, signal);
    if (await exited(pid, waitMs)) {
      logger.info({ pid, signal }, 'the earlier embedded PostgreSQL stopped');
      return;
    }
    logger.warn({ pid, signal }, 'the earlier embedded PostgreSQL did not stop; escalating');
  }
  throw new PostmasterStartError(
    `the embedded PostgreSQL in ${dataDir} did not start: PostgreSQL (PID ${pid}) left running by an earlier process does not stop`,
  );
}

async function exited(pid: number, waitMs: number): Promise<boolean> {
  const until = Date.now() + waitMs;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

/** `zombie`: dead, not reaped yet (an orphan waits for its new parent); only Linux tells. */
function processState(pid: number): 'running' | 'zombie' | 'gone' {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return 'gone';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z' ? 'zombie' : 'running';
  } catch {
    return process.platform === 'linux' ? 'gone' : 'running';
  }
}

/** Alive and not a zombie. */
export function isAlive(pid: number): boolean {
  return processState(pid) === 'running';
}

/** The process's arguments, exactly (Linux), or as `ps` prints them (macOS). */
function argumentsOf(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    if (process.platform === 'linux') return undefined;
  }
  try {
    return execFileSync('ps', ['-ww', '-o', 'command=', '-p', String(pid)], { encoding: 'utf8' })
      .trim()
      .split(/\s+/);
  } catch {
    return undefined;
  }
}

const samePath = (a: string, b: string) => {
  if (resolve(a) === resolve(b)) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
};

/** A `postgres` process started with `-D <dataDir>`: the postmaster (its backends retitle themselves). */
export function isPostmasterOf(pid: number, dataDir: string): boolean {
  const args = argumentsOf(pid);
  if (!args?.length || basename(args[0]) !== 'postgres') return false;
  const d = args.indexOf('-D');
  return d >= 0 && d + 1 < args.length && samePath(args[d + 1], dataDir);
}

/** Processes whose working directory is the data directory: a postmaster and its backends (Linux). */
function processesIn(dataDir: string): number[] {
  if (process.platform !== 'linux') return [];
  let target: string;
  try {
    target = realpathSync(dataDir);
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) === target && isAlive(Number(entry))) pids.push(Number(entry));
    } catch {
      // Gone, or not ours to inspect.
    }
  }
  return pids;
}
