import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 13, items 1 and 2: an organisation on every row, and row-level security as the second wall.
 *
 * Every table that holds a body's data gains `organisation_code`; the codes and numbers that ran
 * per deployment (channels, divisions, deadline rules, holidays, receipt and letter counters, the
 * rollups) now run per body, in keys that start with it. An existing single-body database keeps
 * its data unchanged: the new columns take the one body's code (`rongrian_current_organisation()`,
 * the columns' default, answers the only body when the statement runs for no body in particular).
 *
 * Row-level security (the entities' `bodyRows` policy) reads the session parameter
 * `rongrian.organisation`, which the app sets on each pooled connection from the caller's body
 * (db/organisation-scope.ts): a statement sees and writes only that body's rows, whatever its WHERE
 * clause forgot; '*' is the system's scope (jobs over all bodies), and a connection that never set
 * it sees nothing. The owner (migrations, backups) is not subject to it. The audit trail stays one
 * chain: `audit_append` runs as its owner.
 */
export class Migration20261201184038_organisation_on_every_row extends Migration {

  override name = 'Migration20261201184038_organisation_on_every_row';

  override up(): void | Promise<void> {
    this.addSql(`
      create function rongrian_current_organisation() returns text language sql stable as \$\$
        select case coalesce(current_setting('rongrian.organisation', true), '*')
                 when '*' then (select min(code) from organisation having count(*) = 1)
                 when '' then null
                 else current_setting('rongrian.organisation', true)
               end
      \$\$;`);
    this.addSql(`create table "referral" ("id" uuid not null, "organisation_code" text not null default rongrian_current_organisation(), "complaint_id" uuid not null, "to_organisation_code" text not null, "letter_number" text not null, "share_identity" boolean not null, "referred_at" timestamptz not null, "referred_by_id" uuid not null, "received_as" text null, "received_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "referral_complaint_id_index" on "referral" ("complaint_id");`);

    this.addSql(`alter table "official" drop constraint "official_division_code_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_division_code_foreign";`);

    this.addSql(`alter table "complaint" drop constraint "complaint_channel_code_foreign";`);

    this.addSql(`alter table "unit_report" drop constraint "unit_report_division_code_foreign";`);
    this.addSql(`alter table "unit_report" drop constraint "unit_report_complaint_id_foreign";`);

    this.addSql(`alter table "deadline" drop constraint "deadline_rule_code_foreign";`);
    this.addSql(`alter table "deadline" drop constraint "deadline_complaint_id_foreign";`);

    this.addSql(`alter table "complaint_unit" drop constraint "complaint_unit_division_code_foreign";`);
    this.addSql(`alter table "complaint_unit" drop constraint "complaint_unit_complaint_id_foreign";`);

    this.addSql(`alter table "audit_entry" add "organisation_code" text null default rongrian_current_organisation();`);
    this.addSql(`alter table "audit_entry" enable row level security;`);
    this.addSql(`create policy "body_rows" on "audit_entry" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "channel" drop constraint "channel_pkey";`);
    this.addSql(`alter table "channel" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "channel" add primary key ("organisation_code", "code");`);
    this.addSql(`alter table "channel" enable row level security;`);
    this.addSql(`create policy "body_rows" on "channel" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "complaint_rollup" drop constraint "complaint_rollup_pkey";`);
    this.addSql(`alter table "complaint_rollup" add "organisation_code" text not null default rongrian_current_organisation(), add "origin" text not null default '';`);
    this.addSql(`alter table "complaint_rollup" add primary key ("organisation_code", "month", "channel_code", "stage", "outcome", "reason", "origin");`);
    this.addSql(`alter table "complaint_rollup" enable row level security;`);
    this.addSql(`create policy "body_rows" on "complaint_rollup" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "deadline_rollup" drop constraint "deadline_rollup_pkey";`);
    this.addSql(`alter table "deadline_rollup" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "deadline_rollup" add primary key ("organisation_code", "month", "rule_code", "status");`);
    this.addSql(`alter table "deadline_rollup" enable row level security;`);
    this.addSql(`create policy "body_rows" on "deadline_rollup" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_pkey";`);
    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_start_event_check";`);
    this.addSql(`alter table "deadline_rule" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "deadline_rule" add primary key ("organisation_code", "code");`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_start_event_check" check ("start_event" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED', 'CORRECTED', 'VOIDED', 'IMPORTED', 'FILES_ATTACHED', 'REFERRED'));`);
    this.addSql(`alter table "deadline_rule" enable row level security;`);
    this.addSql(`create policy "body_rows" on "deadline_rule" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "division" drop constraint "division_pkey";`);
    this.addSql(`alter table "division" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "division" add primary key ("organisation_code", "code");`);
    this.addSql(`alter table "division" enable row level security;`);
    this.addSql(`create policy "body_rows" on "division" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "handling_rollup" drop constraint "handling_rollup_pkey";`);
    this.addSql(`alter table "handling_rollup" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "handling_rollup" add primary key ("organisation_code", "month", "days");`);
    this.addSql(`alter table "handling_rollup" enable row level security;`);
    this.addSql(`create policy "body_rows" on "handling_rollup" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "holiday" drop constraint "holiday_pkey";`);
    this.addSql(`alter table "holiday" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "holiday" add primary key ("organisation_code", "date");`);
    this.addSql(`alter table "holiday" enable row level security;`);
    this.addSql(`create policy "body_rows" on "holiday" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "official" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "official" add constraint "official_organisation_code_division_code_foreign" foreign key ("organisation_code", "division_code") references "division" ("organisation_code", "code") on update cascade;`);
    this.addSql(`alter table "official" enable row level security;`);
    this.addSql(`create policy "body_rows" on "official" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "organisation" enable row level security;`);
    this.addSql(`create policy "body_rows" on "organisation" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, code])));`);

    this.addSql(`alter table "outgoing_counter" drop constraint "outgoing_counter_pkey";`);
    this.addSql(`alter table "outgoing_counter" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "outgoing_counter" add primary key ("organisation_code", "year");`);
    this.addSql(`alter table "outgoing_counter" enable row level security;`);
    this.addSql(`create policy "body_rows" on "outgoing_counter" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "receipt_counter" drop constraint "receipt_counter_pkey";`);
    this.addSql(`alter table "receipt_counter" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "receipt_counter" add primary key ("organisation_code", "year");`);
    this.addSql(`alter table "receipt_counter" enable row level security;`);
    this.addSql(`create policy "body_rows" on "receipt_counter" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "stored_file_part" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "stored_file_part" enable row level security;`);
    this.addSql(`create policy "body_rows" on "stored_file_part" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "unit_rollup" drop constraint "unit_rollup_pkey";`);
    this.addSql(`alter table "unit_rollup" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "unit_rollup" add primary key ("organisation_code", "month", "division_code");`);
    this.addSql(`alter table "unit_rollup" enable row level security;`);
    this.addSql(`create policy "body_rows" on "unit_rollup" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "app_user" drop constraint "app_user_roles_known";`);
    this.addSql(`alter table "app_user" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "app_user" add constraint "app_user_roles_known" check (roles <@ array['ADMIN', 'CENTER_OFFICER', 'COMMANDER', 'DIVISION_OFFICER', 'EXECUTIVE', 'AUDITOR', 'OVERSEER']::text[]);`);
    this.addSql(`alter table "app_user" enable row level security;`);
    this.addSql(`create policy "body_rows" on "app_user" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "session" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "session" enable row level security;`);
    this.addSql(`create policy "body_rows" on "session" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "second_factor" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "second_factor" enable row level security;`);
    this.addSql(`create policy "body_rows" on "second_factor" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "report_snapshot" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "report_snapshot" enable row level security;`);
    this.addSql(`create policy "body_rows" on "report_snapshot" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "recovery_code" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "recovery_code" enable row level security;`);
    this.addSql(`create policy "body_rows" on "recovery_code" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "known_device" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "known_device" enable row level security;`);
    this.addSql(`create policy "body_rows" on "known_device" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "import_batch" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "import_batch" enable row level security;`);
    this.addSql(`create policy "body_rows" on "import_batch" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "complaint" drop constraint "complaint_receipt_year_receipt_seq_unique";`);
    this.addSql(`drop index "complaint_stage_received_at_index";`);
    this.addSql(`drop trigger if exists "roll_up" on "complaint";`);
    this.addSql(`drop function if exists "complaint_roll_up_fn"();`);
    this.addSql(`alter table "complaint" add "organisation_code" text not null default rongrian_current_organisation(), add "referred_at" timestamptz null, add "origin_organisation_code" text null, add "origin_receipt_number" text null, add "origin_agency" text null, add "origin_reference" text null;`);
    this.addSql(`alter table "complaint" add constraint "complaint_organisation_code_channel_code_foreign" foreign key ("organisation_code", "channel_code") references "channel" ("organisation_code", "code") on update cascade;`);
    this.addSql(`create index "complaint_organisation_code_stage_received_at_index" on "complaint" ("organisation_code", "stage", "received_at");`);
    this.addSql(`alter table "complaint" add constraint "complaint_organisation_code_receipt_year_receipt_seq_unique" unique ("organisation_code", "receipt_year", "receipt_seq");`);
    this.addSql(`alter table "complaint" add constraint "complaint_origin_agency_check" check ("origin_agency" in ('DAMRONGDHAMA', 'DISTRICT', 'PROVINCE', 'LINE_1111', 'OTHER'));`);
    this.addSql(`create or replace function "complaint_roll_up_fn"() returns trigger as \$\$ begin if tg_op = 'UPDATE' then
    if old.stage = new.stage and old.outcome is not distinct from new.outcome
       and old.not_accepted_reason is not distinct from new.not_accepted_reason
       and old.received_at = new.received_at and old.channel_code = new.channel_code
       and old.voided_at is not distinct from new.voided_at and old.origin_agency is not distinct from new.origin_agency then
      return null;     end if;     if old.received_at <> new.received_at or old.voided_at is distinct from new.voided_at then
      if old.voided_at is null then
        update unit_rollup u set complaints = u.complaints - 1
          from complaint_unit cu
         where cu.complaint_id = old.id and u.organisation_code = old.organisation_code and u.division_code = cu.division_code and u.month = date_trunc('month', old.received_at at time zone 'Asia/Bangkok')::date;       end if;       if new.voided_at is null then
        insert into unit_rollup (organisation_code, month, division_code, complaints)
        select new.organisation_code, date_trunc('month', new.received_at at time zone 'Asia/Bangkok')::date, cu.division_code, 1 from complaint_unit cu where cu.complaint_id = new.id
        on conflict (organisation_code, month, division_code) do update set complaints = unit_rollup.complaints + 1;       end if;     end if;     update complaint_rollup set complaints = complaints - 1
     where organisation_code = old.organisation_code and month = date_trunc('month', old.received_at at time zone 'Asia/Bangkok')::date and channel_code = old.channel_code and stage = case when old.voided_at is null then old.stage else 'VOID' end
       and outcome = coalesce(old.outcome, '') and reason = coalesce(old.not_accepted_reason, '')
       and origin = coalesce(old.origin_agency, '');     if old.stage = 'CLOSED' and old.voided_at is null then
      update handling_rollup set complaints = complaints - 1, total_seconds = total_seconds - extract(epoch from old.last_event_at - old.received_at)
       where organisation_code = old.organisation_code and month = date_trunc('month', old.received_at at time zone 'Asia/Bangkok')::date and days = ceil(extract(epoch from old.last_event_at - old.received_at) / 86400)::int;     end if;   end if;   insert into complaint_rollup (organisation_code, month, channel_code, stage, outcome, reason, origin, complaints)
  values (new.organisation_code, date_trunc('month', new.received_at at time zone 'Asia/Bangkok')::date, new.channel_code, case when new.voided_at is null then new.stage else 'VOID' end, coalesce(new.outcome, ''), coalesce(new.not_accepted_reason, ''), coalesce(new.origin_agency, ''), 1)
  on conflict (organisation_code, month, channel_code, stage, outcome, reason, origin) do update set complaints = complaint_rollup.complaints + 1;   if new.stage = 'CLOSED' and new.voided_at is null then
    insert into handling_rollup (organisation_code, month, days, complaints, total_seconds)
    values (new.organisation_code, date_trunc('month', new.received_at at time zone 'Asia/Bangkok')::date, ceil(extract(epoch from new.last_event_at - new.received_at) / 86400)::int, 1, extract(epoch from new.last_event_at - new.received_at))
    on conflict (organisation_code, month, days) do update
      set complaints = handling_rollup.complaints + 1, total_seconds = handling_rollup.total_seconds + excluded.total_seconds;   end if;   return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "roll_up" AFTER INSERT OR UPDATE on "complaint" for each ROW execute function "complaint_roll_up_fn"();`);
    this.addSql(`alter table "complaint" enable row level security;`);
    this.addSql(`create policy "body_rows" on "complaint" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "unit_report" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "unit_report" add constraint "unit_report_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id");`);
    this.addSql(`alter table "unit_report" enable row level security;`);
    this.addSql(`create policy "body_rows" on "unit_report" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "tracking_code" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "tracking_code" enable row level security;`);
    this.addSql(`create policy "body_rows" on "tracking_code" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "stored_file" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "stored_file" enable row level security;`);
    this.addSql(`create policy "body_rows" on "stored_file" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "notice" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "notice" enable row level security;`);
    this.addSql(`create policy "body_rows" on "notice" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "identity_request" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "identity_request" enable row level security;`);
    this.addSql(`create policy "body_rows" on "identity_request" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "evidence" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "evidence" enable row level security;`);
    this.addSql(`create policy "body_rows" on "evidence" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`drop trigger if exists "roll_up" on "deadline";`);
    this.addSql(`drop function if exists "deadline_roll_up_fn"();`);
    this.addSql(`alter table "deadline" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "deadline" add constraint "deadline_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on delete cascade;`);
    this.addSql(`create or replace function "deadline_roll_up_fn"() returns trigger as \$\$ begin if tg_op = 'UPDATE' then
    if old.status = new.status and old.met_at is not distinct from new.met_at and old.received_at = new.received_at then
      return null;     end if;     if old.status <> 'PENDING' then
      update deadline_rollup set clocks = clocks - 1
       where organisation_code = old.organisation_code and month = date_trunc('month', old.received_at at time zone 'Asia/Bangkok')::date
         and rule_code = old.rule_code and status = old.status;     end if;   end if;   if new.status <> 'PENDING' then
    insert into deadline_rollup (organisation_code, month, rule_code, status, clocks)
    values (new.organisation_code, date_trunc('month', new.received_at at time zone 'Asia/Bangkok')::date, new.rule_code, new.status, 1)
    on conflict (organisation_code, month, rule_code, status) do update set clocks = deadline_rollup.clocks + 1;   end if;   return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "roll_up" AFTER INSERT OR UPDATE on "deadline" for each ROW execute function "deadline_roll_up_fn"();`);
    this.addSql(`alter table "deadline" enable row level security;`);
    this.addSql(`create policy "body_rows" on "deadline" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`drop index "complaint_unit_division_code_complaint_id_index";`);
    this.addSql(`drop trigger if exists "roll_up" on "complaint_unit";`);
    this.addSql(`drop function if exists "complaint_unit_roll_up_fn"();`);
    this.addSql(`alter table "complaint_unit" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "complaint_unit" add constraint "complaint_unit_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on delete cascade;`);
    this.addSql(`create index "complaint_unit_organisation_code_division_code_com_d1122_index" on "complaint_unit" ("organisation_code", "division_code", "complaint_id");`);
    this.addSql(`create or replace function "complaint_unit_roll_up_fn"() returns trigger as \$\$ begin if tg_op = 'INSERT' then
    insert into unit_rollup (organisation_code, month, division_code, complaints)
    select c.organisation_code, date_trunc('month', c.received_at at time zone 'Asia/Bangkok')::date, new.division_code, 1
      from complaint c where c.id = new.complaint_id
    on conflict (organisation_code, month, division_code) do update set complaints = unit_rollup.complaints + 1;   else
    update unit_rollup u set complaints = u.complaints - 1
      from complaint c
     where c.id = old.complaint_id and u.organisation_code = c.organisation_code and u.division_code = old.division_code
       and u.month = date_trunc('month', c.received_at at time zone 'Asia/Bangkok')::date;   end if;   return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "roll_up" AFTER INSERT OR DELETE on "complaint_unit" for each ROW execute function "complaint_unit_roll_up_fn"();`);
    this.addSql(`alter table "complaint_unit" enable row level security;`);
    this.addSql(`create policy "body_rows" on "complaint_unit" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "complaint_message" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "complaint_message" enable row level security;`);
    this.addSql(`create policy "body_rows" on "complaint_message" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_kind_check";`);
    this.addSql(`alter table "complaint_event" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED', 'CORRECTED', 'VOIDED', 'IMPORTED', 'FILES_ATTACHED', 'REFERRED'));`);
    this.addSql(`alter table "complaint_event" enable row level security;`);
    this.addSql(`create policy "body_rows" on "complaint_event" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "complaint_correction" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "complaint_correction" enable row level security;`);
    this.addSql(`create policy "body_rows" on "complaint_correction" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "complainant" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "complainant" enable row level security;`);
    this.addSql(`create policy "body_rows" on "complainant" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "committee" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "committee" enable row level security;`);
    this.addSql(`create policy "body_rows" on "committee" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "committee_member" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "committee_member" enable row level security;`);
    this.addSql(`create policy "body_rows" on "committee_member" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "accused" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "accused" enable row level security;`);
    this.addSql(`create policy "body_rows" on "accused" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "api_token" add "organisation_code" text not null default rongrian_current_organisation();`);
    this.addSql(`alter table "api_token" enable row level security;`);
    this.addSql(`create policy "body_rows" on "api_token" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);

    this.addSql(`alter table "referral" add constraint "referral_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on delete cascade;`);
    this.addSql(`alter table "referral" add constraint "referral_referred_by_id_foreign" foreign key ("referred_by_id") references "app_user" ("id");`);
    this.addSql(`alter table "referral" enable row level security;`);
    this.addSql(`create policy "body_rows" on "referral" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);
    this.addSql(`alter function audit_append(jsonb) security definer set search_path = public;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter function audit_append(jsonb) security invoker reset search_path;`);
    this.addSql(`drop table if exists "referral" cascade;`);

    this.addSql(`drop policy "body_rows" on "accused";`);

    this.addSql(`drop policy "body_rows" on "api_token";`);

    this.addSql(`drop policy "body_rows" on "app_user";`);

    this.addSql(`drop policy "body_rows" on "audit_entry";`);

    this.addSql(`drop policy "body_rows" on "channel";`);

    this.addSql(`drop policy "body_rows" on "committee";`);

    this.addSql(`drop policy "body_rows" on "committee_member";`);

    this.addSql(`drop policy "body_rows" on "complainant";`);

    this.addSql(`drop policy "body_rows" on "complaint";`);
    this.addSql(`alter table "complaint" drop constraint "complaint_organisation_code_channel_code_foreign";`);

    this.addSql(`drop policy "body_rows" on "complaint_correction";`);

    this.addSql(`drop policy "body_rows" on "complaint_event";`);

    this.addSql(`drop policy "body_rows" on "complaint_message";`);

    this.addSql(`drop policy "body_rows" on "complaint_rollup";`);

    this.addSql(`drop policy "body_rows" on "complaint_unit";`);
    this.addSql(`alter table "complaint_unit" drop constraint "complaint_unit_complaint_id_foreign";`);

    this.addSql(`drop policy "body_rows" on "deadline";`);
    this.addSql(`alter table "deadline" drop constraint "deadline_complaint_id_foreign";`);

    this.addSql(`drop policy "body_rows" on "deadline_rollup";`);

    this.addSql(`drop policy "body_rows" on "deadline_rule";`);

    this.addSql(`drop policy "body_rows" on "division";`);

    this.addSql(`drop policy "body_rows" on "evidence";`);

    this.addSql(`drop policy "body_rows" on "handling_rollup";`);

    this.addSql(`drop policy "body_rows" on "holiday";`);

    this.addSql(`drop policy "body_rows" on "identity_request";`);

    this.addSql(`drop policy "body_rows" on "import_batch";`);

    this.addSql(`drop policy "body_rows" on "known_device";`);

    this.addSql(`drop policy "body_rows" on "notice";`);

    this.addSql(`drop policy "body_rows" on "official";`);
    this.addSql(`alter table "official" drop constraint "official_organisation_code_division_code_foreign";`);

    this.addSql(`drop policy "body_rows" on "organisation";`);

    this.addSql(`drop policy "body_rows" on "outgoing_counter";`);

    this.addSql(`drop policy "body_rows" on "receipt_counter";`);

    this.addSql(`drop policy "body_rows" on "recovery_code";`);

    this.addSql(`drop policy "body_rows" on "report_snapshot";`);

    this.addSql(`drop policy "body_rows" on "second_factor";`);

    this.addSql(`drop policy "body_rows" on "session";`);

    this.addSql(`drop policy "body_rows" on "stored_file";`);

    this.addSql(`drop policy "body_rows" on "stored_file_part";`);

    this.addSql(`drop policy "body_rows" on "tracking_code";`);

    this.addSql(`drop policy "body_rows" on "unit_report";`);
    this.addSql(`alter table "unit_report" drop constraint "unit_report_complaint_id_foreign";`);

    this.addSql(`drop policy "body_rows" on "unit_rollup";`);

    this.addSql(`alter table "accused" drop column "organisation_code";`);
    this.addSql(`alter table "accused" disable row level security;`);

    this.addSql(`alter table "api_token" drop column "organisation_code";`);
    this.addSql(`alter table "api_token" disable row level security;`);

    this.addSql(`alter table "app_user" drop constraint "app_user_roles_known";`);
    this.addSql(`alter table "app_user" drop column "organisation_code";`);
    this.addSql(`alter table "app_user" add constraint "app_user_roles_known" check (roles <@ ARRAY['ADMIN'::text, 'CENTER_OFFICER'::text, 'COMMANDER'::text, 'DIVISION_OFFICER'::text, 'EXECUTIVE'::text, 'AUDITOR'::text]);`);
    this.addSql(`alter table "app_user" disable row level security;`);

    this.addSql(`alter table "audit_entry" drop column "organisation_code";`);
    this.addSql(`alter table "audit_entry" disable row level security;`);

    this.addSql(`alter table "channel" drop constraint "channel_pkey";`);
    this.addSql(`alter table "channel" drop column "organisation_code";`);
    this.addSql(`alter table "channel" add primary key ("code");`);
    this.addSql(`alter table "channel" disable row level security;`);

    this.addSql(`alter table "committee" drop column "organisation_code";`);
    this.addSql(`alter table "committee" disable row level security;`);

    this.addSql(`alter table "committee_member" drop column "organisation_code";`);
    this.addSql(`alter table "committee_member" disable row level security;`);

    this.addSql(`alter table "complainant" drop column "organisation_code";`);
    this.addSql(`alter table "complainant" disable row level security;`);

    this.addSql(`drop index "complaint_organisation_code_stage_received_at_index";`);
    this.addSql(`alter table "complaint" drop constraint "complaint_organisation_code_receipt_year_receipt_seq_unique";`);
    this.addSql(`alter table "complaint" drop constraint "complaint_origin_agency_check";`);
    this.addSql(`drop trigger if exists "roll_up" on "complaint";`);
    this.addSql(`drop function if exists "complaint_roll_up_fn"();`);
    this.addSql(`alter table "complaint" drop column "organisation_code", drop column "referred_at", drop column "origin_organisation_code", drop column "origin_receipt_number", drop column "origin_agency", drop column "origin_reference";`);
    this.addSql(`alter table "complaint" add constraint "complaint_receipt_year_receipt_seq_unique" unique ("receipt_year", "receipt_seq");`);
    this.addSql(`create index "complaint_stage_received_at_index" on "complaint" ("stage", "received_at");`);
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
    this.addSql(`alter table "complaint" disable row level security;`);

    this.addSql(`alter table "complaint_correction" drop column "organisation_code";`);
    this.addSql(`alter table "complaint_correction" disable row level security;`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_kind_check";`);
    this.addSql(`alter table "complaint_event" drop column "organisation_code";`);
    this.addSql(`alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED', 'CORRECTED', 'VOIDED', 'IMPORTED', 'FILES_ATTACHED'));`);
    this.addSql(`alter table "complaint_event" disable row level security;`);

    this.addSql(`alter table "complaint_message" drop column "organisation_code";`);
    this.addSql(`alter table "complaint_message" disable row level security;`);

    this.addSql(`alter table "complaint_rollup" drop constraint "complaint_rollup_pkey";`);
    this.addSql(`alter table "complaint_rollup" drop column "organisation_code", drop column "origin";`);
    this.addSql(`alter table "complaint_rollup" add primary key ("month", "channel_code", "stage", "outcome", "reason");`);
    this.addSql(`alter table "complaint_rollup" disable row level security;`);

    this.addSql(`drop index "complaint_unit_organisation_code_division_code_com_d1122_index";`);
    this.addSql(`drop trigger if exists "roll_up" on "complaint_unit";`);
    this.addSql(`drop function if exists "complaint_unit_roll_up_fn"();`);
    this.addSql(`alter table "complaint_unit" drop column "organisation_code";`);
    this.addSql(`alter table "complaint_unit" add constraint "complaint_unit_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "complaint_unit_division_code_complaint_id_index" on "complaint_unit" ("division_code", "complaint_id");`);
    this.addSql(`create or replace function "complaint_unit_roll_up_fn"() returns trigger as \$\$ begin if tg_op = 'INSERT' then
    insert into unit_rollup (month, division_code, complaints)
    select date_trunc('month', c.received_at at time zone 'Asia/Bangkok')::date, new.division_code, 1
      from complaint c where c.id = new.complaint_id
    on conflict (month, division_code) do update set complaints = unit_rollup.complaints + 1;   else
    update unit_rollup u set complaints = u.complaints - 1
      from complaint c
     where c.id = old.complaint_id and u.division_code = old.division_code
       and u.month = date_trunc('month', c.received_at at time zone 'Asia/Bangkok')::date;   end if;   return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "roll_up" AFTER DELETE OR INSERT on "complaint_unit" for each ROW execute function "complaint_unit_roll_up_fn"();`);
    this.addSql(`alter table "complaint_unit" disable row level security;`);

    this.addSql(`drop trigger if exists "roll_up" on "deadline";`);
    this.addSql(`drop function if exists "deadline_roll_up_fn"();`);
    this.addSql(`alter table "deadline" drop column "organisation_code";`);
    this.addSql(`alter table "deadline" add constraint "deadline_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`);
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
    this.addSql(`alter table "deadline" disable row level security;`);

    this.addSql(`alter table "deadline_rollup" drop constraint "deadline_rollup_pkey";`);
    this.addSql(`alter table "deadline_rollup" drop column "organisation_code";`);
    this.addSql(`alter table "deadline_rollup" add primary key ("month", "rule_code", "status");`);
    this.addSql(`alter table "deadline_rollup" disable row level security;`);

    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_pkey";`);
    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_start_event_check";`);
    this.addSql(`alter table "deadline_rule" drop column "organisation_code";`);
    this.addSql(`alter table "deadline_rule" add primary key ("code");`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_start_event_check" check ("start_event" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'UNIT_REPORTED', 'NOTICE_SENT', 'CLOSED', 'CALENDAR_CHANGED', 'CORRECTED', 'VOIDED', 'IMPORTED', 'FILES_ATTACHED'));`);
    this.addSql(`alter table "deadline_rule" disable row level security;`);

    this.addSql(`alter table "division" drop constraint "division_pkey";`);
    this.addSql(`alter table "division" drop column "organisation_code";`);
    this.addSql(`alter table "division" add primary key ("code");`);
    this.addSql(`alter table "division" disable row level security;`);

    this.addSql(`alter table "evidence" drop column "organisation_code";`);
    this.addSql(`alter table "evidence" disable row level security;`);

    this.addSql(`alter table "handling_rollup" drop constraint "handling_rollup_pkey";`);
    this.addSql(`alter table "handling_rollup" drop column "organisation_code";`);
    this.addSql(`alter table "handling_rollup" add primary key ("month", "days");`);
    this.addSql(`alter table "handling_rollup" disable row level security;`);

    this.addSql(`alter table "holiday" drop constraint "holiday_pkey";`);
    this.addSql(`alter table "holiday" drop column "organisation_code";`);
    this.addSql(`alter table "holiday" add primary key ("date");`);
    this.addSql(`alter table "holiday" disable row level security;`);

    this.addSql(`alter table "identity_request" drop column "organisation_code";`);
    this.addSql(`alter table "identity_request" disable row level security;`);

    this.addSql(`alter table "import_batch" drop column "organisation_code";`);
    this.addSql(`alter table "import_batch" disable row level security;`);

    this.addSql(`alter table "known_device" drop column "organisation_code";`);
    this.addSql(`alter table "known_device" disable row level security;`);

    this.addSql(`alter table "notice" drop column "organisation_code";`);
    this.addSql(`alter table "notice" disable row level security;`);

    this.addSql(`alter table "official" drop column "organisation_code";`);
    this.addSql(`alter table "official" disable row level security;`);

    this.addSql(`alter table "organisation" disable row level security;`);

    this.addSql(`alter table "outgoing_counter" drop constraint "outgoing_counter_pkey";`);
    this.addSql(`alter table "outgoing_counter" drop column "organisation_code";`);
    this.addSql(`alter table "outgoing_counter" add primary key ("year");`);
    this.addSql(`alter table "outgoing_counter" disable row level security;`);

    this.addSql(`alter table "receipt_counter" drop constraint "receipt_counter_pkey";`);
    this.addSql(`alter table "receipt_counter" drop column "organisation_code";`);
    this.addSql(`alter table "receipt_counter" add primary key ("year");`);
    this.addSql(`alter table "receipt_counter" disable row level security;`);

    this.addSql(`alter table "recovery_code" drop column "organisation_code";`);
    this.addSql(`alter table "recovery_code" disable row level security;`);

    this.addSql(`alter table "report_snapshot" drop column "organisation_code";`);
    this.addSql(`alter table "report_snapshot" disable row level security;`);

    this.addSql(`alter table "second_factor" drop column "organisation_code";`);
    this.addSql(`alter table "second_factor" disable row level security;`);

    this.addSql(`alter table "session" drop column "organisation_code";`);
    this.addSql(`alter table "session" disable row level security;`);

    this.addSql(`alter table "stored_file" drop column "organisation_code";`);
    this.addSql(`alter table "stored_file" disable row level security;`);

    this.addSql(`alter table "stored_file_part" drop column "organisation_code";`);
    this.addSql(`alter table "stored_file_part" disable row level security;`);

    this.addSql(`alter table "tracking_code" drop column "organisation_code";`);
    this.addSql(`alter table "tracking_code" disable row level security;`);

    this.addSql(`alter table "unit_report" drop column "organisation_code";`);
    this.addSql(`alter table "unit_report" add constraint "unit_report_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "unit_report" disable row level security;`);

    this.addSql(`alter table "unit_rollup" drop constraint "unit_rollup_pkey";`);
    this.addSql(`alter table "unit_rollup" drop column "organisation_code";`);
    this.addSql(`alter table "unit_rollup" add primary key ("month", "division_code");`);
    this.addSql(`alter table "unit_rollup" disable row level security;`);


    this.addSql(`alter table "app_user" add constraint "app_user_division_code_foreign" foreign key ("division_code") references "division" ("code") on update no action on delete set null;`);
    this.addSql(`alter table "complaint" add constraint "complaint_channel_code_foreign" foreign key ("channel_code") references "channel" ("code") on update no action on delete no action;`);
    this.addSql(`alter table "complaint_unit" add constraint "complaint_unit_division_code_foreign" foreign key ("division_code") references "division" ("code") on update cascade on delete cascade;`);
    this.addSql(`alter table "deadline" add constraint "deadline_rule_code_foreign" foreign key ("rule_code") references "deadline_rule" ("code") on update cascade on delete cascade;`);
    this.addSql(`alter table "official" add constraint "official_division_code_foreign" foreign key ("division_code") references "division" ("code") on update no action on delete no action;`);
    this.addSql(`alter table "unit_report" add constraint "unit_report_division_code_foreign" foreign key ("division_code") references "division" ("code") on update cascade on delete restrict;`);
    this.addSql(`drop function rongrian_current_organisation();`);
  }

}
