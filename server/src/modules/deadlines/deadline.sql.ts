import { currentBody } from '../../db/organisation-scope.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, sql, type RawBuilder } from '../../db/sql.js';
import { minutesOf, type OfficeCalendar } from '../calendar/working-time.js';
import type { DeadlineChanges, RuleRow } from './deadline-changes.js';
import type { DeadlineView } from './deadline.views.js';

export interface DeadlineContext {
  calendar: OfficeCalendar;
  rules: RuleRow[];
}

export function officeCalendar(
  timeZone: string,
  officeHours: { weekday: number; opens: string; closes: string }[],
  holidays: string[],
): OfficeCalendar {
  return {
    timeZone,
    hours: new Map(officeHours.map((day) => [day.weekday, { opens: minutesOf(day.opens), closes: minutesOf(day.closes) }])),
    holidays: new Set(holidays),
  };
}

/**
 * The office calendar and the rules in force, read in one statement inside the transaction that
 * uses them: an administrator's change is seen by the very next move, in every process.
 */
export async function loadDeadlineContext(em: EntityManager): Promise<DeadlineContext> {
  const body = currentBody();
  const row = await firstRow<{
    timeZone: string;
    officeHours: { weekday: number; opens: string; closes: string }[];
    holidays: string[];
    rules: RuleRow[];
  }>(
    em,
    sql`select o.time_zone as "timeZone", o.office_hours as "officeHours",
               array(select to_char(h.date, 'YYYY-MM-DD') from holiday h where h.organisation_code = o.code) as holidays,
               (select jsonb_agg(jsonb_build_object('code', r.code, 'startEvent', r.start_event, 'amount', r.amount,
                         'unit', r.unit, 'stopEvents', r.stop_events, 'stopNoticeKinds', r.stop_notice_kinds,
                         'cancelEvents', r.cancel_events, 'appliesTo', r.applies_to) order by r.position)
                  from deadline_rule r where r.organisation_code = o.code) as rules
          from organisation o ${body === undefined ? sql`` : sql`where o.code = ${body}`} limit 1`,
  );
  if (!row) throw new Error('the organisation is not seeded');
  return { calendar: officeCalendar(row.timeZone, row.officeHours, row.holidays), rules: row.rules ?? [] };
}

/**
 * Data-modifying CTEs applying deadline changes to the complaint returned by the CTE `source`
 * (one row with its `id` and `received_at`), in the statement that records the event.
 */
export function deadlineCtes(changes: DeadlineChanges, source: string, at: Date): RawBuilder<unknown>[] {
  const from = sql.table(source);
  const ctes: RawBuilder<unknown>[] = [];
  if (changes.start.length) {
    ctes.push(sql`deadlines_started as (
      insert into deadline (complaint_id, received_at, rule_code, started_at, due_at, due_soon_at, status)
      select src.id, src.received_at, k.rule_code, k.started_at, k.due_at, k.due_soon_at, 'PENDING'
        from ${from} src, jsonb_to_recordset(${JSON.stringify(changes.start)}::jsonb)
             as k(rule_code text, started_at timestamptz, due_at timestamptz, due_soon_at timestamptz)
      on conflict (complaint_id, rule_code) do nothing)`);
  }
  if (changes.meet.length) {
    ctes.push(sql`deadlines_met as (
      update deadline d
         set met_at = ${at}, status = case when ${at}::timestamptz <= d.due_at then 'MET' else 'MET_LATE' end
        from ${from} src
       where d.complaint_id = src.id and d.rule_code = any(${changes.meet}::text[]) and d.met_at is null and d.status = 'PENDING')`);
  }
  if (changes.cancel.length) {
    ctes.push(sql`deadlines_cancelled as (
      insert into deadline (complaint_id, received_at, rule_code, status)
      select src.id, src.received_at, code, 'CANCELLED' from ${from} src, unnest(${changes.cancel}::text[]) as code
      on conflict (complaint_id, rule_code) do update set status = 'CANCELLED'
       where deadline.met_at is null and deadline.status = 'PENDING')`);
  }
  return ctes;
}

/** The status of the deadline aliased `d`, OVERDUE derived at the statement's instant. */
export const deadlineStatus = sql`case when d.status = 'PENDING' and d.due_at < now() then 'OVERDUE' else d.status end`;

/** A deadline_rule row aliased `r`, as the JSON of the DeadlineRule type. */
export const ruleJson = sql`jsonb_build_object('code', r.code, 'nameTh', r.name_th, 'nameEn', r.name_en, 'manualRef', r.manual_ref,
  'startEvent', r.start_event, 'amount', r.amount, 'unit', r.unit, 'stopEvents', r.stop_events,
  'stopNoticeKinds', r.stop_notice_kinds, 'cancelEvents', r.cancel_events, 'appliesTo', r.applies_to)`;

/**
 * The deadlines of the complaint aliased `c`, as JSON, with OVERDUE derived at the statement's
 * instant. A deadline names its rule by code; the rule itself is the reference data's (issue 15,
 * item 1: not one rule object per deadline from PostgreSQL).
 */
export const deadlinesColumn = sql`
  (select coalesce(jsonb_agg(jsonb_build_object(
            'startedAt', d.started_at, 'dueAt', d.due_at, 'dueSoonAt', d.due_soon_at, 'metAt', d.met_at,
            'status', ${deadlineStatus},
            'rule', jsonb_build_object('code', d.rule_code))
            order by r.position), '[]')
     from deadline d join deadline_rule r on r.organisation_code = d.organisation_code and r.code = d.rule_code where d.complaint_id = c.id) as deadlines`;

/** JSON carries instants as strings; the API's DateTimeISO wants Dates. */
export function deadlineDates(deadlines: DeadlineView[]): DeadlineView[] {
  for (const deadline of deadlines) {
    for (const key of ['startedAt', 'dueAt', 'dueSoonAt', 'metAt'] as const) {
      if (deadline[key]) deadline[key] = new Date(deadline[key]!);
    }
  }
  return deadlines;
}
