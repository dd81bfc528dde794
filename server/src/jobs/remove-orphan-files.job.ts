import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { removeOrphanFiles } from '../modules/files/file.service.js';
import type { FileStore } from '../modules/files/file-store.js';

export const removeOrphanFilesQueue = 'remove-orphan-files';

/** Every hour: uploads left unattached a day are removed with their objects (issue 12; idempotent, a duplicate run removes nothing twice). */
export const removeOrphanFilesSchedule = '17 * * * *';

export async function runRemoveOrphanFiles(em: EntityManager, store: FileStore, logger: Logger): Promise<void> {
  const removed = await removeOrphanFiles(em, store);
  if (removed) logger.info({ removed }, 'unattached uploads removed');
}
