import { randomBytes } from 'node:crypto';
import { lstat, open, readdir } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { join, posix } from 'node:path';
import { once } from 'node:events';
import pg from 'pg';
import type { Pack } from 'tar-stream';
import type { Logger } from '../../logger.js';

/** What a base backup reports while it runs (the CLI prints these; the test reads them). */
export interface BaseBackupProgress {
  started(startLsn: string): void;
  stopped(stopLsn: string): void;
}

export interface BaseBackupResult {
  startLsn: string;
  stopLsn: string;
  files: number;
  walSegments: number;
  serverVersion: string;
}

/** Where the cluster's files go inside the archive; the archive's own manifest sits beside it. */
export const dataPrefix = 'data';

/**
 * What PostgreSQL's manual ("Making a Base Backup Using the Low Level API") says a copy of the data
 * directory may, and should, leave out: the lock and options files, and the contents of the
 * directories the server rebuilds at start (the directories themselves are kept, empty).
 * pg_wal's contents are added separately: exactly the segments the backup needs.
 */
const skippedFiles = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'backup_manifest']);
const emptiedDirectories = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_stat_tmp',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_subtrans',
]);
/** Temporary files and directories, anywhere (pgsql_tmp*), and relcache init files, rebuilt at start. */
const isTemporary = (name: string) => name.startsWith('pgsql_tmp') || name === 'pg_internal.init';

const chunkBytes = 256 * 1024;

/** Writes one tar entry and waits until the pack has taken it. */
async function writeEntry(pack: Pack, header: Parameters<Pack['entry']>[0], body?: Buffer): Promise<void> {
  await new Promise<void>((resolveEntry, reject) => {
    pack.entry(header, body ?? Buffer.alloc(0), (error) => (error ? reject(error) : resolveEntry()));
  });
}

/**
 * Copies one file into the archive as its size was when listed: a file that grows meanwhile is cut
 * there, one that shrinks is padded with zeros (as pg_basebackup does). Either is repaired by the
 * WAL the backup includes: a torn or stale page is rewritten from the full-page images that
 * PostgreSQL forces on while a backup runs. A file removed meanwhile (a dropped table) is skipped.
 */
async function copyFile(pack: Pack, path: string, name: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    const stat = await handle.stat();
    const size = stat.size;
    const done = new Promise<void>((resolveEntry, reject) => {
      const entry = pack.entry({ name, size, mode: stat.mode & 0o7777, mtime: stat.mtime, type: 'file' }, (error) =>
        error ? reject(error) : resolveEntry(),
      );
      (async () => {
        let position = 0;
        while (position < size) {
          const buffer = Buffer.alloc(Math.min(chunkBytes, size - position));
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
          // Past a shrunk file's end: zeros (Buffer.alloc), the full length.
          const chunk = bytesRead === 0 ? buffer : buffer.subarray(0, bytesRead);
          position += chunk.length;
          if (!entry.write(chunk)) await once(entry, 'drain');
        }
        entry.end(() => undefined);
      })().catch((error: unknown) => {
        entry.destroy(error as Error);
        reject(error as Error);
      });
    });
    await done;
    return true;
  } finally {
    await handle.close();
  }
}

/** Adds the data directory's files, depth first, leaving out what `skippedFiles`/`emptiedDirectories` name. */
async function copyTree(pack: Pack, root: string, relative: string, counter: { files: number }): Promise<void> {
  const entries = await readdir(join(root, relative), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = relative ? posix.join(relative, entry.name) : entry.name;
    const path = join(root, rel);
    const name = posix.join(dataPrefix, rel);
    if (isTemporary(entry.name)) continue;
    if (!relative && skippedFiles.has(entry.name)) continue;
    if (entry.isSymbolicLink()) {
      // pg_tblspc's links: the embedded cluster has no tablespaces, and a copy that silently lost one would not restore.
      throw new Error(`the data directory holds a symbolic link (${rel}): tablespaces are not supported by this backup`);
    }
    if (entry.isDirectory()) {
      const stat = await lstat(path).catch(() => undefined);
      if (!stat) continue;
      await writeEntry(pack, { name: `${name}/`, type: 'directory', mode: stat.mode & 0o7777, mtime: stat.mtime });
      if (!relative && emptiedDirectories.has(entry.name)) {
        // pg_wal keeps the subdirectories PostgreSQL expects to find there.
        if (entry.name === 'pg_wal') {
          for (const sub of ['archive_status', 'summaries']) {
            await writeEntry(pack, { name: `${name}/${sub}/`, type: 'directory', mode: stat.mode & 0o7777, mtime: stat.mtime });
          }
        }
        continue;
      }
      await copyTree(pack, root, rel, counter);
    } else if (entry.isFile()) {
      if (await copyFile(pack, path, name)) counter.files++;
    }
  }
}

const walSegmentName = /^([0-9A-F]{8})([0-9A-F]{8})([0-9A-F]{8})$/;

/** The segment names from `first` to `last`, in order (WAL file names: timeline, log id, segment). */
export function walSegmentsBetween(first: string, last: string, segmentBytes: number): string[] {
  const a = walSegmentName.exec(first);
  const b = walSegmentName.exec(last);
  if (!a || !b || a[1] !== b[1]) throw new Error(`unexpected WAL segment names ${first} … ${last}`);
  const perLogId = 0x1_0000_0000 / segmentBytes;
  const number = (match: RegExpExecArray) => parseInt(match[2], 16) * perLogId + parseInt(match[3], 16);
  const names: string[] = [];
  for (let n = number(a); n <= number(b); n++) {
    const hex = (value: number) => value.toString(16).toUpperCase().padStart(8, '0');
    names.push(`${a[1]}${hex(Math.floor(n / perLogId))}${hex(n % perLogId)}`);
  }
  return names;
}

