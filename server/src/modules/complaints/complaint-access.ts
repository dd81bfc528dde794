import { sql, type RawBuilder } from '../../db/sql.js';
import { Role } from '../auth/role.js';
import { hasRole, type SessionUser } from '../auth/session-user.js';

/** Roles that read every complaint (contract: board, complaint, alerts). */
const readAll = [Role.CENTER_OFFICER, Role.COMMANDER, Role.EXECUTIVE];

/** May this user read complaints at all? ADMIN and AUDITOR alone may not. */
export function readsComplaints(user: SessionUser): boolean {
  return hasRole(user, ...readAll, Role.DIVISION_OFFICER);
}

/** Overriding rule 2: the complainant's identity goes to CENTER_OFFICER users only. */
export function seesIdentity(user: SessionUser): boolean {
  return hasRole(user, Role.CENTER_OFFICER);
}

/** An identity request `ir` that shows the identity now: approved by a commander, not yet expired. */
const approvalInForce = sql`ir.status = 'APPROVED' and ir.expires_at > now()`;

/**
 * Whether the complainant of the complaint aliased `c` is shown to the user, as a condition:
 * overriding rule 2 (CENTER_OFFICER users), or an approved, unexpired identity request of this
 * investigator for this complaint (issue 6, custodian model).
 */
export function identityVisibleTo(user: SessionUser): RawBuilder<unknown> {
  if (seesIdentity(user)) return sql`true`;
  return sql`exists (select 1 from identity_request ir where ir.complaint_id = c.id and ir.requester_id = ${user.id}::uuid
                       and ${approvalInForce})`;
}

/**
 * The complaints a user may see, as a condition on the complaint aliased `c`. Applied inside every
 * query that loads complaints (never as a filter afterwards), so a complaint the user may not see
 * is never read at all:
 * - issue 13: only complaints of the user's own body (row-level security is the second wall);
 * - CENTER_OFFICER, COMMANDER, EXECUTIVE: every complaint of it;
 * - DIVISION_OFFICER: complaints assigned to their division by the commander's order;
 * - overriding rule 1, for every role: never a complaint naming the user's own official among the
 *   accused.
 */
export function visibleTo(user: SessionUser): RawBuilder<unknown> {
  const scope = hasRole(user, ...readAll)
    ? sql`c.organisation_code = ${user.organisationCode}`
    : hasRole(user, Role.DIVISION_OFFICER) && user.divisionCode
      ? sql`(c.organisation_code = ${user.organisationCode} and exists (select 1 from complaint_unit vu where vu.complaint_id = c.id and vu.division_code = ${user.divisionCode}))`
      : sql`false`;
  const notAccused = user.officialId
    ? sql`not exists (select 1 from accused va where va.complaint_id = c.id and va.official_id = ${user.officialId}::uuid)`
    : sql`true`;
  return sql`(${scope} and ${notAccused})`;
}

/** What decides who may read a complaint and its complainant, loaded once to decide many subscribers. */
export interface AccessFacts {
  /** Issue 13: the complaint's body; nobody of another body reads it. */
  organisationCode: string;
  unitCodes: string[];
  accusedOfficialIds: string[];
  /** The users an approved, unexpired identity request lets see its complainant (`identityVisibleTo`). */
  identityGrantees: string[];
}

/** The facts about one complaint, in one statement; no row when there is no such complaint. */
export function accessFactsOf(complaintId: string): RawBuilder<AccessFacts> {
  return sql<AccessFacts>`
    select c.organisation_code as "organisationCode",
           array(select division_code from complaint_unit where complaint_id = c.id) as "unitCodes",
           array(select official_id::text from accused where complaint_id = c.id and official_id is not null) as "accusedOfficialIds",
           array(select ir.requester_id::text from identity_request ir where ir.complaint_id = c.id and ${approvalInForce}) as "identityGrantees"
      from complaint c where c.id = ${complaintId}::uuid`;
}

/** The rules of `visibleTo`, on facts already loaded: for pushing one event to many subscribers. */
export function mayRead(user: SessionUser, facts: AccessFacts): boolean {
  if (user.organisationCode !== facts.organisationCode) return false;
  if (user.officialId && facts.accusedOfficialIds.includes(user.officialId)) return false;
  if (hasRole(user, ...readAll)) return true;
  return hasRole(user, Role.DIVISION_OFFICER) && !!user.divisionCode && facts.unitCodes.includes(user.divisionCode);
}

/** The rule of `identityVisibleTo`, on facts already loaded. */
export function identityShownTo(user: SessionUser, facts: AccessFacts): boolean {
  return seesIdentity(user) || facts.identityGrantees.includes(user.id);
}

/**
 * The audience of a result about one complaint, for a user `mayRead` lets read it, given whether
 * its complainant is shown to them (`identityShownTo`, or `identityVisibleTo` in SQL): users with
 * the same audience are shown exactly the same thing about it, so one execution serves them all
 * (stack.md: once per audience, not per socket). It holds everything such a result depends on:
 * - their body (issue 13: its channels, divisions and rules name what they read);
 * - what they read: every complaint, or their division's (the accused rule, decided per user by
 *   `mayRead`, takes the complaint away whole and changes nothing else);
 * - whether they see its complainant: CENTER_OFFICER users by their role; an investigator by an
 *   approval of his own for this complaint, which makes him an audience of one, so that nobody
 *   else is ever handed what only he was approved to see;
 * - the moves they may make (`availableMoves`): their roles, and for a DIVISION_OFFICER the
 *   division whose report it would be.
 */
export function audienceOf(user: SessionUser, identityShown: boolean): string {
  const reads = hasRole(user, ...readAll) ? 'all' : `division:${user.divisionCode}`;
  const moves = `roles:${[...user.roles].sort().join(',')}${hasRole(user, Role.DIVISION_OFFICER) ? `@${user.divisionCode}` : ''}`;
  const identity = !identityShown ? 'none' : seesIdentity(user) ? 'role' : `approved:${user.id}`;
  return `${user.organisationCode}|${reads}|${moves}|identity:${identity}`;
}
