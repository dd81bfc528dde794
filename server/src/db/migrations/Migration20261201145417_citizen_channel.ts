import { Migration } from '@mikro-orm/migrations';

export class Migration20261201145417_citizen_channel extends Migration {

  override name = 'Migration20261201145417_citizen_channel';

  override up(): void | Promise<void> {
    this.addSql(`create table "public_limit" ("key" text not null, "hits" int not null, "window_started_at" timestamptz not null, primary key ("key"));`);

    this.addSql(`create table "tracking_code" ("code_hash" text not null, "complaint_id" uuid not null, "created_at" timestamptz not null default now(), primary key ("code_hash"));`);
    this.addSql(`alter table "tracking_code" add constraint "tracking_code_complaint_id_unique" unique ("complaint_id");`);

    this.addSql(`create table "complaint_message" ("id" uuid not null, "complaint_id" uuid not null, "author" text not null, "body" text not null, "at" timestamptz not null, "sent_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "complaint_message_at_index" on "complaint_message" ("at");`);
    this.addSql(`create index "complaint_message_complaint_id_at_index" on "complaint_message" ("complaint_id", "at");`);

    this.addSql(`alter table "tracking_code" add constraint "tracking_code_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on delete cascade;`);

    this.addSql(`alter table "complaint_message" add constraint "complaint_message_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on delete cascade;`);
    this.addSql(`alter table "complaint_message" add constraint "complaint_message_sent_by_id_foreign" foreign key ("sent_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "complaint_message" add constraint "complaint_message_author_check" check ("author" in ('COMPLAINANT', 'CENTER'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "public_limit" cascade;`);
    this.addSql(`drop table if exists "tracking_code" cascade;`);
    this.addSql(`drop table if exists "complaint_message" cascade;`);
  }

}
