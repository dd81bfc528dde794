import { Migration } from '@mikro-orm/migrations';

export class Migration20261201152713_proof_of_work extends Migration {

  override name = 'Migration20261201152713_proof_of_work';

  override up(): void | Promise<void> {
    this.addSql(`create table "proof_of_work_key" ("id" smallint primary key, "secret" bytea not null, "created_at" timestamptz not null default now());`);

    this.addSql(`create table "spent_challenge" ("nonce" text not null, "expires_at" timestamptz not null, primary key ("nonce"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "proof_of_work_key" cascade;`);
    this.addSql(`drop table if exists "spent_challenge" cascade;`);
  }

}
