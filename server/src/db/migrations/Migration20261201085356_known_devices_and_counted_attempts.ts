import { Migration } from '@mikro-orm/migrations';

export class Migration20261201085356_known_devices_and_counted_attempts extends Migration {
  override name = 'Migration20261201085356_known_devices_and_counted_attempts';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "known_device" ("token_hash" text not null, "user_id" uuid not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz not null default now(), primary key ("token_hash", "user_id"));`,
    );

    this.addSql(`alter table "sign_in_attempt" add "last_attempt_id" uuid null;`);

    this.addSql(
      `alter table "known_device" add constraint "known_device_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "known_device" cascade;`);

    this.addSql(`alter table "sign_in_attempt" drop column "last_attempt_id";`);
  }
}
