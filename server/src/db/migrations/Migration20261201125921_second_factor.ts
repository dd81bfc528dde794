import { Migration } from '@mikro-orm/migrations';

export class Migration20261201125921_second_factor extends Migration {

  override name = 'Migration20261201125921_second_factor';

  override up(): void | Promise<void> {
    this.addSql(`create table "second_factor" ("user_id" uuid not null, "secret" text not null, "confirmed_at" timestamptz null, "last_used_step" int null, "created_at" timestamptz not null default now(), primary key ("user_id"));`);

    this.addSql(`create table "recovery_code" ("id" uuid not null, "user_id" uuid not null, "code_hash" text not null, "used_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "recovery_code" add constraint "recovery_code_user_id_code_hash_unique" unique ("user_id", "code_hash");`);

    this.addSql(`alter table "organisation" add "second_factor_required" boolean not null default false;`);

    this.addSql(`alter table "second_factor" add constraint "second_factor_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "recovery_code" add constraint "recovery_code_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "second_factor" cascade;`);
    this.addSql(`drop table if exists "recovery_code" cascade;`);

    this.addSql(`alter table "organisation" drop column "second_factor_required";`);
  }

}
