import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { backupNow, recordBackupRun, type BackupConfig } from '../modules/backups/backup.service.js';

export const nightlyBackupQueue = 'nightly-backup';

/**
 * Issue 11, item 7: the nightly backup into BACKUP_DIR, keeping the last BACKUP_KEEP, its outcome
 * recorded for the ADMIN page. A duplicate run (stack.md, gotcha 9) only writes one more archive,
 * which the pruning then counts like any other.
 */
export async function runNightlyBackup(em: EntityManager, config: BackupConfig, logger: Logger): Promise<void> {
  const outcome = await backupNow(config, logger, 'SCHEDULE');
  await recordBackupRun(em, outcome);
}
