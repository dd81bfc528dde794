import { randomUUID } from 'node:crypto';
import { BigIntType, OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One run of the nightly backup, or of "back up now" (issue 11, item 7): when, what it wrote, or why
 * it failed. The ADMIN page says from these when the last backup succeeded.
 */
@Entity({ tableName: 'backup_run' })
@Check({ name: 'backup_run_trigger_known', expression: "trigger in ('SCHEDULE', 'ADMIN')" })
@Check({ name: 'backup_run_outcome', expression: '(error is null) = (file is not null and sha256 is not null and bytes is not null)' })
@Index({ name: 'backup_run_finished_at_idx', properties: ['finishedAt'] })
export class BackupRun {
  [OptionalProps]?: 'file' | 'bytes' | 'sha256' | 'error';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** SCHEDULE (BACKUP_SCHEDULE) or ADMIN (runBackup). */
  @Property({ type: 'text' })
  trigger!: 'SCHEDULE' | 'ADMIN';

  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Property({ type: 'timestamptz' })
  finishedAt!: Date;

  /** The archive's full path; its SHA-256 is in `<file>.sha256` beside it. */
  @Property({ type: 'text', nullable: true })
  file: string | null = null;

  @Property({ type: new BigIntType('number'), nullable: true })
  bytes: number | null = null;

  @Property({ type: 'text', nullable: true })
  sha256: string | null = null;

  /** Why it failed, in the words the administrator reads (Thai — English). */
  @Property({ type: 'text', nullable: true })
  error: string | null = null;
}
