import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'ADMIN: the nightly backups (README, "Backups"): when the last one succeeded, and the last attempt' })
export class BackupStatus {
  @Field(() => Date, { nullable: true, description: 'When the last successful backup finished; null if none has yet' })
  lastSucceededAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The last successful backup's archive (its SHA-256 in the .sha256 beside it)" })
  lastFile!: string | null;

  @Field(() => Float, { nullable: true, description: "The last successful backup's size in bytes" })
  lastBytes!: number | null;

  @Field(() => String, { nullable: true, description: "The last successful backup's SHA-256" })
  lastSha256!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the last attempt, successful or not, finished' })
  lastAttemptAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (Thai — English); null when it succeeded' })
  lastError!: string | null;

  @Field(() => Int, { description: 'How many backups are kept (BACKUP_KEEP)' })
  keep!: number;

  @Field(() => String, { description: 'The folder the backups go to (BACKUP_DIR)' })
  directory!: string;

  @Field(() => String, { nullable: true, description: 'When the nightly backup runs (cron, Asia/Bangkok); null when it is off' })
  schedule!: string | null;
}
