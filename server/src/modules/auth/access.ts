import type { Context } from '../../graphql/context.js';
import { forbidden, unauthenticated } from '../../graphql/errors.js';
import { Role } from './role.js';
import { hasRole, type SessionUser } from './session-user.js';

/** The caller, or UNAUTHENTICATED. */
export function requireUser(ctx: Context): SessionUser {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

/**
 * The caller if one of `roles` is theirs (contract, "Who may do what"), else FORBIDDEN naming the
 * action in Thai and English.
 */
export function requireRole(ctx: Context, roles: Role[], action: { th: string; en: string }): SessionUser {
  const user = requireUser(ctx);
  if (!hasRole(user, ...roles)) throw forbidden(action.th, action.en);
  return user;
}
