import { DomainError, forbidden, unauthenticated } from '../shared/domain-error.js';
import type { Credentials } from './authenticate.js';
import { Role } from './role.js';
import { hasRole, type SessionUser } from './session-user.js';

/** Who calls, as `authenticate` found it; a GraphQL context and an HTTP route's scope are both one. */
export type Caller = Pick<Credentials, 'user' | 'apiToken' | 'authError'>;

/** The answer to an API token anywhere but where its scopes reach (token-reach.ts). */
export const tokenRefused = () =>
  forbidden('ใช้โทเคนกับข้อมูลนี้ (โทเคนใช้ได้กับสถิติเท่านั้น)', 'use an API token here: tokens reach the statistics only');

/**
 * The signed-in caller. UNAUTHENTICATED without one (or with a token that is no good); FORBIDDEN
 * for an API token, which reaches the statistics only (contract, "Who may do what").
 */
export function requireUser(caller: Caller): SessionUser {
  if (caller.authError) throw caller.authError;
  if (caller.apiToken) throw tokenRefused();
  if (!caller.user) throw unauthenticated();
  return caller.user;
}

/**
 * The caller if one of `roles` is theirs (contract, "Who may do what"), else FORBIDDEN naming the
 * action in Thai and English.
 */
export function requireRole(caller: Caller, roles: Role[], action: { th: string; en: string }): SessionUser {
  const user = requireUser(caller);
  if (!hasRole(user, ...roles)) throw forbidden(action.th, action.en);
  return user;
}

/**
 * Contract, "Accounts": what a user signed in with a temporary password may do until they change
 * it. Every other root field, document and export answers FORBIDDEN.
 */
const reachableWithTemporaryPassword = new Set(['Query.me', 'Mutation.changePassword', 'Mutation.signOut']);

/** FORBIDDEN when the caller must change a temporary password first and `what` is not among the few allowed. */
export function passwordChangeRefusal(caller: Pick<Caller, 'user'>, what: string): DomainError | null {
  if (!caller.user?.mustChangePassword || reachableWithTemporaryPassword.has(what)) return null;
  return new DomainError('FORBIDDEN', 'กรุณาเปลี่ยนรหัสผ่านชั่วคราวก่อนใช้งาน', 'Change your temporary password first', {
    mustChangePassword: true,
  });
}

/**
 * Issue 11, item 3: what an ADMIN or CENTER_OFFICER of an organisation that requires a second factor
 * may do until they turn theirs on. Every other root field, document and export answers FORBIDDEN.
 */
const reachableBeforeSecondFactor = new Set([
  'Query.me',
  'Query.secondFactorPolicy',
  'Mutation.beginSecondFactorEnrolment',
  'Mutation.confirmSecondFactor',
  'Mutation.changePassword',
  'Mutation.signOut',
]);

/** FORBIDDEN when the caller must turn on two-factor sign-in first and `what` is not among the few allowed. */
export function secondFactorEnrolmentRefusal(caller: Pick<Caller, 'user'>, what: string): DomainError | null {
  if (!caller.user?.mustEnrolSecondFactor || reachableBeforeSecondFactor.has(what)) return null;
  return new DomainError(
    'FORBIDDEN',
    'หน่วยงานกำหนดให้บัญชีของท่านต้องใช้การยืนยันตัวตนสองขั้นตอน กรุณาเปิดใช้ก่อนใช้งาน',
    'Your organisation requires two-factor sign-in for your account: turn it on first',
    { mustEnrolSecondFactor: true },
  );
}
