import { Migration } from '@mikro-orm/migrations';

export class Migration20261201153051_stored_files extends Migration {

  override name = 'Migration20261201153051_stored_files';

  override up(): void | Promise<void> {
    this.addSql(`create table "stored_file" ("id" uuid not null, "complaint_id" uuid null, "file_name" text not null, "media_type" text not null, "bytes" int not null, "sha256" text not null, "content" bytea null, "store_key" text null, "source" text not null, "uploaded_by_id" uuid null, "uploaded_at" timestamptz not null, "attached_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "stored_file_unattached_index" on "stored_file" ("uploaded_at") where "complaint_id" is null;`);
    this.addSql(`create index "stored_file_complaint_id_uploaded_at_index" on "stored_file" ("complaint_id", "uploaded_at");`);

    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_start_event_check";`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_start_event_check" check ("start_event" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED', 'CORRECTED', 'VOIDED', 'IMPORTED', 'FILES_ATTACHED'));`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_kind_check";`);
    this.addSql(`alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED', 'CORRECTED', 'VOIDED', 'IMPORTED', 'FILES_ATTACHED'));`);

    this.addSql(`alter table "stored_file" add constraint "stored_file_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on delete set null;`);
    this.addSql(`alter table "stored_file" add constraint "stored_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "stored_file" add constraint "stored_file_one_store" check ((content is null) <> (store_key is null));`);
    this.addSql(`alter table "stored_file" add constraint "stored_file_source_check" check ("source" in ('PUBLIC', 'STAFF'));`);
    // Files are mostly compressed already (JPEG, MP4, PDF); stored uncompressed, a download reads them in slices (file-store.ts).
    this.addSql(`alter table "stored_file" alter column "content" set storage external;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "stored_file" cascade;`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_kind_check";`);
    this.addSql(`alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED', 'CORRECTED', 'VOIDED', 'IMPORTED'));`);

    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_start_event_check";`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_start_event_check" check ("start_event" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED', 'CORRECTED', 'VOIDED', 'IMPORTED'));`);
  }

}
