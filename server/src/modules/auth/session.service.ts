import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, rows, sql } from '../../db/sql.js';
import { alertChannel } from '../live-events/live-event.js';
import type { SessionUser } from './session-user.js';

export const sessionCookieName = 'rongrian_session';

/** 256 random bits; only their SHA-256 is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(em: EntityManager, userId: string, ttlHours: number): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  await sql`insert into session (token_hash, user_id, expires_at) values (${tokenHash(token)}, ${userId}, ${expiresAt})`.execute(
    em.getKysely(),
  );
  return { token, expiresAt };
}

/** Ends a session; every server process closes the WebSockets opened with it (NOTIFY, at commit). */
export async function endSession(em: EntityManager, token: string): Promise<void> {
  await sql`with ended as (delete from session where token_hash = ${tokenHash(token)} returning token_hash)
            select pg_notify(${alertChannel}, json_build_object('topic', 'session', 'tokenHash', token_hash)::text) from ended`.execute(
    em.getKysely(),
  );
}

/**
 * A session `s` of the user `u` still in force: before its absolute end (SESSION_TTL_HOURS from
 * sign-in), used within `idleMinutes` (only requests count as use: an open WebSocket does not),
 * and its user not disabled. Signed out, it is no longer there at all.
 */
function inForce(idleMinutes: number) {
  return sql`s.expires_at > now() and s.last_seen_at > now() - make_interval(mins => ${idleMinutes}) and u.active`;
}

/**
 * The signed-in user behind a session token, and the session's absolute end, noting the use: one
 * statement, run once per request. A session no longer in force is no session.
 */
export async function userForSession(em: EntityManager, token: string, idleMinutes: number): Promise<{ user: SessionUser; expiresAt: Date } | null> {
  const row = await firstRow<SessionUser & { sessionExpiresAt: Date }>(
    em,
    sql`update session s set last_seen_at = now()
          from app_user u
         where u.id = s.user_id and s.token_hash = ${tokenHash(token)} and ${inForce(idleMinutes)}
        returning u.id, u.username, u.display_name as "displayName", u.roles,
                  u.division_code as "divisionCode", u.official_id as "officialId", s.expires_at as "sessionExpiresAt"`,
  );
  if (!row) return null;
  const { sessionExpiresAt, ...user } = row;
  return { user, expiresAt: new Date(sessionExpiresAt) };
}

/** Which of these sessions (by token hash) are still in force, in one statement; using none of them. */
export async function sessionsInForce(em: EntityManager, tokenHashes: string[], idleMinutes: number): Promise<Set<string>> {
  if (tokenHashes.length === 0) return new Set();
  const found = await rows<{ tokenHash: string }>(
    em,
    sql`select s.token_hash as "tokenHash" from session s join app_user u on u.id = s.user_id
         where s.token_hash = any(${tokenHashes}::text[]) and ${inForce(idleMinutes)}`,
  );
  return new Set(found.map((row) => row.tokenHash));
}
