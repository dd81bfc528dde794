import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, sql } from '../db/sql.js';
import { notifyLiveEvent } from '../modules/live-events/notify-live-event.js';

export const checkDeadlinesQueue = 'check-deadlines';

/**
 * workflow.md, "Alerts": raises DUE_SOON and OVERDUE for every open deadline that reached its
 * threshold, once per deadline, in one statement. It reads only the deadlines due (the partial indexes
 * over open, unalerted deadlines), not all deadlines; the UPDATE's row locks make two processes running
 * it at once raise each alert exactly once; pg_notify sends the ids at commit to every process.
 * Deadlines that fell due while no server ran are raised by the next run.
 */
export const raiseDueAlerts = sql<{ raised: number }>`
  with raised as (
    update deadline d
       set overdue_alerted_at = case when d.overdue_alerted_at is null and d.due_at < now() then now() else d.overdue_alerted_at end,
           due_soon_alerted_at = case when d.due_soon_alerted_at is null and d.due_soon_at <= now() then now() else d.due_soon_alerted_at end
     where (d.met_at is null and d.status = 'PENDING' and d.overdue_alerted_at is null and d.due_at < now())
        or (d.met_at is null and d.status = 'PENDING' and d.due_soon_alerted_at is null and d.due_soon_at <= now())
    returning d.complaint_id, d.rule_code, d.due_at,
              d.overdue_alerted_at = now() as overdue,
              d.due_soon_alerted_at = now() and d.due_at >= now() as due_soon
  ), alerts as (
    select 'OVERDUE' as kind, complaint_id, rule_code from raised where overdue
    union all
    select 'DUE_SOON', complaint_id, rule_code from raised where due_soon
  )
  -- at: the instant recorded in overdue_alerted_at / due_soon_alerted_at, which a client that
  -- connects later is replayed from (alert.queries.ts), to the millisecond as the API gives it.
  select count(${notifyLiveEvent({
    topic: 'alert',
    kind: sql.ref('kind'),
    complaintId: sql.ref('complaint_id'),
    ruleCode: sql.ref('rule_code'),
    at: sql`date_trunc('milliseconds', now())`,
  })})::int as raised
    from alerts`;

export async function checkDeadlines(em: EntityManager): Promise<number> {
  return (await firstRow<{ raised: number }>(em, raiseDueAlerts))?.raised ?? 0;
}
