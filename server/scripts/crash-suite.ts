/**
 * npm run test:crash [-- --kills 120 --workers 3 --seed 1 --keep] — issue 9: the server as `npm
 * start` runs it (`node server/dist/main.js`, built first if the sources are newer), on a fresh
 * DATA_DIR under /tmp, under a load of recordings and moves (crash-load.ts); at random moments a
 * SIGKILL of the server, of the embedded PostgreSQL's postmaster (its PID from postmaster.pid), or of
 * both. Nothing is cleaned up by hand: the server is started again (after a kill of the server or of
 * both), or the app's own supervisor restarts the database. After each recovery the invariants of
 * crash-checks.ts are read from the database. Prints the figures; exits 1 on any violation.
 * Not part of `npm test` (it runs for minutes).
 */
import 'reflect-metadata';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { freePort } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { isAlive, isPostmasterOf } from '../src/db/postmaster.js';
import { lockedPid } from '../test/server-process.js';
import { checkInvariants, checksThatMissAPlantedViolation, type CheckResult } from './crash-checks.js';
import { Load, randomSource } from './crash-load.js';

const { values: args } = parseArgs({
  options: {
    kills: { type: 'string', default: '120' },
    workers: { type: 'string', default: '3' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    keep: { type: 'boolean', default: false },
  },
});
const kills = Number(args.kills);
const seed = Number(args.seed);
const random = randomSource(seed);

const serverDir = new URL('..', import.meta.url).pathname;
const repoDir = join(serverDir, '..');
const main = join(serverDir, 'dist/main.js');
const dataDir = `/tmp/rongrian-crash-${process.pid}`;
const logFile = `${dataDir}.log`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** `npm start` runs server/dist: build it when a source is newer (or it is missing). */
function ensureBuilt(): void {
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
        const path = join(dir, entry.name);
        return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
      }),
    );
  if (existsSync(main) && statSync(main).mtimeMs >= newest(join(serverDir, 'src'))) return;
  console.log('building the server (server/dist is older than server/src)…');
  const build = spawnSync('npm', ['run', 'build', '-w', 'server'], { cwd: repoDir, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build -w server failed');
}

ensureBuilt();
await rm(dataDir, { recursive: true, force: true });
const [appPort, pgPort] = [await freePort(), await freePort()];
const baseUrl = `http://127.0.0.1:${appPort}`;
const databaseUrl = `postgresql://rongrian:rongrian@127.0.0.1:${pgPort}/rongrian`;
const log = createWriteStream(logFile, { flags: 'a' });

let server: ChildProcess | undefined;
let starts = 0;

/** `npm start`'s process, with the environment a deployment on this machine would give it. */
function startServer(): Promise<void> {
  starts++;
  log.write(`--- start ${starts} at ${new Date().toISOString()}\n`);
  const child = spawn(process.execPath, [main], {
    cwd: repoDir,
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(appPort),
      EMBEDDED_PG_PORT: String(pgPort),
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      output = (output + String(chunk)).slice(-20_000);
      if (output.includes('"msg":"Rongrian is running')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => reject(new Error(`the server exited (${signal ?? code}) before it ran: ${output.slice(-3_000)}`)));
  });
}

async function killServer(): Promise<void> {
  const child = server!;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** The embedded cluster's postmaster: the PID its lock file records, checked to be that process. */
function postmasterPid(): number {
  const pid = lockedPid(dataDir);
  if (!pid || !isAlive(pid) || !isPostmasterOf(pid, dataDir))
    throw new Error(`no running postmaster in ${dataDir} (lock file names ${pid})`);
  return pid;
}

async function until(condition: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (
    !(await Promise.resolve()
      .then(condition)
      .catch(() => false))
  ) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    await sleep(25);
  }
}

const healthy = async () => (await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(5_000) })).status === 200;

type KillKind = 'server' | 'database' | 'both';
/** Equal shares of the three kinds, in a random order. */
const schedule: KillKind[] = Array.from({ length: kills }, (_, i) => (['server', 'database', 'both'] as const)[i % 3]);
for (let i = schedule.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [schedule[i], schedule[j]] = [schedule[j], schedule[i]];
}

const restartMs: Record<KillKind, number[]> = { server: [], database: [], both: [] };
const checks = new Map<string, { passed: number; failed: number; violations: number; examples: string[]; ms: number[] }>();
const startedAt = Date.now();
let load: Load | undefined;
let orm: MikroORM | undefined;
let fatal: Error | undefined;

/** The checks, again after a connection error (not a violation: the checker's own pool saw the kill). */
async function checked(ormForChain: MikroORM): Promise<CheckResult[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await checkInvariants(databaseUrl, ormForChain.em, load!.acknowledged);
    } catch (error) {
      if (attempt === 3) throw error;
      await sleep(500);
    }
  }
}

function tally(results: CheckResult[]): number {
  let violations = 0;
  for (const result of results) {
    const entry = checks.get(result.name) ?? { passed: 0, failed: 0, violations: 0, examples: [], ms: [] };
    entry.ms.push(result.ms);
    if (result.violations.length) entry.failed++;
    else entry.passed++;
    entry.violations = Math.max(entry.violations, result.violations.length);
    for (const violation of result.violations)
      if (entry.examples.length < 5 && !entry.examples.includes(violation)) entry.examples.push(violation);
    checks.set(result.name, entry);
    violations += result.violations.length;
  }
  return violations;
}

