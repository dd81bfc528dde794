import { Migration } from '@mikro-orm/migrations';

export class Migration20261201114306_unit_reports extends Migration {
  override name = 'Migration20261201114306_unit_reports';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "unit_report" ("complaint_id" uuid not null, "division_code" text not null, "outcome" text not null, "findings" text not null, "at" timestamptz not null, "reported_by_id" uuid not null, primary key ("complaint_id", "division_code"));`,
    );

    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_start_event_check";`);
    this.addSql(
      `alter table "deadline_rule" add constraint "deadline_rule_start_event_check" check ("start_event" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED'));`,
    );

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_kind_check";`);
    this.addSql(
      `alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED'));`,
    );

    this.addSql(
      `alter table "unit_report" add constraint "unit_report_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "unit_report" add constraint "unit_report_division_code_foreign" foreign key ("division_code") references "division" ("code") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "unit_report" add constraint "unit_report_reported_by_id_foreign" foreign key ("reported_by_id") references "app_user" ("id");`,
    );
    this.addSql(
      `alter table "unit_report" add constraint "unit_report_outcome_check" check ("outcome" in ('SUBSTANTIATED', 'UNSUBSTANTIATED', 'REFERRED'));`,
    );
    this.addSql(
      `create or replace function "unit_report_append_only_fn"() returns trigger as \$\$ begin raise exception 'unit_report is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "append_only" BEFORE UPDATE OR DELETE on "unit_report" for each ROW execute function "unit_report_append_only_fn"();`,
    );

    // By hand: the schema differ cannot see a truncate trigger (as for complaint_event), and the
    // app's role may not change what it appends (Migration20261124140000_app_role).
    this.addSql(
      `create or replace function "unit_report_no_truncate_fn"() returns trigger as \$\$ begin raise exception 'unit_report is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "no_truncate" BEFORE TRUNCATE on "unit_report" for each STATEMENT execute function "unit_report_no_truncate_fn"();`,
    );
    this.addSql(
      `do \$\$ begin if exists (select 1 from pg_roles where rolname = 'rongrian_app') then revoke update, delete, truncate on unit_report from rongrian_app; end if; end \$\$;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "no_truncate" on "unit_report";`);
    this.addSql(`drop function if exists "unit_report_no_truncate_fn"();`);
    this.addSql(`drop trigger if exists "append_only" on "unit_report";`);
    this.addSql(`drop function if exists "unit_report_append_only_fn"();`);
    this.addSql(`drop table if exists "unit_report" cascade;`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_kind_check";`);
    this.addSql(
      `alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED'));`,
    );

    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_start_event_check";`);
    this.addSql(
      `alter table "deadline_rule" add constraint "deadline_rule_start_event_check" check ("start_event" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED'));`,
    );
  }
}
