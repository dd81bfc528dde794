import { Role } from './role.js';

/** Who is calling, as every access rule needs it: read once per request with the session. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  divisionCode: string | null;
  /** The official this user is, for the accused rule. */
  officialId: string | null;
}

export function hasRole(user: SessionUser, ...roles: Role[]): boolean {
  return user.roles.some((role) => roles.includes(role));
}
