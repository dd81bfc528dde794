import { Role } from './role.js';
import type { User } from './user.entity.js';

/** Who is calling, as every access rule needs it: read once per request with the session. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  /** Issue 13: the body the user works for; every read and write of theirs stays in it. */
  organisationCode: string;
  divisionCode: string | null;
  /** The official this user is, for the accused rule. */
  officialId: string | null;
  /** Signed in with a temporary password: until it is changed, only me, changePassword and signOut. */
  mustChangePassword?: boolean;
  /** Issue 11, item 3: sign-in asks this user for a TOTP code (their enrolment is confirmed). */
  secondFactorEnabled?: boolean;
  /**
   * Issue 11, item 3: the organisation requires a second factor of this user's role and they have
   * none yet: until they turn it on, only me, the enrolment, changePassword and signOut.
   */
  mustEnrolSecondFactor?: boolean;
}

/** A user as the access rules read them: the division and the official by their keys alone. */
export function sessionUserOf(user: User): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    organisationCode: user.organisationCode,
    divisionCode: user.divisionCode,
    officialId: user.official?.id ?? null,
    mustChangePassword: user.mustChangePassword,
  };
}

export function hasRole(user: SessionUser, ...roles: Role[]): boolean {
  return user.roles.some((role) => roles.includes(role));
}
