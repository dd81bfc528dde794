import { Migration } from '@mikro-orm/migrations';

export class Migration20261124124612_deadlines extends Migration {

  override name = 'Migration20261124124612_deadlines';

  override up(): void | Promise<void> {
    this.addSql(`create table "deadline_rule" ("code" text not null, "name_th" text not null, "name_en" text not null, "manual_ref" text not null, "start_event" text not null, "amount" int not null, "unit" text not null, "stop_events" text[] not null, "stop_notice_kinds" text[] not null, "cancel_events" text[] not null, "applies_to" text not null, "position" smallint not null, primary key ("code"));`);

    this.addSql(`create table "deadline" ("complaint_id" uuid not null, "rule_code" text not null, "started_at" timestamptz null, "due_at" timestamptz null, "due_soon_at" timestamptz null, "met_at" timestamptz null, "status" text not null, "due_soon_alerted_at" timestamptz null, "overdue_alerted_at" timestamptz null, primary key ("complaint_id", "rule_code"));`);
    this.addSql(`create index "deadline_open_due_soon_index" on "deadline" ("due_soon_at") where met_at is null and status = 'PENDING' and due_soon_alerted_at is null;`);
    this.addSql(`create index "deadline_open_due_index" on "deadline" ("due_at") where met_at is null and status = 'PENDING' and overdue_alerted_at is null;`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_kind_check";`);
    this.addSql(`alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED'));`);

    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_amount_positive" check (amount > 0);`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_start_event_check" check ("start_event" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED'));`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_unit_check" check ("unit" in ('WORKING_HOURS', 'WORKING_DAYS', 'DAYS'));`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_applies_to_check" check ("applies_to" in ('ALL', 'WITH_CONTACT'));`);

    this.addSql(`alter table "deadline" add constraint "deadline_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "deadline" add constraint "deadline_rule_code_foreign" foreign key ("rule_code") references "deadline_rule" ("code") on update cascade on delete cascade;`);
    this.addSql(`alter table "deadline" add constraint "deadline_status_check" check ("status" in ('PENDING', 'MET', 'MET_LATE', 'OVERDUE', 'CANCELLED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "deadline" drop constraint "deadline_rule_code_foreign";`);

    this.addSql(`drop table if exists "deadline_rule" cascade;`);
    this.addSql(`drop table if exists "deadline" cascade;`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_kind_check";`);
    this.addSql(`alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'NOTICE_SENT', 'CLOSED'));`);
  }

}