console.log(`crash suite: ${kills} kills, seed ${seed}, ${args.workers} workers; data ${dataDir}, server log ${logFile}`);
try {
  await startServer();
  await until(healthy, 60_000, '/health');
  orm = await MikroORM.init(ormConfig({ databaseUrl, poolMax: 1 }));
  load = new Load(baseUrl, random, Number(args.workers));
  await load.signIn();
  // Before the first kill: some complaints, and proof that each check sees what it looks for.
  load.start();
  await sleep(1_000);
  await load.pause();
  if (!load.figures.recordings)
    throw new Error(`no recording was acknowledged before the first kill (refused: ${JSON.stringify(load.figures.refused)})`);
  const missed = await checksThatMissAPlantedViolation(databaseUrl);
  if (missed.length) throw new Error(`these checks missed a violation planted for them: ${missed.join(', ')}`);
  console.log('self-test: every check reported the violation planted for it (rolled back)');

  for (const [index, kind] of schedule.entries()) {
    const before = load.figures.acknowledged;
    load.start();
    // A random moment under load.
    await sleep(300 + random() * 1_700);
    const victim = kind === 'server' ? undefined : postmasterPid();
    const killedAt = Date.now();
    if (victim) process.kill(victim, 'SIGKILL');
    if (kind !== 'database') await killServer();
    await load.pause();
    if (kind === 'database') {
      // The app's supervisor starts it again; /health says when the app can use it.
      await until(
        () => {
          const pid = lockedPid(dataDir);
          return pid !== undefined && pid !== victim && isAlive(pid) && isPostmasterOf(pid, dataDir);
        },
        60_000,
        'the supervisor to restart the database',
      );
    } else {
      await startServer();
    }
    await until(healthy, 60_000, '/health to answer 200');
    const took = Date.now() - killedAt;
    restartMs[kind].push(took);

    await load.resync();
    const violations = tally(await checked(orm));
    console.log(
      `#${String(index + 1).padStart(3)} ${kind.padEnd(8)} back in ${seconds(took).padStart(7)}  ` +
        `+${load.figures.acknowledged - before} acknowledged (${load.figures.acknowledged})  ${violations ? `${violations} violations` : 'all checks hold'}`,
    );
  }
} catch (error) {
  fatal = error as Error;
  console.error(`\nthe crash suite could not go on: ${fatal.message}`);
} finally {
  if (load) await load.pause().catch(() => undefined);
}

// A clean stop at the end: SIGTERM, exit 0, no postgres left behind.
let cleanStop = false;
if (server && server.exitCode === null && server.signalCode === null) {
  const exited = new Promise<number | null>((resolve) => server!.once('exit', (code) => resolve(code)));
  const pid = lockedPid(dataDir);
  server.kill('SIGTERM');
  cleanStop = (await exited) === 0 && (pid === undefined || !isAlive(pid));
}
await orm?.close(true);

const percentile = (values: number[], p: number) => {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const all = Object.values(restartMs).flat();
const row = (name: string, values: number[]) =>
  `  ${name.padEnd(9)} ${String(values.length).padStart(4)} kills   p50 ${seconds(percentile(values, 50))}   p95 ${seconds(percentile(values, 95))}   max ${seconds(Math.max(...values))}`;
const serverLog = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
const occurrences = (text: string) => serverLog.split(text).length - 1;

console.log(`\n=== crash suite: ${all.length} of ${kills} kills in ${seconds(Date.now() - startedAt)} (seed ${seed}) ===`);
console.log('restart (kill → /health 200):');
for (const kind of ['server', 'database', 'both'] as const) if (restartMs[kind].length) console.log(row(kind, restartMs[kind]));
if (all.length) console.log(row('all', all));
console.log(
  `server starts: ${starts} (npm start's process); database restarts by the supervisor: ${occurrences('"msg":"the embedded PostgreSQL is running again"')}`,
);
console.log(
  `postgres left running by a killed server, stopped at start: ${occurrences('left running by an earlier process holds the data directory')}; ` +
    `stale locks removed: ${occurrences('removing a stale postmaster.pid')}; ` +
    `start attempts retried while a killed postmaster's backends lingered: ${occurrences('cannot start yet; retrying')}`,
);
if (load) {
  const f = load.figures;
  console.log(
    `writes acknowledged: ${f.acknowledged} (${f.recordings} recordings, ${f.moves} moves); answers lost to a kill: ${f.lost}; ` +
      `refused: ${JSON.stringify(f.refused)}`,
  );
}
console.log('checks after each recovery:');
let failed = Boolean(fatal) || !cleanStop;
for (const [name, entry] of checks) {
  console.log(
    `  ${name.padEnd(28)} passed ${String(entry.passed).padStart(4)}, failed ${String(entry.failed).padStart(4)}` +
      `${entry.failed ? ` (up to ${entry.violations} violations)` : ''}   (max ${Math.round(Math.max(...entry.ms))} ms)`,
  );
  for (const example of entry.examples) console.log(`      e.g. ${example}`);
  if (entry.failed) failed = true;
}
console.log(`clean stop at the end (SIGTERM → exit 0, postgres stopped): ${cleanStop ? 'yes' : 'no'}`);
log.end();
if (failed || args.keep) console.log(`kept for inspection: ${dataDir} and ${logFile}`);
else await Promise.all([rm(dataDir, { recursive: true, force: true }), rm(logFile, { force: true })]);
process.exitCode = failed ? 1 : 0;
