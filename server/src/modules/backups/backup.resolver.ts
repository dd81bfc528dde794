import { Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { WritesLater } from '../audit/audited.js';
import { requireRole } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { backupNow, backupStatus, recordBackupRun } from './backup.service.js';
import { BackupStatus } from './backup.types.js';

const manageBackups = { th: 'ดูและสั่งสำรองข้อมูล', en: 'see and run backups' };

@Resolver(() => BackupStatus)
export class BackupResolver {
  @Query(() => BackupStatus, { description: 'ADMIN: when the last backup succeeded, and the last attempt (README, "Backups")' })
  backupStatus(@Ctx() ctx: Context) {
    requireRole(ctx, [Role.ADMIN], manageBackups);
    return backupStatus(ctx.em, ctx.config);
  }

  @Mutation(() => BackupStatus, {
    description:
      "ADMIN: backs up now into BACKUP_DIR, as the nightly job does; a failure is not an error but the answer's lastError (it is recorded like a success)",
  })
  @WritesLater()
  async runBackup(@Ctx() ctx: Context): Promise<BackupStatus> {
    requireRole(ctx, [Role.ADMIN], manageBackups);
    // The copy holds no transaction (it takes seconds); its outcome is written with the audit entry.
    const outcome = await backupNow(ctx.config, ctx.logger, 'ADMIN');
    await ctx.write!(() => recordBackupRun(ctx.em, outcome));
    return backupStatus(ctx.em, ctx.config);
  }
}
