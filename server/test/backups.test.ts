import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createGzip } from 'node:zlib';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInvariants, type AcknowledgedWrite } from '../scripts/crash-checks.js';
import { loadConfig } from '../src/config.js';
import { startApp, type App } from '../src/app.js';
import { embeddedUrl, freePort, postgresUser, runningPostmasterPort } from '../src/db/embedded-postgres.js';
import { Postmaster } from '../src/db/postmaster.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { createLogger } from '../src/logger.js';
import { BackupRefusal } from '../src/modules/backups/backup-refusal.js';
import { backupNow, backupStatus, pruneBackups, recordBackupRun } from '../src/modules/backups/backup.service.js';
import { restoreBackup } from '../src/modules/backups/restore-backup.js';
import { operation } from './contract.js';
import { Workflow, type ComplaintState } from './factories.js';
import { signedIn, type Agent } from './graphql-client.js';
import { createTestDatabase } from './harness.js';
import { alive, lockedPid, spawnServer, type ServerProcess } from './server-process.js';

/**
 * Issue 11, item 7 (contract, "Release 2" → "Backups"): `npm run backup` while the app records
 * complaints, `npm run restore` into a new DATA_DIR, `npm start` on it, `npm run audit:verify`.
 * Real processes throughout: the app as `npm start` runs it, the CLIs through npm from the root.
 */
