import { Migration } from '@mikro-orm/migrations';

export class Migration20261124130807_deadlines_rollups_api_tokens extends Migration {
  override name = 'Migration20261124130807_deadlines_rollups_api_tokens';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "complaint_rollup" ("month" date not null, "channel_code" text not null, "stage" text not null, "outcome" text not null, "reason" text not null, "complaints" int not null, primary key ("month", "channel_code", "stage", "outcome", "reason"));`,
    );

    this.addSql(
      `create table "deadline_rollup" ("month" date not null, "rule_code" text not null, "status" text not null, "clocks" int not null, primary key ("month", "rule_code", "status"));`,
    );

    this.addSql(
      `create table "deadline_rule" ("code" text not null, "name_th" text not null, "name_en" text not null, "manual_ref" text not null, "start_event" text not null, "amount" int not null, "unit" text not null, "stop_events" text[] not null, "stop_notice_kinds" text[] not null, "cancel_events" text[] not null, "applies_to" text not null, "position" smallint not null, primary key ("code"));`,
    );

    this.addSql(
      `create table "handling_rollup" ("month" date not null, "days" int not null, "complaints" int not null, "total_seconds" double precision not null, primary key ("month", "days"));`,
    );

    this.addSql(
      `create table "unit_rollup" ("month" date not null, "division_code" text not null, "complaints" int not null, primary key ("month", "division_code"));`,
    );

    this.addSql(
      `create table "deadline" ("complaint_id" uuid not null, "rule_code" text not null, "received_at" timestamptz not null, "started_at" timestamptz null, "due_at" timestamptz null, "due_soon_at" timestamptz null, "met_at" timestamptz null, "status" text not null, "due_soon_alerted_at" timestamptz null, "overdue_alerted_at" timestamptz null, primary key ("complaint_id", "rule_code"));`,
    );
    this.addSql(
      `create index "deadline_open_due_soon_index" on "deadline" ("due_soon_at") where met_at is null and status = 'PENDING' and due_soon_alerted_at is null;`,
    );
    this.addSql(
      `create index "deadline_open_due_index" on "deadline" ("due_at") where met_at is null and status = 'PENDING' and overdue_alerted_at is null;`,
    );
    this.addSql(`create index "deadline_open_received_index" on "deadline" ("received_at", "rule_code") where status = 'PENDING';`);

    this.addSql(
      `create table "api_token" ("id" uuid not null, "name" text not null, "token_hash" text not null, "scopes" text[] not null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

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

    this.addSql(`create or replace function "complaint_unit_roll_up_fn"() returns trigger as \$\$ begin if tg_op = 'INSERT' then
    insert into unit_rollup (month, division_code, complaints)
    select date_trunc('month', c.received_at at time zone 'Asia/Bangkok')::date, new.division_code, 1
      from complaint c where c.id = new.complaint_id
    on conflict (month, division_code) do update set complaints = unit_rollup.complaints + 1;   else
    update unit_rollup u set complaints = u.complaints - 1
      from complaint c
     where c.id = old.complaint_id and u.division_code = old.division_code
       and u.month = date_trunc('month', c.received_at at time zone 'Asia/Bangkok')::date;   end if;   return null; end; \$\$ language plpgsql;`);
    this.addSql(
      `create trigger "roll_up" AFTER INSERT OR DELETE on "complaint_unit" for each ROW execute function "complaint_unit_roll_up_fn"();`,
    );

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_kind_check";`);
    this.addSql(
      `alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED'));`,
    );

    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_amount_positive" check (amount > 0);`);
    this.addSql(
      `alter table "deadline_rule" add constraint "deadline_rule_start_event_check" check ("start_event" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED'));`,
    );
    this.addSql(
      `alter table "deadline_rule" add constraint "deadline_rule_unit_check" check ("unit" in ('WORKING_HOURS', 'WORKING_DAYS', 'DAYS'));`,
    );
    this.addSql(
      `alter table "deadline_rule" add constraint "deadline_rule_applies_to_check" check ("applies_to" in ('ALL', 'WITH_CONTACT'));`,
    );

    this.addSql(
      `alter table "deadline" add constraint "deadline_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "deadline" add constraint "deadline_rule_code_foreign" foreign key ("rule_code") references "deadline_rule" ("code") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "deadline" add constraint "deadline_status_check" check ("status" in ('PENDING', 'MET', 'MET_LATE', 'OVERDUE', 'CANCELLED'));`,
    );
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

    this.addSql(
      `alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "api_token" add constraint "api_token_scopes_known" check (scopes <@ array['STATISTICS']::text[] and cardinality(scopes) > 0);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "deadline" drop constraint "deadline_rule_code_foreign";`);

    this.addSql(`drop table if exists "complaint_rollup" cascade;`);
    this.addSql(`drop table if exists "deadline_rollup" cascade;`);
    this.addSql(`drop table if exists "deadline_rule" cascade;`);
    this.addSql(`drop table if exists "handling_rollup" cascade;`);
    this.addSql(`drop table if exists "unit_rollup" cascade;`);
    this.addSql(`drop trigger if exists "roll_up" on "deadline";`);
    this.addSql(`drop function if exists "deadline_roll_up_fn"();`);
    this.addSql(`drop table if exists "deadline" cascade;`);
    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop trigger if exists "roll_up" on "complaint";`);
    this.addSql(`drop function if exists "complaint_roll_up_fn"();`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_kind_check";`);
    this.addSql(
      `alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'NOTICE_SENT', 'CLOSED'));`,
    );

    this.addSql(`drop trigger if exists "roll_up" on "complaint_unit";`);
    this.addSql(`drop function if exists "complaint_unit_roll_up_fn"();`);
  }
}
