import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { writeBackupArchive, type BackupSource } from './backup-archive.js';
import { BackupRun } from './backup-run.entity.js';
import { backupSourceFor } from './backup-source.js';
import type { BackupStatus } from './backup.types.js';

export type BackupConfig = Pick<Config, 'databaseUrl' | 'dataDir' | 'backupDir' | 'backupKeep' | 'backupSchedule'>;

/** The names the server gives its backups; only these are ever pruned from BACKUP_DIR. */
const backupName = /^rongrian-\d{8}-\d{6}(-\d+)?\.(tar\.gz|pgdump)$/;

/** `rongrian-25691201-020000.tar.gz`: the office's date and time (Asia/Bangkok, Buddhist Era year), sortable. */
export function backupFileName(kind: BackupSource['kind'], at: Date, nth = 1): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB-u-ca-buddhist', {
      timeZone: 'Asia/Bangkok',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  const stamp = `${parts.year}${parts.month}${parts.day}-${parts.hour}${parts.minute}${parts.second}`;
  return `rongrian-${stamp}${nth > 1 ? `-${nth}` : ''}.${kind === 'embedded' ? 'tar.gz' : 'pgdump'}`;
}

/** A name not taken yet in `dir`: a second backup within the same second gets `-2`, and so on. */
function freeName(dir: string, kind: BackupSource['kind'], at: Date): string {
  let nth = 1;
  while (existsSync(join(dir, backupFileName(kind, at, nth)))) nth++;
  return backupFileName(kind, at, nth);
}

/** Keeps the newest `keep` of the server's backups in `dir` (by the time each was written), deleting the rest with their .sha256. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => backupName.test(name));
  const written = new Map(await Promise.all(names.map(async (name) => [name, (await stat(join(dir, name))).mtimeMs] as const)));
  names.sort((a, b) => written.get(b)! - written.get(a)! || b.localeCompare(a));
  const removed = names.slice(keep);
  for (const name of removed) {
    await rm(join(dir, name), { force: true });
    await rm(join(dir, `${name}.sha256`), { force: true });
  }
  return removed;
}

export interface BackupOutcome {
  trigger: BackupRun['trigger'];
  startedAt: Date;
  finishedAt: Date;
  file: string | null;
  bytes: number | null;
  sha256: string | null;
  error: string | null;
}

let running: Promise<BackupOutcome> | undefined;

/**
 * One backup into BACKUP_DIR, then the pruning to BACKUP_KEEP (issue 11, item 7). Never throws: a
 * failure is the outcome's `error`, recorded like a success. A run asked for while one runs in this
 * process shares it (two presses of "back up now", a press during the nightly run).
 */
export function backupNow(config: BackupConfig, logger: Logger, trigger: BackupRun['trigger']): Promise<BackupOutcome> {
  running ??= (async (): Promise<BackupOutcome> => {
    const startedAt = new Date();
    try {
      const { source, release } = await backupSourceFor(config, logger);
      try {
        await mkdir(config.backupDir, { recursive: true });
        const name = freeName(config.backupDir, source.kind, startedAt);
        const archive = await writeBackupArchive(source, join(config.backupDir, name), { logger });
        const pruned = await pruneBackups(config.backupDir, config.backupKeep);
        if (pruned.length) logger.info({ pruned }, 'old backups deleted');
        return {
          trigger,
          startedAt,
          finishedAt: new Date(),
          file: archive.file,
          bytes: archive.bytes,
          sha256: archive.sha256,
          error: null,
        };
      } finally {
        await release();
      }
    } catch (error) {
      logger.error({ err: error, trigger }, 'backup failed');
      return {
        trigger,
        startedAt,
        finishedAt: new Date(),
        file: null,
        bytes: null,
        sha256: null,
        error: (error as Error)?.message ?? String(error),
      };
    }
  })().finally(() => {
    running = undefined;
  });
  return running;
}

export async function recordBackupRun(em: EntityManager, outcome: BackupOutcome): Promise<BackupRun> {
  const run = em.create(BackupRun, outcome);
  await em.flush();
  return run;
}

/** The ADMIN page's line: the last success and the last attempt, in two indexed reads of a small table. */
export async function backupStatus(em: EntityManager, config: BackupConfig): Promise<BackupStatus> {
  const [[lastSuccess], [lastAttempt]] = await Promise.all([
    em.find(BackupRun, { error: null }, { orderBy: { finishedAt: 'desc' }, limit: 1 }),
    em.find(BackupRun, {}, { orderBy: { finishedAt: 'desc' }, limit: 1 }),
  ]);
  return {
    lastSucceededAt: lastSuccess?.finishedAt ?? null,
    lastFile: lastSuccess?.file ?? null,
    lastBytes: lastSuccess?.bytes ?? null,
    lastSha256: lastSuccess?.sha256 ?? null,
    lastAttemptAt: lastAttempt?.finishedAt ?? null,
    lastError: lastAttempt?.error ?? null,
    keep: config.backupKeep,
    directory: config.backupDir,
    schedule: config.backupSchedule,
  };
}
