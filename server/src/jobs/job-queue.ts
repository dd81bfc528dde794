import type { EntityManager } from '@mikro-orm/postgresql';
import { PgBoss } from 'pg-boss';
import type { Logger } from '../logger.js';
import type { BackupConfig } from '../modules/backups/backup.service.js';
import type { FileStore } from '../modules/files/file-store.js';
import { checkDeadlines, checkDeadlinesQueue } from './check-deadlines.job.js';
import { nightlyBackupQueue, runNightlyBackup } from './nightly-backup.job.js';
import { removeOrphanFilesQueue, removeOrphanFilesSchedule, runRemoveOrphanFiles } from './remove-orphan-files.job.js';

export interface JobQueue {
  /** Queues a deadline check now (the schedule runs one every minute anyway). */
  checkDeadlinesNow(): Promise<void>;
  /** Whether the queue reaches its database (one `select 1` on its own pool), for /health. */
  reachable(): Promise<boolean>;
  stop(): Promise<void>;
}

/**
 * The durable job queue (pg-boss, in the app's own database). The deadline check runs every minute
 * on whichever server takes it, and once at every start, so deadlines that fell due while no server
 * ran are raised when one comes back.
 */
export async function startJobQueue(
  databaseUrl: string,
  em: EntityManager,
  logger: Logger,
  backups?: BackupConfig,
  files?: FileStore,
): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString: databaseUrl, application_name: 'rongrian-jobs', max: 2 });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  let stopping = false;
  let stopped = false;
  boss.on('stopped', () => {
    stopped = true;
    if (!stopping) logger.error('the job queue stopped by itself');
  });
  await boss.start();
  await boss.createQueue(checkDeadlinesQueue);
  await boss.schedule(checkDeadlinesQueue, '* * * * *', null, { tz: 'UTC' });
  await boss.work(checkDeadlinesQueue, { pollingIntervalSeconds: 1 }, async () => {
    // Idempotent: a duplicate run raises nothing twice (stack.md, gotcha 9).
    const raised = await checkDeadlines(em.fork());
    if (raised) logger.info({ raised }, 'deadline alerts raised');
  });
  await boss.send(checkDeadlinesQueue);
  if (backups) await scheduleNightlyBackup(boss, em, backups, logger);
  if (files) await scheduleOrphanFileRemoval(boss, em, files, logger);
  return {
    async checkDeadlinesNow() {
      await boss.send(checkDeadlinesQueue);
    },
    async reachable() {
      if (stopped) return false;
      await boss.getDb().executeSql('select 1');
      return true;
    },
    stop() {
      stopping = true;
      return boss.stop({ graceful: true, timeout: 5_000 });
    },
  };
}

/**
 * Issue 11, item 7: the nightly backup at BACKUP_SCHEDULE, Bangkok time. pg-boss keeps schedules in
 * the database, so BACKUP_SCHEDULE=off removes one an earlier start made.
 */
async function scheduleNightlyBackup(boss: PgBoss, em: EntityManager, backups: BackupConfig, logger: Logger): Promise<void> {
  // A large database takes a while to copy; pg-boss would otherwise expire the job after 15 minutes.
  await boss.createQueue(nightlyBackupQueue, { expireInSeconds: 6 * 3600, retryLimit: 0 });
  if (!backups.backupSchedule) {
    await boss.unschedule(nightlyBackupQueue);
    return;
  }
  await boss.schedule(nightlyBackupQueue, backups.backupSchedule, null, { tz: 'Asia/Bangkok' });
  await boss.work(nightlyBackupQueue, { pollingIntervalSeconds: 30 }, async () => {
    await runNightlyBackup(em.fork(), backups, logger);
  });
}

/** Issue 12, item 4: uploads not attached within a day are removed, every hour, on whichever server takes it. */
async function scheduleOrphanFileRemoval(boss: PgBoss, em: EntityManager, files: FileStore, logger: Logger): Promise<void> {
  await boss.createQueue(removeOrphanFilesQueue);
  await boss.schedule(removeOrphanFilesQueue, removeOrphanFilesSchedule, null, { tz: 'UTC' });
  await boss.work(removeOrphanFilesQueue, { pollingIntervalSeconds: 30 }, async () => {
    await runRemoveOrphanFiles(em.fork(), files, logger);
  });
}
