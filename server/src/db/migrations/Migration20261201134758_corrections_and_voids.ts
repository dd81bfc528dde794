import { Migration } from '@mikro-orm/migrations';

export class Migration20261201134758_corrections_and_voids extends Migration {

  override name = 'Migration20261201134758_corrections_and_voids';

  override up(): void | Promise<void> {
    this.addSql(`create table "complaint_correction" ("id" bigserial primary key, "complaint_id" uuid not null, "at" timestamptz not null default now(), "actor_id" uuid null, "reason" text not null, "fields" text[] not null, "voided" boolean not null default false, "changes" jsonb not null, "identity_changes" jsonb not null);`);
    this.addSql(`create index "complaint_correction_complaint_id_at_index" on "complaint_correction" ("complaint_id", "at");`);

    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_start_event_check";`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_start_event_check" check ("start_event" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED', 'CORRECTED', 'VOIDED'));`);

    this.addSql(`drop trigger if exists "roll_up" on "complaint";`);
    this.addSql(`drop function if exists "complaint_roll_up_fn"();`);
    this.addSql(`alter table "complaint" add "voided_at" timestamptz null, add "void_reason" text null;`);
    this.addSql(`create or replace function "complaint_roll_up_fn"() returns trigger as \$\$ begin if tg_op = 'UPDATE' then
    if old.stage = new.stage and old.outcome is not distinct from new.outcome
       and old.not_accepted_reason is not distinct from new.not_accepted_reason
       and old.received_at = new.received_at and old.channel_code = new.channel_code
       and old.voided_at is not distinct from new.voided_at then
      return null;     end if;     if old.received_at <> new.received_at or old.voided_at is distinct from new.voided_at then
      if old.voided_at is null then
        update unit_rollup u set complaints = u.complaints - 1
          from complaint_unit cu
         where cu.complaint_id = old.id and u.division_code = cu.division_code and u.month = date_trunc('month', old.received_at at time zone 'Asia/Bangkok')::date;       end if;       if new.voided_at is null then
        insert into unit_rollup (month, division_code, complaints)
        select date_trunc('month', new.received_at at time zone 'Asia/Bangkok')::date, cu.division_code, 1 from complaint_unit cu where cu.complaint_id = new.id
        on conflict (month, division_code) do update set complaints = unit_rollup.complaints + 1;       end if;     end if;     update complaint_rollup set complaints = complaints - 1
     where month = date_trunc('month', old.received_at at time zone 'Asia/Bangkok')::date and channel_code = old.channel_code and stage = case when old.voided_at is null then old.stage else 'VOID' end
       and outcome = coalesce(old.outcome, '') and reason = coalesce(old.not_accepted_reason, '');     if old.stage = 'CLOSED' and old.voided_at is null then
      update handling_rollup set complaints = complaints - 1, total_seconds = total_seconds - extract(epoch from old.last_event_at - old.received_at)
       where month = date_trunc('month', old.received_at at time zone 'Asia/Bangkok')::date and days = ceil(extract(epoch from old.last_event_at - old.received_at) / 86400)::int;     end if;   end if;   insert into complaint_rollup (month, channel_code, stage, outcome, reason, complaints)
  values (date_trunc('month', new.received_at at time zone 'Asia/Bangkok')::date, new.channel_code, case when new.voided_at is null then new.stage else 'VOID' end, coalesce(new.outcome, ''), coalesce(new.not_accepted_reason, ''), 1)
  on conflict (month, channel_code, stage, outcome, reason) do update set complaints = complaint_rollup.complaints + 1;   if new.stage = 'CLOSED' and new.voided_at is null then
    insert into handling_rollup (month, days, complaints, total_seconds)
    values (date_trunc('month', new.received_at at time zone 'Asia/Bangkok')::date, ceil(extract(epoch from new.last_event_at - new.received_at) / 86400)::int, 1, extract(epoch from new.last_event_at - new.received_at))
    on conflict (month, days) do update
      set complaints = handling_rollup.complaints + 1, total_seconds = handling_rollup.total_seconds + excluded.total_seconds;   end if;   return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "roll_up" AFTER INSERT OR UPDATE on "complaint" for each ROW execute function "complaint_roll_up_fn"();`);

    this.addSql(`drop trigger if exists "roll_up" on "deadline";`);
    this.addSql(`drop function if exists "deadline_roll_up_fn"();`);
    this.addSql(`create or replace function "deadline_roll_up_fn"() returns trigger as \$\$ begin if tg_op = 'UPDATE' then
    if old.status = new.status and old.met_at is not distinct from new.met_at and old.received_at = new.received_at then
      return null;     end if;     if old.status <> 'PENDING' then
      update deadline_rollup set clocks = clocks - 1
       where month = date_trunc('month', old.received_at at time zone 'Asia/Bangkok')::date
         and rule_code = old.rule_code and status = old.status;     end if;   end if;   if new.status <> 'PENDING' then
    insert into deadline_rollup (month, rule_code, status, clocks)
    values (date_trunc('month', new.received_at at time zone 'Asia/Bangkok')::date, new.rule_code, new.status, 1)
    on conflict (month, rule_code, status) do update set clocks = deadline_rollup.clocks + 1;   end if;   return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "roll_up" AFTER INSERT OR UPDATE on "deadline" for each ROW execute function "deadline_roll_up_fn"();`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_kind_check";`);
    this.addSql(`alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED', 'CORRECTED', 'VOIDED'));`);

    this.addSql(`alter table "complaint_correction" add constraint "complaint_correction_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id");`);
    this.addSql(`alter table "complaint_correction" add constraint "complaint_correction_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`create or replace function "complaint_correction_append_only_fn"() returns trigger as \$\$ begin raise exception 'complaint_correction is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "append_only" BEFORE UPDATE OR DELETE on "complaint_correction" for each ROW execute function "complaint_correction_append_only_fn"();`);
    // Written by hand: the schema differ does not see TRUNCATE triggers (as for complaint_event).
    this.addSql(`create or replace function "complaint_correction_no_truncate_fn"() returns trigger as \$\$ begin raise exception 'complaint_correction is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "no_truncate" BEFORE TRUNCATE on "complaint_correction" for each STATEMENT execute function "complaint_correction_no_truncate_fn"();`);
    this.addSql(`do \$\$ begin if exists (select 1 from pg_roles where rolname = 'rongrian_app') then revoke update, delete, truncate on complaint_correction from rongrian_app; end if; end \$\$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "no_truncate" on "complaint_correction";`);
    this.addSql(`drop function if exists "complaint_correction_no_truncate_fn"();`);
    this.addSql(`drop trigger if exists "append_only" on "complaint_correction";`);
    this.addSql(`drop function if exists "complaint_correction_append_only_fn"();`);
    this.addSql(`drop table if exists "complaint_correction" cascade;`);

    this.addSql(`drop trigger if exists "roll_up" on "complaint";`);
    this.addSql(`drop function if exists "complaint_roll_up_fn"();`);
    this.addSql(`alter table "complaint" drop column "voided_at", drop column "void_reason";`);
    this.addSql(`create or replace function "complaint_roll_up_fn"() returns trigger as \$\$ begin if tg_op = 'UPDATE' then
    if old.stage = new.stage and old.outcome is not distinct from new.outcome
       and old.not_accepted_reason is not distinct from new.not_accepted_reason
       and old.received_at = new.received_at and old.channel_code = new.channel_code then
      return null;     end if;     update complaint_rollup set complaints = complaints - 1
     where month = date_trunc('month', old.received_at at time zone 'Asia/Bangkok')::date and channel_code = old.channel_code and stage = old.stage
       and outcome = coalesce(old.outcome, '') and reason = coalesce(old.not_accepted_reason, '');     if old.stage = 'CLOSED' then
      update handling_rollup set complaints = complaints - 1, total_seconds = total_seconds - extract(epoch from old.last_event_at - old.received_at)
       where month = date_trunc('month', old.received_at at time zone 'Asia/Bangkok')::date and days = ceil(extract(epoch from old.last_event_at - old.received_at) / 86400)::int;     end if;   end if;   insert into complaint_rollup (month, channel_code, stage, outcome, reason, complaints)
  values (date_trunc('month', new.received_at at time zone 'Asia/Bangkok')::date, new.channel_code, new.stage, coalesce(new.outcome, ''), coalesce(new.not_accepted_reason, ''), 1)
  on conflict (month, channel_code, stage, outcome, reason) do update set complaints = complaint_rollup.complaints + 1;   if new.stage = 'CLOSED' then
    insert into handling_rollup (month, days, complaints, total_seconds)
    values (date_trunc('month', new.received_at at time zone 'Asia/Bangkok')::date, ceil(extract(epoch from new.last_event_at - new.received_at) / 86400)::int, 1, extract(epoch from new.last_event_at - new.received_at))
    on conflict (month, days) do update
      set complaints = handling_rollup.complaints + 1, total_seconds = handling_rollup.total_seconds + excluded.total_seconds;   end if;   return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "roll_up" AFTER INSERT OR UPDATE on "complaint" for each ROW execute function "complaint_roll_up_fn"();`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_kind_check";`);
    this.addSql(`alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED'));`);

    this.addSql(`drop trigger if exists "roll_up" on "deadline";`);
    this.addSql(`drop function if exists "deadline_roll_up_fn"();`);
    this.addSql(`create or replace function "deadline_roll_up_fn"() returns trigger as \$\$ begin if tg_op = 'UPDATE' then
    if old.status = new.status and old.met_at is not distinct from new.met_at then
      return null;     end if;     if old.status <> 'PENDING' then
      update deadline_rollup set clocks = clocks - 1
       where month = date_trunc('month', old.received_at at time zone 'Asia/Bangkok')::date
         and rule_code = old.rule_code and status = old.status;     end if;   end if;   if new.status <> 'PENDING' then
    insert into deadline_rollup (month, rule_code, status, clocks)
    values (date_trunc('month', new.received_at at time zone 'Asia/Bangkok')::date, new.rule_code, new.status, 1)
    on conflict (month, rule_code, status) do update set clocks = deadline_rollup.clocks + 1;   end if;   return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "roll_up" AFTER INSERT OR UPDATE on "deadline" for each ROW execute function "deadline_roll_up_fn"();`);

    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_start_event_check";`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_start_event_check" check ("start_event" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED'));`);
  }

}
