import { Migration } from '@mikro-orm/migrations';

export class Migration20261201141318_import_register extends Migration {

  override name = 'Migration20261201141318_import_register';

  override up(): void | Promise<void> {
    this.addSql(`create table "import_batch" ("id" uuid not null, "file_name" text not null, "sha256" text not null, "rows" int not null, "imported" int not null, "already_present" int not null, "imported_by_id" uuid null, "imported_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "import_batch_sha256_index" on "import_batch" ("sha256");`);

    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_start_event_check";`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_start_event_check" check ("start_event" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED', 'CORRECTED', 'VOIDED', 'IMPORTED'));`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_kind_check";`);
    this.addSql(`alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED', 'CORRECTED', 'VOIDED', 'IMPORTED'));`);

    this.addSql(`alter table "import_batch" add constraint "import_batch_imported_by_id_foreign" foreign key ("imported_by_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "import_batch" cascade;`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_kind_check";`);
    this.addSql(`alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED', 'CORRECTED', 'VOIDED'));`);

    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_start_event_check";`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_start_event_check" check ("start_event" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED', 'CORRECTED', 'VOIDED'));`);
  }

}