const root = `/tmp/rongrian-backups-${process.pid}`;
const sourceDir = `${root}/data`;
const restoredDir = `${root}/restored`;
const archiveDir = `${root}/archives`;
const archive = `${archiveDir}/office.tar.gz`;
const repoRoot = new URL('../../', import.meta.url).pathname;
const servers: ServerProcess[] = [];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run <script> -- <args>` from the project's root, as an administrator types it. */
function npmRun(script: string, args: string[], env: Record<string, string>, onStdout?: (line: string) => void): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += String(chunk);
      for (const line of String(chunk).split('\n')) if (line) onStdout?.(line);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    child.once('error', reject);
    child.once('exit', (code) => resolveRun({ code, stdout, stderr }));
  });
}

/**
 * `npm run restore`'s work in this process, for the refusals beyond the first (each CLI run costs
 * ~2 s of npm and compiler start): the message it would print, or null when it restored.
 */
async function refusalOf(file: string, target: { dataDir?: string; databaseUrl?: string }): Promise<string | null> {
  try {
    await restoreBackup(file, { dataDir: target.dataDir ?? `${root}/unused`, databaseUrl: target.databaseUrl }, createLogger('silent'));
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(BackupRefusal);
    return (error as BackupRefusal).message;
  }
}

const start = (dataDir: string, env: Record<string, string> = {}) => {
  const server = spawnServer({ DATA_DIR: dataDir, ...env });
  servers.push(server);
  return server;
};

async function stop(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}

/** The embedded cluster of a running server, as the superuser (the tests compare rows straight from the tables). */
function clusterUrl(dataDir: string): string {
  const port = runningPostmasterPort(dataDir);
  if (!port) throw new Error(`no PostgreSQL runs in ${dataDir}`);
  return embeddedUrl(port, 'rongrian');
}

async function query<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A table's rows as text, in a stable order: equal on both sides means every row and column is there. */
const rowsOf = (url: string, table: string, where = 'true', values: unknown[] = []) =>
  query<{ rows: string | null }>(
    url,
    `select string_agg(t::text, E'\\n' order by t::text) as rows from ${table} t where ${where}`,
    values,
  ).then(([row]) => row.rows);

beforeAll(() => {
  mkdirSync(root, { recursive: true });
  // The postgres user (as root) must traverse every parent of a data directory (stack.md, gotcha 8).
  chmodSync(root, 0o755);
});

afterAll(async () => {
  for (const server of servers) server.child.kill('SIGTERM');
  await Promise.all(servers.map((server) => server.exited));
  for (const dir of [sourceDir, restoredDir]) {
    const orphan = lockedPid(dir);
    if (orphan && alive(orphan)) process.kill(orphan, 'SIGINT');
  }
  await rm(root, { recursive: true, force: true });
});

describe('backup and restore (issue 11, item 7; contract "Backups")', () => {
  let source: ServerProcess;
  let sourceUrl: string;
  let center: Agent;
  let flow: Workflow;
  /** Recordings the app acknowledged before `npm run backup` was started: each must be in the restore. */
  let beforeBackup: AcknowledgedWrite[] = [];
  let recorded: ComplaintState[] = [];
  let duringBackup = 0;
  /** Recordings acknowledged after the backup printed that it had started. */
  const afterBackupStarted = new Set<string>();
  let backupOutput = '';

  beforeAll(async () => {
    source = start(sourceDir, { JOBS: 'true', BACKUP_DIR: `${root}/nightly`, BACKUP_KEEP: '2' });
    sourceUrl = await source.started;
    center = await signedIn(sourceUrl, 'center');
    flow = new Workflow(center, await signedIn(sourceUrl, 'commander'));
  }, 90_000);

  it('writes one archive and its .sha256 while complaints are being recorded, and the restore holds every committed one, whole', async () => {
    // Complaints in several stages, with their events, units, a committee and notices.
    recorded.push(await flow.at('CLOSED'), await flow.at('COMMITTEE'), await flow.at('ORDERED'));
    const acknowledged: { complaint: ComplaintState; at: number }[] = [];
    let recording = true;
    const recorder = (async () => {
      while (recording) {
        const complaint = await flow.record({ subject: `เรื่องที่ ${acknowledged.length + 1} ระหว่างสำรองข้อมูล` });
        acknowledged.push({ complaint, at: performance.now() });
      }
    })();
    while (acknowledged.length < 5) await new Promise((resolveWait) => setTimeout(resolveWait, 20));

    const spawnedAt = performance.now();
    const countAtSpawn = acknowledged.length;
    let startedSeenAt = Number.POSITIVE_INFINITY;
    const backup = await npmRun('backup', ['--out', archive], { DATA_DIR: sourceDir }, (line) => {
      backupOutput += `${line}\n`;
      if (line.startsWith('backup started')) startedSeenAt = performance.now();
    });
    const exitedAt = performance.now();
    // A few more after the backup, which the restore must not invent either.
    const countAtExit = acknowledged.length;
    while (acknowledged.length < countAtExit + 3) await new Promise((resolveWait) => setTimeout(resolveWait, 20));
    recording = false;
    await recorder;

    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backupOutput).toMatch(/backup started at WAL location/);
    expect(backupOutput).toMatch(/backup stopped at WAL location/);
    duringBackup = acknowledged.filter(({ at }) => at > spawnedAt && at < exitedAt).length;
    for (const { complaint, at } of acknowledged) if (at > startedSeenAt) afterBackupStarted.add(complaint.id);
    // Recording went on while the backup ran: the app was not paused for it.
    expect(duringBackup).toBeGreaterThan(0);
    beforeBackup = [...recorded, ...acknowledged.slice(0, countAtSpawn).map(({ complaint }) => complaint)].map((c) => ({
      // Their recording (version 1), at least: the later moves are checked row for row below.
      complaintId: c.id,
      version: 1,
      event: 'RECEIVED',
      receiptNumber: c.receiptNumber,
    }));
    recorded = [...recorded, ...acknowledged.map(({ complaint }) => complaint)];

    // The .sha256 is in sha256sum's format: `sha256sum -c` checks the archive (README, "Backups").
    const sidecar = readFileSync(`${archive}.sha256`, 'utf8');
    expect(sidecar).toMatch(/^[0-9a-f]{64} {2}office\.tar\.gz\n$/);
    expect(execFileSync('sha256sum', ['-c', 'office.tar.gz.sha256'], { cwd: archiveDir, encoding: 'utf8' })).toContain('office.tar.gz: OK');
    expect(readdirSync(archiveDir).sort()).toEqual(['office.tar.gz', 'office.tar.gz.sha256']);
    // Personal data: the archive is readable by its owner only.
    expect(statSync(archive).mode & 0o777).toBe(0o600);
  }, 120_000);

  it('restores into a new DATA_DIR that `npm start` serves: every complaint committed before the backup, consistent rows, the audit chain whole', async () => {
    const restore = await npmRun('restore', ['--file', archive], { DATA_DIR: restoredDir });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/audit chain whole/);

    const restored = start(restoredDir);
    const restoredUrl = await restored.started;
    const sourceDb = clusterUrl(sourceDir);
    const restoredDb = clusterUrl(restoredDir);

    // The crash suite's invariants, on the restored database: no partial complaint, no gap in the
    // receipt numbers, rollups equal to a recount, every write acknowledged before the backup
    // present, every committed write audited, the audit chain verifying.
    const orm = await MikroORM.init(ormConfig({ databaseUrl: restoredDb, poolMax: 2 }));
    try {
      const results = await checkInvariants(restoredDb, orm.em, beforeBackup);
      expect(results.flatMap((result) => result.violations)).toEqual([]);
      expect(results.map((result) => result.name)).toContain('audit chain verifies');
    } finally {
      await orm.close(true);
    }

    // The restored complaints are exactly the first ones recorded (a consistent cut, nothing
    // invented) and include some recorded while the backup ran.
    const restoredIds = (await query<{ id: string }>(restoredDb, 'select id from complaint order by receipt_year, receipt_seq')).map(
      (r) => r.id,
    );
    const sourceIds = (await query<{ id: string }>(sourceDb, 'select id from complaint order by receipt_year, receipt_seq')).map(
      (r) => r.id,
    );
    expect(restoredIds).toEqual(sourceIds.slice(0, restoredIds.length));
    expect(restoredIds.length).toBeGreaterThanOrEqual(beforeBackup.length);
    expect(restoredIds.length).toBeLessThan(recorded.length);
    // The copy itself overlapped the recording: complaints acknowledged after the backup said it
    // had started (pg_backup_start had returned) are in the archive too.
    expect(restoredIds.filter((id) => afterBackupStarted.has(id)).length).toBeGreaterThan(0);

    // Row for row, column for column, as in the source: the complaints and everything of theirs …
    const ofRestored = 'complaint_id = any($1::uuid[])';
    expect(await rowsOf(restoredDb, 'complaint', 'id = any($1::uuid[])', [restoredIds])).toBe(
      await rowsOf(sourceDb, 'complaint', 'id = any($1::uuid[])', [restoredIds]),
    );
    for (const table of ['complainant', 'accused', 'evidence', 'complaint_unit', 'complaint_event', 'deadline', 'committee', 'notice']) {
      const restoredRows = await rowsOf(restoredDb, table, ofRestored, [restoredIds]);
      expect(restoredRows, table).toBe(await rowsOf(sourceDb, table, ofRestored, [restoredIds]));
    }
    // … the organisation's data, untouched by the recording …
    for (const table of ['organisation', 'channel', 'division', 'official', 'app_user', 'holiday', 'deadline_rule']) {
      expect(await rowsOf(restoredDb, table), table).toBe(await rowsOf(sourceDb, table));
    }
    // … and the audit trail: the source's first entries, hash for hash.
    const [{ entries }] = await query<{ entries: number }>(restoredDb, 'select count(*)::int as entries from audit_entry');
    expect(entries).toBeGreaterThan(restoredIds.length);
    expect(await rowsOf(restoredDb, 'audit_entry')).toBe(
      await rowsOf(sourceDb, '(select * from audit_entry order by id limit $1)', 'true', [entries]),
    );

    // The restored app serves them: the same complaint, and the same issued paperwork (the receipt
    // slip and the result letter are rendered from the stored rows: the same page, byte for byte).
    const restoredCenter = await signedIn(restoredUrl, 'center');
    const [closed] = recorded;
    expect((await restoredCenter.ok(operation('Complaint'), { id: closed.id })).complaint).toEqual(
      (await center.ok(operation('Complaint'), { id: closed.id })).complaint,
    );
    const page = async (agent: Agent, base: string, path: string) => {
      const response = await fetch(`${base}${path}`, { headers: { cookie: agent.cookie! } });
      expect(response.status, path).toBe(200);
      return response.text();
    };
    const [notice] = await query<{ id: string }>(restoredDb, 'select id from notice where complaint_id = $1', [closed.id]);
    expect(notice).toBeDefined();
    for (const path of [`/documents/complaints/${closed.id}/receipt.html`, `/documents/notices/${notice.id}.html`]) {
      expect(await page(restoredCenter, restoredUrl, path)).toBe(await page(center, sourceUrl, path));
    }
    // What the app writes next continues the numbers where the backup ended.
    const next = await new Workflow(restoredCenter, restoredCenter).record();
    expect(next.receiptNumber).toBe(recorded[restoredIds.length].receiptNumber);

    await stop(restored);
    // And `npm run audit:verify` holds on it (contract), with the app stopped.
    const verify = await npmRun('audit:verify', [], { DATA_DIR: restoredDir });
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/audit chain whole/);

    // With no server running, `npm run backup` starts the cluster itself, backs it up and stops it.
    const offline = await npmRun('backup', ['--out', `${archiveDir}/offline.tar.gz`], { DATA_DIR: restoredDir });
    expect(offline.code).toBe(0);
    expect(existsSync(`${archiveDir}/offline.tar.gz.sha256`)).toBe(true);
    expect(runningPostmasterPort(restoredDir)).toBeUndefined();
  }, 180_000);

  it('refuses a tampered archive, a wrong .sha256 and a missing one, and writes nothing', async () => {
    const target = `${root}/never`;
    const tampered = `${archiveDir}/tampered.tar.gz`;
    copyFileSync(archive, tampered);
    copyFileSync(`${archive}.sha256`, `${tampered}.sha256`);
    const bytes = readFileSync(tampered);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    writeFileSync(tampered, bytes);
    writeFileSync(`${tampered}.sha256`, readFileSync(`${archive}.sha256`, 'utf8').replace('office.tar.gz', 'tampered.tar.gz'));

    const wrongHash = `${archiveDir}/wrong-hash.tar.gz`;
    copyFileSync(archive, wrongHash);
    writeFileSync(`${wrongHash}.sha256`, `${'0'.repeat(64)}  wrong-hash.tar.gz\n`);

    const noHash = `${archiveDir}/no-hash.tar.gz`;
    copyFileSync(archive, noHash);

    // The CLI: exit code and its words, Thai first.
    const run = await npmRun('restore', ['--file', tampered], { DATA_DIR: target });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/does not match/);
    expect(run.stderr).toMatch(/^[\u0E00-\u0E7F]/);
    for (const [file, said] of [
      [wrongHash, /does not match/],
      [noHash, /There is no .*no-hash\.tar\.gz\.sha256/],
    ] as const) {
      expect(await refusalOf(file, { dataDir: target }), file).toMatch(said);
    }
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(root).filter((name) => name.startsWith('never'))).toEqual([]);

    // A file whose hash matches but which is no backup of ours: refused, nothing written either.
    const notABackup = `${archiveDir}/notes.tar.gz`;
    writeFileSync(notABackup, execFileSync('gzip', ['-c'], { input: 'not a tarball' }));
    writeFileSync(`${notABackup}.sha256`, execFileSync('sha256sum', ['notes.tar.gz'], { cwd: archiveDir }));
    expect(await refusalOf(notABackup, { dataDir: target })).toMatch(/not a valid Rongrian backup/);
    expect(readdirSync(root).filter((name) => name.startsWith('never'))).toEqual([]);
  }, 60_000);

  it('refuses an archive with an entry outside its data folder, writing nothing outside or inside', async () => {
    // A hand-made tarball whose hash matches: `data/../../escaped.txt` would land beside DATA_DIR.
    const pack = tar.pack();
    pack.entry({ name: 'data/', type: 'directory', mode: 0o700 });
    pack.entry({ name: 'data/../../escaped.txt', mode: 0o644 }, 'written outside');
    pack.entry({ name: 'rongrian-backup.json', mode: 0o644 }, JSON.stringify({ format: 'rongrian-backup', version: 1, kind: 'embedded' }));
    pack.finalize();
    const chunks: Buffer[] = [];
    for await (const chunk of pack.pipe(createGzip())) chunks.push(chunk as Buffer);
    const hostile = `${archiveDir}/hostile.tar.gz`;
    mkdirSync(archiveDir, { recursive: true });
    writeFileSync(hostile, Buffer.concat(chunks));
    writeFileSync(`${hostile}.sha256`, execFileSync('sha256sum', ['hostile.tar.gz'], { cwd: archiveDir }));
    expect(await refusalOf(hostile, { dataDir: `${root}/sub/hostile` })).toMatch(/lies outside data\//);
    expect(existsSync(`${root}/escaped.txt`)).toBe(false);
    expect(existsSync(`${root}/sub/escaped.txt`)).toBe(false);
    expect(existsSync(`${root}/sub/hostile`)).toBe(false);
  }, 30_000);

  it('refuses to restore into a DATA_DIR that holds files, and leaves it as it was', async () => {
    const occupied = `${root}/occupied`;
    mkdirSync(occupied);
    writeFileSync(`${occupied}/keep.txt`, 'the office notes');
    expect(await refusalOf(archive, { dataDir: occupied })).toMatch(/already holds files/);
    expect(readdirSync(occupied)).toEqual(['keep.txt']);
    expect(readFileSync(`${occupied}/keep.txt`, 'utf8')).toBe('the office notes');
  }, 30_000);

  it('"back up now" (ADMIN) writes into BACKUP_DIR, keeps the last BACKUP_KEEP, and backupStatus says when it last succeeded', async () => {
    const admin = await signedIn(sourceUrl, 'admin');
    const status = `{ lastSucceededAt lastFile lastBytes lastSha256 lastAttemptAt lastError keep directory schedule }`;
    const before = (await admin.ok(`query { backupStatus ${status} }`)).backupStatus;
    expect(before).toMatchObject({ lastSucceededAt: null, lastError: null, keep: 2, directory: `${root}/nightly`, schedule: '0 2 * * *' });

    const files: string[] = [];
    for (let i = 0; i < 3; i++) {
      const after = (await admin.ok(`mutation { runBackup ${status} }`)).runBackup;
      expect(after.lastError).toBeNull();
      expect(after.lastSucceededAt).not.toBeNull();
      expect(after.lastFile).toMatch(/\/nightly\/rongrian-\d{8}-\d{6}(-\d+)?\.tar\.gz$/);
      expect(readFileSync(`${after.lastFile}.sha256`, 'utf8').slice(0, 64)).toBe(after.lastSha256);
      files.push(after.lastFile);
    }
    // Only the newest two stay, each with its .sha256.
    const kept = readdirSync(`${root}/nightly`).sort();
    expect(kept).toEqual([files[1], files[2]].flatMap((file) => [file.split('/').pop()!, `${file.split('/').pop()!}.sha256`]).sort());

    // Not for other roles.
    const refused = await center.request(`query { backupStatus ${status} }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The schedule is registered with the job queue: 02:00 Bangkok time by default.
    const [schedule] = await query<{ cron: string; timezone: string }>(
      clusterUrl(sourceDir),
      `select cron, timezone from pgboss.schedule where name = 'nightly-backup'`,
    );
    expect(schedule).toEqual({ cron: '0 2 * * *', timezone: 'Asia/Bangkok' });
    // The run is on the audit trail like every mutation.
    const [{ audited }] = await query<{ audited: number }>(
      clusterUrl(sourceDir),
      `select count(*)::int as audited from audit_entry where action = 'runBackup' and outcome = 'OK'`,
    );
    expect(audited).toBe(3);
  }, 60_000);
});

