import type { Context } from '../../graphql/context.js';
import { forbidden, unauthenticated } from '../../graphql/errors.js';
import { Role } from './role.js';
import { hasRole, type SessionUser } from './session-user.js';

/**
 * The signed-in caller. UNAUTHENTICATED without one (or with a token that is no good); FORBIDDEN
 * for an API token, which reaches the statistics only (contract, "Who may do what").
 */
export function requireUser(ctx: Context): SessionUser {
  if (ctx.authError) throw ctx.authError;
  if (ctx.apiToken) throw forbidden('ใช้โทเคนกับข้อมูลนี้ (โทเคนใช้ได้กับสถิติเท่านั้น)', 'use an API token here: tokens reach the statistics only');
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
