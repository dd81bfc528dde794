import type { EntityManager } from '@mikro-orm/postgresql';
import { rows, sql } from '../../db/sql.js';
import { Role } from '../auth/role.js';
import { hasRole, type SessionUser } from '../auth/session-user.js';
import { MessageAuthor } from '../citizen/citizen.enums.js';
import { identityVisibleTo, visibleTo } from '../complaints/complaint-access.js';
import { AlertKind, replayLimit, replayWindowMinutes } from './live-event.types.js';

export interface RaisedAlert {
  kind: AlertKind;
  complaintId: string;
  ruleCode: string | null;
  /** To the millisecond, as it was pushed live (the NOTIFY's `at`). */
  at: Date;
  /** Whether this user is shown the complaint's complainant (`identityVisibleTo`). */
  identityShown: boolean;
}

/**
 * The alerts raised at or after `since` (and within the replay window), about complaints this user
 * may see, newest `replayLimit`, oldest first: from what the database records when it raises them
 * (check-deadlines.job.ts sets `overdue_alerted_at` / `due_soon_alerted_at`; a NEW_COMPLAINT is the
 * complaint's `recorded_at`, a NEW_MESSAGE its message's `at`, for CENTER_OFFICER only), under the same access rules as every read (`visibleTo`), none of a
 * voided complaint. One
 * statement; partial indexes on the alerted instants and an index on `recorded_at` keep it to
 * the window's rows.
 */
export async function alertsRaisedSince(em: EntityManager, user: SessionUser, since: Date): Promise<RaisedAlert[]> {
  const from = sql`greatest(${since}::timestamptz, now() - make_interval(mins => ${replayWindowMinutes}))`;
  const found = await rows<RaisedAlert>(
    em,
    sql`with raised as (
          select ${AlertKind.OVERDUE}::text as kind, d.complaint_id, d.rule_code, d.overdue_alerted_at as at
            from deadline d where d.overdue_alerted_at >= ${from}
          union all
          -- A deadline past due when first checked was marked DUE_SOON too, but only OVERDUE was sent.
          select ${AlertKind.DUE_SOON}, d.complaint_id, d.rule_code, d.due_soon_alerted_at
            from deadline d where d.due_soon_alerted_at >= ${from} and d.due_at >= d.due_soon_alerted_at
          union all
          select ${AlertKind.NEW_COMPLAINT}, c.id, null, c.recorded_at from complaint c where c.recorded_at >= ${from}
          -- Contract, "The citizen's channel": a complainant's message, to CENTER_OFFICER only (it may carry identity).
          ${
            hasRole(user, Role.CENTER_OFFICER)
              ? sql`union all
                    select ${AlertKind.NEW_MESSAGE}, m.complaint_id, null, m.at from complaint_message m
                     where m.at >= ${from} and m.author = ${MessageAuthor.COMPLAINANT}`
              : sql``
          }
        )
        select r.kind, r.complaint_id as "complaintId", r.rule_code as "ruleCode", date_trunc('milliseconds', r.at) as at,
               ${identityVisibleTo(user)} as "identityShown"
          from raised r join complaint c on c.id = r.complaint_id
         -- A voided complaint (recorded by mistake) has left the alerts (contract, "Corrections and the register").
         where ${visibleTo(user)} and c.voided_at is null
         order by r.at desc, r.kind, r.rule_code
         limit ${replayLimit}`,
  );
  return found.reverse().map((alert) => ({ ...alert, at: new Date(alert.at) }));
}
