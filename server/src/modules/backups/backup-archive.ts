import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import type { Logger } from '../../logger.js';
import { BackupRefusal } from './backup-refusal.js';
import { writeBaseBackup, type BaseBackupProgress } from './base-backup.js';
import { sha256OfFile, writeSidecar } from './sha256-file.js';

/** What is backed up: the embedded cluster (by its files), or the server DATABASE_URL names (by pg_dump). */
export type BackupSource = { kind: 'embedded'; url: string; dataDir: string } | { kind: 'pg_dump'; url: string };

export interface BackupArchive {
  file: string;
  bytes: number;
  sha256: string;
  kind: BackupSource['kind'];
}

/** The archive's own description, its last entry: restore refuses a tar without it. */
export const manifestName = 'rongrian-backup.json';
export const manifestFormat = 'rongrian-backup';

export interface BackupManifest {
  format: typeof manifestFormat;
  version: 1;
  kind: 'embedded';
  createdAt: string;
  serverVersion: string;
  startLsn: string;
  stopLsn: string;
  files: number;
  walSegments: number;
}

/**
 * Writes one archive of the whole database to `out` and its SHA-256 to `out.sha256` (contract,
 * "Backups"). The bytes go to `out.partial` first and are renamed once complete and synced, so a
 * failed or interrupted run never leaves a file that looks like a backup.
 * - embedded: a gzip'd tar of a base backup (base-backup.ts) plus the manifest;
 * - DATABASE_URL: `pg_dump --format=custom` (restored with pg_restore), PostgreSQL's documented way.
 */
export async function writeBackupArchive(
  source: BackupSource,
  out: string,
  options: { logger: Logger; progress?: BaseBackupProgress },
): Promise<BackupArchive> {
  await mkdir(dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  try {
    const sha256 = source.kind === 'embedded' ? await writeTarball(source, partial, options) : await writeDump(source.url, partial);
    const handle = await open(partial, 'r+');
    await handle.sync();
    await handle.close();
    await rename(partial, out);
    await writeSidecar(out, sha256);
    const { size } = await stat(out);
    options.logger.info({ file: out, bytes: size, sha256 }, 'backup written');
    return { file: out, bytes: size, sha256, kind: source.kind };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function writeTarball(
  source: Extract<BackupSource, { kind: 'embedded' }>,
  partial: string,
  options: { logger: Logger; progress?: BaseBackupProgress },
): Promise<string> {
  const pack = tar.pack();
  const hash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  const written = pipeline(pack, createGzip({ level: 6 }), tap, createWriteStream(partial, { mode: 0o600 }));
  written.catch(() => undefined);
  try {
    const result = await writeBaseBackup(pack, {
      url: source.url,
      dataDir: source.dataDir,
      logger: options.logger,
      progress: options.progress,
    });
    const manifest: BackupManifest = {
      format: manifestFormat,
      version: 1,
      kind: 'embedded',
      createdAt: new Date().toISOString(),
      ...result,
    };
    await new Promise<void>((resolveEntry, reject) =>
      pack.entry({ name: manifestName, mode: 0o644 }, Buffer.from(JSON.stringify(manifest, null, 2)), (error) =>
        error ? reject(error) : resolveEntry(),
      ),
    );
    pack.finalize();
    await written;
  } catch (error) {
    pack.destroy(error as Error);
    await written.catch(() => undefined);
    throw error;
  }
  return hash.digest('hex');
}

/** A connection to pg_dump/pg_restore: the URL without its password, which goes in PGPASSWORD (not on a command line `ps` shows). */
export function clientConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Runs one of PostgreSQL's client programs from PATH; its stderr is the error when it fails. */
export function runClientProgram(program: 'pg_dump' | 'pg_restore', args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const errors: string[] = [];
    child.stderr.on('data', (chunk: Buffer) => errors.push(String(chunk)));
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new BackupRefusal(
              `ไม่พบโปรแกรม ${program}: ติดตั้งเครื่องมือไคลเอนต์ของ PostgreSQL (รุ่นเดียวกับเซิร์ฟเวอร์ฐานข้อมูลหรือใหม่กว่า)`,
              `${program} is not on PATH: install PostgreSQL's client programs (the database server's major version or newer)`,
            )
          : error,
      ),
    );
    child.once('exit', (code) => {
      if (code === 0) resolveRun();
      else {
        reject(
          new BackupRefusal(
            `${program} ทำงานไม่สำเร็จ (รหัส ${code}): ${errors.join('').trim()}`,
            `${program} failed (exit code ${code}): ${errors.join('').trim()}`,
          ),
        );
      }
    });
  });
}

async function writeDump(url: string, partial: string): Promise<string> {
  const { dbname, env } = clientConnection(url);
  await runClientProgram('pg_dump', ['--format=custom', '--file', partial, '--dbname', dbname], env);
  // The complainants' names and addresses are in it: readable by the owner only, like the tarball.
  await chmod(partial, 0o600);
  return sha256OfFile(partial);
}
