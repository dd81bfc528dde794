import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, chown, lstat, mkdir, open, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, posix, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import tar from 'tar-stream';
import type { Config } from '../../config.js';
import { postgresUser, startEmbeddedPostgres } from '../../db/embedded-postgres.js';
import { ormConfig } from '../../db/mikro-orm.config.js';
import type { Logger } from '../../logger.js';
import { verifyAuditChain, type ChainCheck } from '../audit/audit.service.js';
import { clientConnection, manifestFormat, manifestName, runClientProgram, type BackupManifest } from './backup-archive.js';
import { BackupRefusal } from './backup-refusal.js';
import { dataPrefix } from './base-backup.js';
import { verifySidecar } from './sha256-file.js';

export interface RestoreResult {
  kind: 'embedded' | 'pg_dump';
  /** DATA_DIR, or the database DATABASE_URL names (without its password). */
  into: string;
  complaints: number;
  audit: ChainCheck;
}

type ArchiveKind = 'embedded' | 'pg_dump';

/** gzip's magic number starts a tarball of ours; "PGDMP" a pg_dump custom-format archive. */
async function kindOf(archive: string): Promise<ArchiveKind | undefined> {
  const handle = await open(archive, 'r');
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    if (head[0] === 0x1f && head[1] === 0x8b) return 'embedded';
    if (head.toString('latin1') === 'PGDMP') return 'pg_dump';
    return undefined;
  } finally {
    await handle.close();
  }
}

/**
 * `npm run restore -- --file <archive>` (contract, "Backups"): checks the archive against its
 * `.sha256` first, then restores it into a DATA_DIR that does not exist yet (or is empty), or into
 * the empty database DATABASE_URL names. A wrong archive or hash, or a place that already holds a
 * database, is refused before anything is written; a restore that fails half-way leaves nothing
 * (the embedded copy is unpacked beside DATA_DIR and renamed into place only once PostgreSQL has
 * started on it; pg_restore runs in a single transaction).
 */
export async function restoreBackup(
  archive: string,
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  logger: Logger,
): Promise<RestoreResult> {
  await verifySidecar(archive);
  const kind = await kindOf(archive);
  if (!kind) {
    throw new BackupRefusal(
      `${basename(archive)} ไม่ใช่ไฟล์สำรองข้อมูลของระบบร้องเรียน`,
      `${archive} is not a Rongrian backup (neither a .tar.gz of the embedded database nor a pg_dump archive)`,
    );
  }
  if (kind === 'embedded' && config.databaseUrl) {
    throw new BackupRefusal(
      'ไฟล์นี้สำรองจากฐานข้อมูลในเครื่อง (DATA_DIR): ให้กู้คืนโดยไม่ตั้งค่า DATABASE_URL และกำหนด DATA_DIR เป็นโฟลเดอร์ใหม่',
      'This archive is a copy of the embedded database: restore it without DATABASE_URL, into a new DATA_DIR',
    );
  }
  if (kind === 'pg_dump' && !config.databaseUrl) {
    throw new BackupRefusal(
      'ไฟล์นี้สำรองจากเซิร์ฟเวอร์ฐานข้อมูล (pg_dump): ให้กู้คืนโดยตั้งค่า DATABASE_URL เป็นฐานข้อมูลว่าง',
      'This archive is a pg_dump of a database server: restore it with DATABASE_URL naming an empty database',
    );
  }
  return kind === 'embedded' ? restoreEmbedded(archive, config.dataDir, logger) : restoreDump(archive, config.databaseUrl!, logger);
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/** An entry's path inside the data directory, or undefined for one that would leave it. */
function insideDataDir(name: string): string | undefined {
  const normal = posix.normalize(name);
  if (normal === dataPrefix || normal === `${dataPrefix}/`) return '';
  if (!normal.startsWith(`${dataPrefix}/`)) return undefined;
  const rel = normal.slice(dataPrefix.length + 1).replace(/\/$/, '');
  if (!rel || rel.startsWith('/') || rel.split('/').includes('..')) return undefined;
  return rel;
}

const notOurs = (archive: string, why: string) =>
  new BackupRefusal(`${basename(archive)} ไม่ใช่ไฟล์สำรองข้อมูลที่ถูกต้อง (${why})`, `${archive} is not a valid Rongrian backup: ${why}`);

/** Unpacks the tarball into `target` (a new directory), checking each entry's path and type. */
async function unpack(archive: string, target: string): Promise<BackupManifest> {
  const extract = tar.extract();
  const source = pipeline(createReadStream(archive), createGunzip(), extract);
  source.catch(() => undefined);
  let manifest: BackupManifest | undefined;
  const seen = new Set<string>();
  try {
    for await (const entry of extract) {
      const { name, type, mode } = entry.header;
      if (name === manifestName) {
        const chunks: Buffer[] = [];
        for await (const chunk of entry) chunks.push(chunk as Buffer);
        manifest = JSON.parse(Buffer.concat(chunks).toString('utf8')) as BackupManifest;
        continue;
      }
      const rel = insideDataDir(name);
      if (rel === undefined) throw notOurs(archive, `the entry ${name} lies outside ${dataPrefix}/`);
      const path = rel ? join(target, rel) : target;
      if (type === 'directory') {
        await mkdir(path, { recursive: true, mode: 0o700 });
        await chmod(path, (mode ?? 0o700) & 0o750);
      } else if (type === 'file') {
        await mkdir(dirname(path), { recursive: true, mode: 0o700 });
        await pipeline(entry, createWriteStream(path, { mode: (mode ?? 0o600) & 0o640 }));
        seen.add(rel);
      } else {
        throw notOurs(archive, `the entry ${name} is a ${type}`);
      }
      entry.resume();
    }
    await source;
  } catch (error) {
    extract.destroy();
    if (error instanceof BackupRefusal) throw error;
    throw notOurs(archive, (error as Error).message);
  }
  if (manifest?.format !== manifestFormat || manifest.kind !== 'embedded') throw notOurs(archive, `it carries no ${manifestName}`);
  for (const required of ['PG_VERSION', 'backup_label', 'global/pg_control']) {
    if (!seen.has(required)) throw notOurs(archive, `${required} is missing`);
  }
  return manifest;
}

/** As root: PostgreSQL runs as `postgres` (embedded-postgres.ts), which a new machine may not have yet. */
function ensurePostgresUser(dataDir: string): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    // What embedded-postgres's createPostgresUser does on a first start.
    execFileSync('groupadd', ['-f', 'postgres'], { stdio: 'ignore' });
    execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
  }
  return postgresUser(dataDir);
}

