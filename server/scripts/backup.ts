/**
 * npm run backup -- --out <file> (contract, "Backups"): one archive of the whole database the app's
 * environment names, and `<file>.sha256` beside it, while the app may be running: the embedded
 * cluster in DATA_DIR through PostgreSQL's base-backup API (modules/backups/base-backup.ts), or
 * DATABASE_URL's with pg_dump. Without --out: a new file in BACKUP_DIR. Exit 0 when written.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { writeBackupArchive } from '../src/modules/backups/backup-archive.js';
import { BackupRefusal } from '../src/modules/backups/backup-refusal.js';
import { backupSourceFor } from '../src/modules/backups/backup-source.js';
import { backupFileName } from '../src/modules/backups/backup.service.js';

// Relative paths (--out, DATA_DIR, BACKUP_DIR) mean what they mean where `npm run backup` was typed.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

try {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const { source, release } = await backupSourceFor(config, logger, { startIfStopped: true });
  try {
    const out = resolve(values.out ?? `${config.backupDir}/${backupFileName(source.kind, new Date())}`);
    const archive = await writeBackupArchive(source, out, {
      logger,
      progress: {
        started: (lsn) => console.log(`backup started at WAL location ${lsn}`),
        stopped: (lsn) => console.log(`backup stopped at WAL location ${lsn}`),
      },
    });
    console.log(JSON.stringify(archive));
    console.log(`สำรองข้อมูลแล้ว — backup written: ${archive.file} (${archive.bytes} bytes), SHA-256 in ${archive.file}.sha256`);
  } finally {
    await release();
  }
  process.exitCode = 0;
} catch (error) {
  console.error(
    error instanceof BackupRefusal ? error.message : `สำรองข้อมูลไม่สำเร็จ — the backup failed: ${(error as Error)?.message ?? error}`,
  );
  process.exitCode = 1;
}
