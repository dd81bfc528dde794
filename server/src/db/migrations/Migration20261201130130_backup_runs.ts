import { Migration } from '@mikro-orm/migrations';

export class Migration20261201130130_backup_runs extends Migration {

  override name = 'Migration20261201130130_backup_runs';

  override up(): void | Promise<void> {
    this.addSql(`create table "backup_run" ("id" uuid not null, "trigger" text not null, "started_at" timestamptz not null, "finished_at" timestamptz not null, "file" text null, "bytes" bigint null, "sha256" text null, "error" text null, primary key ("id"));`);
    this.addSql(`create index "backup_run_finished_at_idx" on "backup_run" ("finished_at");`);

    this.addSql(`alter table "backup_run" add constraint "backup_run_outcome" check ((error is null) = (file is not null and sha256 is not null and bytes is not null));`);
    this.addSql(`alter table "backup_run" add constraint "backup_run_trigger_known" check (trigger in ('SCHEDULE', 'ADMIN'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "backup_run" cascade;`);
  }

}
