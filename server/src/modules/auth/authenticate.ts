import type { EntityManager } from '@mikro-orm/postgresql';
import { parseCookie } from 'cookie';
import type { Config } from '../../config.js';
import { NO_ORGANISATION, narrowOrganisation } from '../../db/organisation-scope.js';
import type { ReferenceData } from '../reference/reference-data.js';
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

/** The header the public web app sends with `?body=<code>` of its address: the body a citizen writes to. */
export const publicBodyHeader = 'x-rongrian-body';

/**
 * Issue 13: the body a caller without credentials reaches (the public form, tracking, sign-in's
 * page): the one its page names (`publicBodyHeader`) when that body exists, else the deployment's
 * only body; none while there are several and the page names none. Not a credential: a caller
 * without a session reaches only the public operations, whatever body it names.
 */
export function publicOrganisation(reference: Pick<ReferenceData, 'organisations'>, named?: unknown): string {
  const bodies = reference.organisations;
  if (typeof named === 'string' && bodies.some((body) => body.code === named)) return named;
  return bodies.length === 1 ? bodies[0]!.code : NO_ORGANISATION;
}

/**
 * Who is calling, from what a request carries: the session cookie (HTTP, or the WebSocket upgrade)
 * and `Authorization: Bearer <token>` (HTTP header, or WebSocket connectionParams.authorization).
 */
export async function authenticate(
  services: { em: EntityManager; config: Pick<Config, 'sessionIdleMinutes'>; reference: Pick<ReferenceData, 'organisations'> },
  request: { cookie: string | undefined; authorization: unknown; body?: unknown },
): Promise<Credentials> {
  const em = services.em.fork();
  const sessionToken = sessionTokenOf(request.cookie);
  const session = sessionToken ? await userForSession(em, sessionToken, services.config.sessionIdleMinutes) : null;
  const token = await callerForAuthorization(em, request.authorization);
  // Issue 13: from here on the request runs in its caller's body (row-level security's scope);
  // a caller without credentials, in the deployment's public body.
  narrowOrganisation(
    session?.user.organisationCode ?? token.apiToken?.organisationCode ?? publicOrganisation(services.reference, request.body),
  );
  return {
    user: session?.user ?? null,
    sessionToken,
    sessionExpiresAt: session?.expiresAt ?? null,
    ...token,
  };
}
