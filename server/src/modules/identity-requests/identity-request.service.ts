import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, rows, sql } from '../../db/sql.js';
import { DomainError, complaintNotFound, forbidden } from '../shared/domain-error.js';
import { isUuid } from '../shared/input-checks.js';
import { Role } from '../auth/role.js';
import { hasRole, type SessionUser } from '../auth/session-user.js';
import { visibleTo } from '../complaints/complaint-access.js';
import type { IdentityRequestView } from './identity-request.types.js';

const columns = sql`r.id, r.complaint_id as "complaintId", (select display_name from app_user where id = r.requester_id) as "requesterName",
  r.reason, r.status, (select display_name from app_user where id = r.decided_by_id) as "decidedByName",
  r.decided_at as "decidedAt", r.expires_at as "expiresAt", r.created_at as "createdAt"`;

function withDates(row: IdentityRequestView): IdentityRequestView {
  return {
    ...row,
    createdAt: new Date(row.createdAt),
    decidedAt: row.decidedAt && new Date(row.decidedAt),
    expiresAt: row.expiresAt && new Date(row.expiresAt),
  };
}

/**
 * An investigator asks: a division officer of an assigned unit, or a member of the complaint's
 * fact-finding committee, who may see the complaint. Nobody else may ask.
 */
export async function requestIdentity(em: EntityManager, user: SessionUser, complaintId: string, reason: string): Promise<IdentityRequestView> {
  if (!isUuid(complaintId)) throw complaintNotFound(complaintId);
  const found = await firstRow<{ investigator: boolean }>(
    em,
    sql`select (${hasRole(user, Role.DIVISION_OFFICER) && user.divisionCode ? sql`exists (select 1 from complaint_unit u where u.complaint_id = c.id and u.division_code = ${user.divisionCode})` : sql`false`}
               or ${user.officialId ? sql`exists (select 1 from committee k join committee_member m on m.committee_id = k.id
                                                   where k.complaint_id = c.id and m.official_id = ${user.officialId}::uuid)` : sql`false`}) as investigator
          from complaint c where c.id = ${complaintId}::uuid and ${visibleTo(user)}`,
  );
  if (!found) throw complaintNotFound(complaintId);
  if (!found.investigator) {
    throw forbidden('ขอดูข้อมูลผู้ร้องเรียน (เฉพาะผู้สอบสวนเรื่องนี้)', "ask for the complainant's identity: only this complaint's investigators may");
  }
  const created = await firstRow<IdentityRequestView>(
    em,
    sql`with r as (insert into identity_request (id, complaint_id, requester_id, reason, status)
                   values (gen_random_uuid(), ${complaintId}::uuid, ${user.id}::uuid, ${reason.trim()}, 'PENDING') returning *)
        select ${columns} from r`,
  );
  return withDates(created!);
}

/** A commander approves for `hours`, or refuses. A request is decided once. */
export async function decideIdentityRequest(
  em: EntityManager,
  user: SessionUser,
  requestId: string,
  approve: boolean,
  hours: number,
): Promise<IdentityRequestView> {
  const decided = isUuid(requestId)
    ? await firstRow<IdentityRequestView>(
        em,
        sql`with r as (
              update identity_request r set status = ${approve ? 'APPROVED' : 'REFUSED'}, decided_by_id = ${user.id}::uuid,
                     decided_at = now(), expires_at = ${approve ? sql`now() + make_interval(hours => ${hours})` : sql`null`}
               where r.id = ${requestId}::uuid and r.status = 'PENDING'
                 and exists (select 1 from complaint c where c.id = r.complaint_id and ${visibleTo(user)})
              returning r.*)
            select ${columns} from r`,
      )
    : undefined;
  if (!decided) throw new DomainError('NOT_FOUND', 'ไม่พบคำขอที่รอการพิจารณานี้', `No pending identity request ${requestId}`, { id: requestId });
  return withDates(decided);
}

/** The requests about a complaint the caller may see: commanders see all, requesters their own. */
export async function identityRequests(em: EntityManager, user: SessionUser, complaintId: string): Promise<IdentityRequestView[]> {
  if (!isUuid(complaintId)) return [];
  const found = await rows<IdentityRequestView>(
    em,
    sql`select ${columns} from identity_request r join complaint c on c.id = r.complaint_id
         where r.complaint_id = ${complaintId}::uuid and ${visibleTo(user)}
           and ${hasRole(user, Role.COMMANDER, Role.CENTER_OFFICER) ? sql`true` : sql`r.requester_id = ${user.id}::uuid`}
         order by r.created_at desc`,
  );
  return found.map(withDates);
}