async function chownTree(path: string, owner: { uid: number; gid: number }): Promise<void> {
  await chown(path, owner.uid, owner.gid);
  if (!(await lstat(path)).isDirectory()) return;
  for (const entry of await readdir(path)) await chownTree(join(path, entry), owner);
}

/** Counts and verifies what a restored database holds: its complaints, and the audit chain (as `npm run audit:verify`). */
async function inspect(url: string): Promise<{ complaints: number; audit: ChainCheck }> {
  const orm = await MikroORM.init(ormConfig({ databaseUrl: url, poolMax: 1 }));
  try {
    const em = orm.em.fork();
    const [{ count }] = await em.getConnection().execute<{ count: number }[]>('select count(*)::int as count from complaint');
    return { complaints: count, audit: await verifyAuditChain(em) };
  } finally {
    await orm.close(true);
  }
}

async function restoreEmbedded(archive: string, dataDir: string, logger: Logger): Promise<RestoreResult> {
  const target = resolve(dataDir);
  if (!(await isEmptyOrMissing(target))) {
    throw new BackupRefusal(
      `DATA_DIR (${target}) มีข้อมูลอยู่แล้ว: กู้คืนได้เฉพาะโฟลเดอร์ใหม่ที่ยังไม่มีอยู่หรือว่างเปล่า ไม่ได้เปลี่ยนแปลงสิ่งใด`,
      `DATA_DIR (${target}) already holds files: a backup is restored only into a new or empty folder; nothing was changed`,
    );
  }
  const staging = `${target}.restoring-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(dirname(target), { recursive: true });
  await mkdir(staging, { mode: 0o700 });
  try {
    const manifest = await unpack(archive, staging);
    logger.info({ createdAt: manifest.createdAt, files: manifest.files, walSegments: manifest.walSegments }, 'archive unpacked');
    const owner = ensurePostgresUser(staging);
    if (owner) await chownTree(staging, owner);
    await chmod(staging, 0o700);
    // PostgreSQL finds backup_label, replays the included WAL to the end of the backup and opens.
    const cluster = await startEmbeddedPostgres({ dataDir: staging, port: 0, database: 'rongrian', logger });
    let contents: Awaited<ReturnType<typeof inspect>>;
    try {
      contents = await inspect(cluster.url);
    } finally {
      await cluster.stop();
    }
    if (!(await isEmptyOrMissing(target)))
      throw new BackupRefusal(`DATA_DIR (${target}) มีข้อมูลเข้ามาระหว่างกู้คืน`, `DATA_DIR (${target}) was filled meanwhile`);
    await rmdir(target).catch(() => undefined);
    await rename(staging, target);
    return { kind: 'embedded', into: target, ...contents };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function restoreDump(archive: string, url: string, logger: Logger): Promise<RestoreResult> {
  const { dbname, env } = clientConnection(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const {
      rows: [{ relations }],
    } = await client.query<{ relations: number }>(
      `select count(*)::int as relations from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%' and n.nspname not like 'pg_temp%'`,
    );
    if (relations > 0) {
      throw new BackupRefusal(
        'ฐานข้อมูลที่ DATABASE_URL ระบุมีข้อมูลอยู่แล้ว: กู้คืนได้เฉพาะฐานข้อมูลว่าง ไม่ได้เปลี่ยนแปลงสิ่งใด',
        `The database at DATABASE_URL (${dbname}) is not empty (${relations} tables, indexes or sequences): a backup is restored only into an empty database; nothing was changed`,
      );
    }
  } finally {
    await client.end();
  }
  // One transaction: an error part-way leaves the database as empty as it was.
  await runClientProgram('pg_restore', ['--exit-on-error', '--single-transaction', '--no-owner', '--dbname', dbname, archive], env);
  logger.info({ into: dbname }, 'pg_restore done');
  return { kind: 'pg_dump', into: dbname, ...(await inspect(url)) };
}
