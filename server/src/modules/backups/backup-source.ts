import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../config.js';
import { embeddedUrl, runningPostmasterPort, startEmbeddedPostgres } from '../../db/embedded-postgres.js';
import type { Logger } from '../../logger.js';
import type { BackupSource } from './backup-archive.js';
import { BackupRefusal } from './backup-refusal.js';

/**
 * The database the app's environment names, reachable for a backup: DATABASE_URL as it is; the
 * embedded cluster in DATA_DIR through the postmaster that runs there (the app's: its port is in
 * the lock file, postmaster.pid), or, when none runs and `startIfStopped`, one started for the
 * backup and stopped by `release()`.
 */
export async function backupSourceFor(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  logger: Logger,
  { startIfStopped = false } = {},
): Promise<{ source: BackupSource; release(): Promise<void> }> {
  if (config.databaseUrl) return { source: { kind: 'pg_dump', url: config.databaseUrl }, release: async () => undefined };
  const port = runningPostmasterPort(config.dataDir);
  if (port)
    return { source: { kind: 'embedded', url: embeddedUrl(port, 'postgres'), dataDir: config.dataDir }, release: async () => undefined };
  if (!startIfStopped || !existsSync(join(config.dataDir, 'PG_VERSION'))) {
    throw new BackupRefusal(
      `ไม่พบฐานข้อมูลที่ทำงานอยู่ใน DATA_DIR (${config.dataDir})`,
      `No database runs in DATA_DIR (${config.dataDir})${startIfStopped ? ', and there is no cluster there to start' : ''}`,
    );
  }
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: 0, database: 'postgres', logger });
  return { source: { kind: 'embedded', url: embedded.url, dataDir: config.dataDir }, release: () => embedded.stop() };
}
