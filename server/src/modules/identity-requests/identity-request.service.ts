import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, sql } from '../../db/sql.js';
import { DomainError, complaintNotFound, forbidden } from '../shared/domain-error.js';
import { isUuid } from '../shared/input-checks.js';
import { Role } from '../auth/role.js';
import { hasRole, type SessionUser } from '../auth/session-user.js';
import { User } from '../auth/user.entity.js';
import { visibleTo } from '../complaints/complaint-access.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { IdentityRequest } from './identity-request.entity.js';
import { IdentityRequestStatus, type IdentityRequestView } from './identity-request.types.js';

type Shown = Pick<IdentityRequest, 'id' | 'complaint' | 'reason' | 'status' | 'decidedAt' | 'expiresAt' | 'createdAt'>;

/** A request as the API shows it, with the names of who asked and who decided. */
function view(request: Shown, requesterName: string, decidedByName: string | null): IdentityRequestView {
  return {
    id: request.id,
    complaintId: request.complaint.id,
    requesterName,
    reason: request.reason,
    status: request.status,
    decidedByName,
    decidedAt: request.decidedAt,
    expiresAt: request.expiresAt,
    createdAt: request.createdAt,
  };
}

/**
 * How the user stands to a complaint, by the access rules (`visibleTo`, never a second copy of
 * them): undefined when they may not see it; otherwise whether they investigate it, as a division
 * officer of an assigned unit or a member of its fact-finding committee.
 */
async function standing(em: EntityManager, user: SessionUser, complaintId: string): Promise<{ investigator: boolean } | undefined> {
  return firstRow<{ investigator: boolean }>(
    em,
    sql`select (${hasRole(user, Role.DIVISION_OFFICER) && user.divisionCode ? sql`exists (select 1 from complaint_unit u where u.complaint_id = c.id and u.division_code = ${user.divisionCode})` : sql`false`}
               or ${
                 user.officialId
                   ? sql`exists (select 1 from committee k join committee_member m on m.committee_id = k.id
                                                   where k.complaint_id = c.id and m.official_id = ${user.officialId}::uuid)`
                   : sql`false`
               }) as investigator
          from complaint c where c.id = ${complaintId}::uuid and ${visibleTo(user)}`,
  );
}

/**
 * An investigator asks: a division officer of an assigned unit, or a member of the complaint's
 * fact-finding committee, who may see the complaint. Nobody else may ask.
 */
export async function requestIdentity(
  em: EntityManager,
  user: SessionUser,
  complaintId: string,
  reason: string,
): Promise<IdentityRequestView> {
  if (!isUuid(complaintId)) throw complaintNotFound(complaintId);
  const found = await standing(em, user, complaintId);
  if (!found) throw complaintNotFound(complaintId);
  if (!found.investigator) {
    throw forbidden('ขอดูข้อมูลผู้ร้องเรียน (เฉพาะผู้สอบสวนเรื่องนี้)', "ask for the complainant's identity: only this complaint's investigators may");
  }
  const request = em.create(IdentityRequest, {
    complaint: em.getReference(Complaint, complaintId),
    requester: em.getReference(User, user.id),
    reason: reason.trim(),
  });
  await em.flush();
  return view(request, user.displayName, null);
}

/**
 * A commander approves for `hours`, or refuses, a request about a complaint they may see. A
 * request is decided once: the decision is written only while the request is still PENDING, so of
 * two commanders deciding at once, the second is told there is no pending request.
 */
export async function decideIdentityRequest(
  em: EntityManager,
  user: SessionUser,
  requestId: string,
  approve: boolean,
  hours: number,
): Promise<IdentityRequestView> {
  const notPending = () =>
    new DomainError('NOT_FOUND', 'ไม่พบคำขอที่รอการพิจารณานี้', `No pending identity request ${requestId}`, { id: requestId });
  const pending = { id: requestId, status: IdentityRequestStatus.PENDING };
  const request = isUuid(requestId)
    ? await em.findOne(IdentityRequest, pending, { populate: ['requester'], exclude: ['requester.passwordHash'] })
    : null;
  if (!request || !(await standing(em, user, request.complaint.id))) throw notPending();
  const decided = await em
    .createQueryBuilder(IdentityRequest)
    .update({
      status: approve ? IdentityRequestStatus.APPROVED : IdentityRequestStatus.REFUSED,
      decidedBy: user.id,
      decidedAt: raw('now()'),
      expiresAt: approve ? raw('now() + make_interval(hours => ?)', [hours]) : null,
    })
    .where(pending)
    .returning('*')
    .getSingleResult();
  if (!decided) throw notPending();
  return view(decided, request.requester.displayName, user.displayName);
}

/** The requests about a complaint the caller may see: commanders and the Center see all, requesters their own. */
export async function identityRequests(em: EntityManager, user: SessionUser, complaintId: string): Promise<IdentityRequestView[]> {
  if (!isUuid(complaintId) || !(await standing(em, user, complaintId))) return [];
  const found = await em.find(
    IdentityRequest,
    { complaint: complaintId, ...(hasRole(user, Role.COMMANDER, Role.CENTER_OFFICER) ? {} : { requester: user.id }) },
    { populate: ['requester', 'decidedBy'], exclude: ['requester.passwordHash', 'decidedBy.passwordHash'], orderBy: { createdAt: 'desc' } },
  );
  return found.map((request) => view(request, request.requester.displayName, request.decidedBy?.displayName ?? null));
}
