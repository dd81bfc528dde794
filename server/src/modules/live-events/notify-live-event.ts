import { sql, type RawBuilder } from '../../db/sql.js';
import { alertChannel, type LiveEvent } from './live-event.js';

/**
 * A live event as a statement notifies of it: the topic as written, every other field a value
 * (bound as text) or an expression of the statement, such as `sql.ref('complaint_id')`.
 */
export type LiveEventSql = LiveEvent extends infer Event
  ? Event extends LiveEvent
    ? { [Key in keyof Event]: Key extends 'topic' ? Event[Key] : Event[Key] | RawBuilder<unknown> }
    : never
  : never;

/**
 * The SQL call that hands a live event to every server process through LISTEN/NOTIFY, delivered
 * when the statement's transaction commits (nothing when it rolls back):
 * `pg_notify(<alertChannel>, json_build_object(<the event's fields>)::text)`. The payload carries
 * ids only, never documents (stack.md: below 8,000 bytes), and its shape is the `LiveEvent` the hub
 * parses. Every statement that notifies builds its call here, so the channel and the payload are
 * written once; select it once per row to notify of, e.g.
 * `select count(${notifyLiveEvent({ topic: 'change', kind: ComplaintChangeKind.MOVED, complaintId: sql.ref('id') })}) from moved`.
 */
export function notifyLiveEvent(event: LiveEventSql): RawBuilder<unknown> {
  const fields = Object.entries(event)
    .filter(([, value]) => value !== undefined)
    .flatMap(([key, value]) => [sql.lit(key), typeof value === 'string' ? sql`${value}::text` : (value as RawBuilder<unknown>)]);
  return sql`pg_notify(${alertChannel}, json_build_object(${sql.join(fields)})::text)`;
}