const sizeInBytes = (setting: string) => {
  const match = /^(\d+)\s*(kB|MB|GB)?$/.exec(setting.trim());
  if (!match) throw new Error(`unexpected wal_segment_size ${setting}`);
  const unit: Record<string, number> = { kB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };
  return Number(match[1]) * (match[2] ? unit[match[2]] : 1);
};

/**
 * A consistent copy of a running cluster (issue 11, item 7), through PostgreSQL's low-level
 * base-backup API over one ordinary connection (the npm binaries carry no pg_basebackup):
 * 1. a temporary physical replication slot reserves the WAL from now on, so that no checkpoint
 *    recycles a segment the copy needs before it is copied (the slot ends with the session);
 * 2. `pg_backup_start(fast => true)` checkpoints and starts the backup;
 * 3. the data directory's files are copied while the app goes on writing;
 * 4. `pg_backup_stop()` ends it and answers the backup_label (and tablespace_map) the copy must carry;
 * 5. `pg_switch_wal()` completes the last segment, and the WAL from the start segment (named in the
 *    label) to the stop segment is copied into pg_wal.
 * Started on that directory, PostgreSQL finds backup_label, replays the included WAL up to the end
 * of the backup and beyond (everything committed before the stop), and opens: nothing else is needed.
 */
export async function writeBaseBackup(
  pack: Pack,
  options: { url: string; dataDir: string; logger: Logger; progress?: BaseBackupProgress },
): Promise<BaseBackupResult> {
  const client = new pg.Client({ connectionString: options.url, application_name: 'rongrian-backup' });
  client.on('error', (error) => options.logger.warn({ err: error }, 'backup connection error'));
  await client.connect();
  let backupRunning = false;
  try {
    const [{ server_version: serverVersion, wal_segment_size: segmentSetting, data_directory: dataDirectory }] = (
      await client.query<{ server_version: string; wal_segment_size: string; data_directory: string }>(
        `select current_setting('server_version') as server_version, current_setting('wal_segment_size') as wal_segment_size,
                current_setting('data_directory') as data_directory`,
      )
    ).rows;
    const dataDir = options.dataDir;
    if (realpathSync(dataDirectory) !== realpathSync(dataDir)) {
      throw new Error(`the PostgreSQL reached serves ${dataDirectory}, not ${dataDir}`);
    }
    const slot = `rongrian_backup_${randomBytes(6).toString('hex')}`;
    await client.query('select pg_create_physical_replication_slot($1, true, true)', [slot]);
    const label = `rongrian ${new Date().toISOString()}`;
    const { rows: started } = await client.query<{ lsn: string }>('select pg_backup_start($1, true)::text as lsn', [label]);
    backupRunning = true;
    const startLsn = started[0].lsn;
    options.logger.info({ startLsn, dataDirectory }, 'base backup started');
    options.progress?.started(startLsn);

    const counter = { files: 0 };
    await writeEntry(pack, { name: `${dataPrefix}/`, type: 'directory', mode: 0o700 });
    await copyTree(pack, dataDir, '', counter);

    const { rows: stopped } = await client.query<{ lsn: string; labelfile: string; spcmapfile: string }>(
      'select lsn::text as lsn, labelfile, spcmapfile from pg_backup_stop(false)',
    );
    backupRunning = false;
    const { lsn: stopLsn, labelfile, spcmapfile } = stopped[0];
    options.logger.info({ stopLsn }, 'base backup stopped');
    options.progress?.stopped(stopLsn);
    await client.query('select pg_switch_wal()');
    await writeEntry(pack, { name: `${dataPrefix}/backup_label`, mode: 0o600, type: 'file' }, Buffer.from(labelfile));
    if (spcmapfile) await writeEntry(pack, { name: `${dataPrefix}/tablespace_map`, mode: 0o600, type: 'file' }, Buffer.from(spcmapfile));

    // The first segment the restore replays, as the label names it ("START WAL LOCATION: 0/2000028 (file 0000…02)").
    const firstSegment = /START WAL LOCATION: .* \(file ([0-9A-F]{24})\)/.exec(labelfile)?.[1];
    if (!firstSegment) throw new Error(`the backup label names no start segment: ${labelfile}`);
    const {
      rows: [{ name: lastSegment }],
    } = await client.query<{ name: string }>('select pg_walfile_name($1::pg_lsn) as name', [stopLsn]);
    const segments = walSegmentsBetween(firstSegment, lastSegment, sizeInBytes(segmentSetting));
    for (const segment of segments) {
      if (!(await copyFile(pack, join(dataDir, 'pg_wal', segment), `${dataPrefix}/pg_wal/${segment}`))) {
        throw new Error(`the WAL segment ${segment} the backup needs is gone from pg_wal`);
      }
    }
    // A timeline's history, should the cluster ever have been promoted (none on timeline 1).
    for (const name of (await readdir(join(dataDir, 'pg_wal'))).filter((file) => file.endsWith('.history'))) {
      await copyFile(pack, join(dataDir, 'pg_wal', name), `${dataPrefix}/pg_wal/${name}`);
    }
    await client.query('select pg_drop_replication_slot($1)', [slot]);
    return { startLsn, stopLsn, files: counter.files, walSegments: segments.length, serverVersion };
  } finally {
    if (backupRunning) await client.query('select pg_backup_stop(false)').catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
