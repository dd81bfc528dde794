import type { EntityManager } from '@mikro-orm/postgresql';
import { rows, sql } from '../../db/sql.js';
import { ComplaintChangeKind } from '../live-events/live-event.types.js';
import { notifyLiveEvent } from '../live-events/notify-live-event.js';
import { addCalendarDays, instantAt } from '../calendar/working-time.js';
import { deadlineTimes } from './deadline-changes.js';
import type { DeadlineUnit } from './deadline.enums.js';
import { loadDeadlineContext } from './deadline.sql.js';

export interface CalendarChange {
  /** What changed, for the record on each complaint. */
  reason: Record<string, unknown>;
  /** Only deadlines running on this date (a holiday added or removed), or of this rule. */
  date?: string;
  ruleCode?: string;
}

interface OpenDeadline {
  complaintId: string;
  ruleCode: string;
  startedAt: Date;
  dueAt: Date;
  amount: number;
  unit: DeadlineUnit;
}

/**
 * workflow.md: "When an administrator changes the calendar, every open clock is recomputed and the
 * change is recorded on the case." Runs inside the caller's transaction, after the change: reads
 * the calendar in force, recomputes the open deadlines the change can touch, and in one statement
 * moves those whose due instant changed and appends a CALENDAR_CHANGED event to each complaint.
 * Alerts already raised for a deadline that is no longer due (soon) may be raised again later.
 * Returns how many deadlines moved.
 */
export async function recomputeOpenDeadlines(tx: EntityManager, actorId: string, change: CalendarChange): Promise<number> {
  return (await recomputeAndListOpenDeadlines(tx, actorId, change)).length;
}

/** A deadline a calendar change moved: whose, which rule, from when to when. */
export interface MovedDeadline {
  complaintId: string;
  ruleCode: string;
  from: Date;
  to: Date;
}

/** The same recomputation, answering each deadline it moved (the holiday import shows them). */
export async function recomputeAndListOpenDeadlines(tx: EntityManager, actorId: string, change: CalendarChange): Promise<MovedDeadline[]> {
  const { calendar, rules } = await loadDeadlineContext(tx);
  const byCode = new Map(rules.map((rule) => [rule.code, rule]));
  const window = change.date
    ? {
        from: instantAt(change.date, 0, calendar.timeZone),
        to: instantAt(addCalendarDays(change.date, 1), 0, calendar.timeZone),
      }
    : undefined;
  const open = await rows<OpenDeadline>(
    tx,
    sql`select d.complaint_id as "complaintId", d.rule_code as "ruleCode", d.started_at as "startedAt", d.due_at as "dueAt",
               r.amount, r.unit
          from deadline d join deadline_rule r on r.organisation_code = d.organisation_code and r.code = d.rule_code
         where d.met_at is null and d.status = 'PENDING' and d.started_at is not null
           ${window ? sql`and d.started_at < ${window.to} and d.due_at >= ${window.from}` : sql``}
           ${change.ruleCode ? sql`and d.rule_code = ${change.ruleCode}` : sql``}`,
  );
  const moved = open.flatMap((deadline) => {
    const rule = byCode.get(deadline.ruleCode);
    if (!rule) return [];
    const { due, dueSoon } = deadlineTimes(calendar, rule, new Date(deadline.startedAt));
    const before = new Date(deadline.dueAt);
    return due.getTime() === before.getTime()
      ? []
      : [
          {
            complaint_id: deadline.complaintId,
            rule_code: deadline.ruleCode,
            due_at: due.toISOString(),
            due_soon_at: dueSoon.toISOString(),
            before: before.toISOString(),
          },
        ];
  });
  if (moved.length === 0) return [];
  await sql`
    with moved as (
      select * from jsonb_to_recordset(${JSON.stringify(moved)}::jsonb)
        as x(complaint_id uuid, rule_code text, due_at timestamptz, due_soon_at timestamptz, before timestamptz)
    ), updated as (
      update deadline d
         set due_at = moved.due_at, due_soon_at = moved.due_soon_at,
             overdue_alerted_at = case when moved.due_at > now() then null else d.overdue_alerted_at end,
             due_soon_alerted_at = case when moved.due_soon_at > now() then null else d.due_soon_alerted_at end
        from moved
       where d.complaint_id = moved.complaint_id and d.rule_code = moved.rule_code
    ), recorded as (
      insert into complaint_event (complaint_id, kind, at, actor_id, data)
      -- 'clocks' is the key these events have always stored their moves under: history keeps its shape.
      select complaint_id, 'CALENDAR_CHANGED', now(), ${actorId}::uuid,
             ${JSON.stringify(change.reason)}::jsonb
               || jsonb_build_object('clocks', jsonb_agg(jsonb_build_object('rule', rule_code, 'from', before, 'to', due_at) order by rule_code))
        from moved group by complaint_id
      returning complaint_id
    )
    select count(${notifyLiveEvent({ topic: 'change', kind: ComplaintChangeKind.CLOCKS_CHANGED, complaintId: sql.ref('complaint_id') })})
      from recorded`.execute(tx.getKysely());
  return moved.map((row) => ({
    complaintId: row.complaint_id,
    ruleCode: row.rule_code,
    from: new Date(row.before),
    to: new Date(row.due_at),
  }));
}