describe('a backup that fails (issue 11, item 7)', () => {
  it('is recorded with its reason, and the status still names the last success', async () => {
    const database = await createTestDatabase();
    const orm = await MikroORM.init(ormConfig({ databaseUrl: database.url, poolMax: 2 }));
    try {
      const config = {
        ...loadConfig({ DATA_DIR: `${root}/nothing-here`, BACKUP_DIR: `${root}/failing`, BACKUP_KEEP: '3' }),
        databaseUrl: undefined,
      };
      const succeeded = new Date(Date.now() - 3 * 86_400_000);
      await recordBackupRun(orm.em.fork(), {
        trigger: 'SCHEDULE',
        startedAt: succeeded,
        finishedAt: succeeded,
        file: '/backups/rongrian-25691128-020000.tar.gz',
        bytes: 1234,
        sha256: 'a'.repeat(64),
        error: null,
      });
      const outcome = await backupNow(config, createLogger('silent'), 'SCHEDULE');
      expect(outcome.file).toBeNull();
      expect(outcome.error).toMatch(/ไม่พบฐานข้อมูล.*No database runs in DATA_DIR/);
      await recordBackupRun(orm.em.fork(), outcome);
      const status = await backupStatus(orm.em.fork(), config);
      expect(status).toMatchObject({ lastSucceededAt: succeeded, lastFile: '/backups/rongrian-25691128-020000.tar.gz', lastBytes: 1234 });
      expect(status.lastError).toBe(outcome.error);
      expect(status.lastAttemptAt).toEqual(outcome.finishedAt);
      expect(existsSync(`${root}/failing`)).toBe(false);
    } finally {
      await orm.close(true);
      await database.drop();
    }
  });

  it('pruning keeps the newest BACKUP_KEEP of the server-named archives only', async () => {
    const dir = `${root}/prune`;
    mkdirSync(dir, { recursive: true });
    const names = ['rongrian-25691201-020000.tar.gz', 'rongrian-25691202-020000.tar.gz', 'rongrian-25691203-020000.tar.gz'];
    names.forEach((name, i) => {
      writeFileSync(`${dir}/${name}`, String(i));
      writeFileSync(`${dir}/${name}.sha256`, String(i));
      execFileSync('touch', ['-d', `2026-12-0${i + 1} 02:00`, `${dir}/${name}`]);
    });
    writeFileSync(`${dir}/office-copy.tar.gz`, 'a copy the office made itself');
    expect(await pruneBackups(dir, 2)).toEqual([names[0]]);
    expect(readdirSync(dir).sort()).toEqual(['office-copy.tar.gz', ...names.slice(1).flatMap((name) => [name, `${name}.sha256`])].sort());
  });
});

