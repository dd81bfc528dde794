import { Migration } from '@mikro-orm/migrations';

export class Migration20261201133436_void_leaves_unit_rollup extends Migration {

  override name = 'Migration20261201133436_void_leaves_unit_rollup';

  override up(): void | Promise<void> {
    this.addSql(`drop trigger if exists "roll_up" on "complaint";`);
    this.addSql(`drop function if exists "complaint_roll_up_fn"();`);
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
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "roll_up" on "complaint";`);
    this.addSql(`drop function if exists "complaint_roll_up_fn"();`);
    this.addSql(`create or replace function "complaint_roll_up_fn"() returns trigger as \$\$ begin if tg_op = 'UPDATE' then
    if old.stage = new.stage and old.outcome is not distinct from new.outcome
       and old.not_accepted_reason is not distinct from new.not_accepted_reason
       and old.received_at = new.received_at and old.channel_code = new.channel_code
       and old.voided_at is not distinct from new.voided_at then
      return null;     end if;     update complaint_rollup set complaints = complaints - 1
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
  }

}
