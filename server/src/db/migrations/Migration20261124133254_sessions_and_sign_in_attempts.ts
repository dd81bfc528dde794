import { Migration } from '@mikro-orm/migrations';

export class Migration20261124133254_sessions_and_sign_in_attempts extends Migration {
  override name = 'Migration20261124133254_sessions_and_sign_in_attempts';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "sign_in_attempt" ("key" text not null, "failures" int not null, "last_failure_at" timestamptz not null, primary key ("key"));`,
    );

    this.addSql(`alter table "session" add "last_seen_at" timestamptz not null default now();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "sign_in_attempt" cascade;`);

    this.addSql(`alter table "session" drop column "last_seen_at";`);
  }
}
