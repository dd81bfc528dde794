import { Migration } from '@mikro-orm/migrations';

export class Migration20261124134232_identity_requests extends Migration {
  override name = 'Migration20261124134232_identity_requests';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "identity_request" ("id" uuid not null, "complaint_id" uuid not null, "requester_id" uuid not null, "reason" text not null, "status" text not null default 'PENDING', "decided_by_id" uuid null, "decided_at" timestamptz null, "expires_at" timestamptz null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "identity_request_complaint_id_requester_id_index" on "identity_request" ("complaint_id", "requester_id");`);

    this.addSql(
      `alter table "identity_request" add constraint "identity_request_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "identity_request" add constraint "identity_request_requester_id_foreign" foreign key ("requester_id") references "app_user" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "identity_request" add constraint "identity_request_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "identity_request" add constraint "identity_request_status_known" check (status in ('PENDING', 'APPROVED', 'REFUSED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity_request" cascade;`);
  }
}
