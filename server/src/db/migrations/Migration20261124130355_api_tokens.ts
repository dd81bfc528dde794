import { Migration } from '@mikro-orm/migrations';

export class Migration20261124130355_api_tokens extends Migration {

  override name = 'Migration20261124130355_api_tokens';

  override up(): void | Promise<void> {
    this.addSql(`create table "api_token" ("id" uuid not null, "name" text not null, "token_hash" text not null, "scopes" text[] not null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "api_token" add constraint "api_token_scopes_known" check (scopes <@ array['STATISTICS']::text[] and cardinality(scopes) > 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "api_token" cascade;`);
  }

}
