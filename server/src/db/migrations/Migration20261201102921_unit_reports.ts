import { Migration } from '@mikro-orm/migrations';

export class Migration20261201102921_unit_reports extends Migration {

  override name = 'Migration20261201102921_unit_reports';

  override up(): void | Promise<void> {
    this.addSql(`create table "unit_report" ("complaint_id" uuid not null, "division_code" text not null, "outcome" text not null, "findings" text not null, "at" timestamptz not null, "reported_by_id" uuid not null, primary key ("complaint_id", "division_code"));`);

    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_start_event_check";`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_start_event_check" check ("start_event" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED'));`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_kind_check";`);
    this.addSql(`alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED'));`);

    this.addSql(`alter table "unit_report" add constraint "unit_report_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "unit_report" add constraint "unit_report_division_code_foreign" foreign key ("division_code") references "division" ("code") on update cascade on delete cascade;`);
    this.addSql(`alter table "unit_report" add constraint "unit_report_reported_by_id_foreign" foreign key ("reported_by_id") references "app_user" ("id");`);
    this.addSql(`alter table "unit_report" add constraint "unit_report_outcome_check" check ("outcome" in ('SUBSTANTIATED', 'UNSUBSTANTIATED', 'REFERRED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "unit_report" cascade;`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_kind_check";`);
    this.addSql(`alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED'));`);

    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_start_event_check";`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_start_event_check" check ("start_event" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED'));`);
  }

}
