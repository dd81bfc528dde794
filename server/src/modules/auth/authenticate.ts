import type { EntityManager } from '@mikro-orm/postgresql';
import { parseCookie } from 'cookie';
import type { Config } from '../../config.js';
import type { DomainError } from '../shared/domain-error.js';
import { callerForAuthorization } from '../api-tokens/api-token.service.js';
import type { TokenCaller } from '../api-tokens/api-token.types.js';
import type { SessionUser } from './session-user.js';
import { sessionCookieName, userForSession } from './session.service.js';

export interface Credentials {
  user: SessionUser | null;
  sessionToken: string | null;
  /** The absolute end of the session (WebSockets opened with it are closed then). */
  sessionExpiresAt: Date | null;
  apiToken: TokenCaller | null;
  authError: DomainError | null;
}

/** A browser's device cookie (issue 9, item 10): sent with sign-in, so a known device is recognised. */
export const deviceCookieName = 'rongrian_device';

export function deviceTokenOf(cookieHeader: string | undefined): string | null {
  const token = cookieHeader ? parseCookie(cookieHeader)[deviceCookieName] : undefined;
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

export function sessionTokenOf(cookieHeader: string | undefined): string | null {
  return cookieHeader ? (parseCookie(cookieHeader)[sessionCookieName] ?? null) : null;
}

/**
 * Who is calling, from what a request carries: the session cookie (HTTP, or the WebSocket upgrade)
 * and `Authorization: Bearer <token>` (HTTP header, or WebSocket connectionParams.authorization).
 */
export async function authenticate(
  services: { em: EntityManager; config: Pick<Config, 'sessionIdleMinutes'> },
  request: { cookie: string | undefined; authorization: unknown },
): Promise<Credentials> {
  const em = services.em.fork();
  const sessionToken = sessionTokenOf(request.cookie);
  const session = sessionToken ? await userForSession(em, sessionToken, services.config.sessionIdleMinutes) : null;
  return {
    user: session?.user ?? null,
    sessionToken,
    sessionExpiresAt: session?.expiresAt ?? null,
    ...(await callerForAuthorization(em, request.authorization)),
  };
}