/**
 * With DATABASE_URL (contract, "Backups": "the documented pg_dump way"): needs pg_dump and
 * pg_restore on PATH and a PostgreSQL server of their major version to dump from (Debian's
 * postgresql package: /usr/lib/postgresql/<major>/bin), since pg_dump refuses a newer server than
 * itself (the embedded one is 18). Skipped, saying so, on a machine without them.
 */
const clientMajor = (() => {
  try {
    return /\(PostgreSQL\) (\d+)/.exec(execFileSync('pg_dump', ['--version'], { encoding: 'utf8' }))?.[1];
  } catch {
    return undefined;
  }
})();
const debianBin = clientMajor ? `/usr/lib/postgresql/${clientMajor}/bin` : undefined;
const pgDumpMissing = !clientMajor
  ? 'pg_dump is not on PATH'
  : !existsSync(`${debianBin}/postgres`) || !existsSync(`${debianBin}/initdb`)
    ? `no PostgreSQL ${clientMajor} server in ${debianBin} to dump from`
    : undefined;
if (pgDumpMissing) console.warn(`[backups] the DATABASE_URL (pg_dump) test is skipped: ${pgDumpMissing}`);

describe.skipIf(Boolean(pgDumpMissing))('backup and restore with DATABASE_URL: pg_dump and pg_restore', () => {
  const pgDir = `${root}/pg${clientMajor}`;
  let postmaster: Postmaster | undefined;
  let app: App | undefined;
  let url: (database: string) => string;

  beforeAll(async () => {
    mkdirSync(root, { recursive: true });
    chmodSync(root, 0o755);
    const runAs = postgresUser(pgDir);
    mkdirSync(pgDir, { mode: 0o700 });
    if (runAs) execFileSync('chown', [`${runAs.uid}:${runAs.gid}`, pgDir]);
    execFileSync(`${debianBin}/initdb`, ['-D', pgDir, '-U', 'rongrian', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8'], {
      ...runAs,
      stdio: 'ignore',
    });
    const port = await freePort();
    postmaster = new Postmaster({
      binary: `${debianBin}/postgres`,
      dataDir: pgDir,
      port,
      flags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
      runAs,
      logger: createLogger('silent'),
    });
    await postmaster.start();
    url = (database) => `postgresql://rongrian@127.0.0.1:${port}/${database}`;
    await query(url('postgres'), 'create database source');
    await query(url('postgres'), 'create database target');
    const config = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: url('source'),
      SEED_DEMO: 'true',
      LOG_LEVEL: 'silent',
      JOBS: 'false',
    });
    app = await startApp(config, createLogger('silent'));
  }, 90_000);

  afterAll(async () => {
    await app?.stop();
    await postmaster?.stop();
  });

  it("dumps the running app's database with its .sha256, restores it into an empty database whole, and refuses a database that is not empty", async () => {
    const flow = new Workflow(await signedIn(app!.url, 'center'), await signedIn(app!.url, 'commander'));
    await flow.at('CLOSED');
    await flow.at('ORDERED');
    await flow.record();
    const dump = `${archiveDir}/office.pgdump`;
    const backup = await npmRun('backup', ['--out', dump], { DATABASE_URL: url('source') });
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(readFileSync(dump).subarray(0, 5).toString('latin1')).toBe('PGDMP');
    expect(execFileSync('sha256sum', ['-c', 'office.pgdump.sha256'], { cwd: archiveDir, encoding: 'utf8' })).toContain('office.pgdump: OK');

    // Into the embedded default instead: refused, nothing written.
    expect(await refusalOf(dump, { dataDir: `${root}/not-for-a-dump` })).toMatch(/restore it with DATABASE_URL naming an empty database/);
    expect(existsSync(`${root}/not-for-a-dump`)).toBe(false);

    const restore = await npmRun('restore', ['--file', dump], { DATABASE_URL: url('target') });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/3 complaints, audit chain whole/);
    for (const table of ['complaint', 'complainant', 'complaint_event', 'deadline', 'notice', 'app_user', 'audit_entry']) {
      expect(await rowsOf(url('target'), table), table).toBe(await rowsOf(url('source'), table));
    }

    expect(await refusalOf(dump, { databaseUrl: url('target') })).toMatch(/is not empty/);
  }, 90_000);
});
