import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, rows, sql, type RawBuilder } from '../../db/sql.js';
import { notifyLiveEvent } from '../live-events/notify-live-event.js';
import { secondFactorColumns } from '../second-factor/second-factor.queries.js';
import type { SessionUser } from './session-user.js';
import { Session } from './session.entity.js';

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
  // A native insert: its use starts at the database's now(), the clock `inForce` reads it by.
  await em.insert(Session, { tokenHash: tokenHash(token), user: userId, expiresAt });
  return { token, expiresAt };
}

/** Ends the sessions `which` selects; every server process closes the WebSockets opened with them (NOTIFY, at commit). */
async function endSessions(em: EntityManager, which: RawBuilder<unknown>): Promise<void> {
  await sql`with ended as (delete from session where ${which} returning token_hash)
            select count(${notifyLiveEvent({ topic: 'session', tokenHash: sql.ref('token_hash') })}) from ended`.execute(em.getKysely());
}

/** Ends a session: sign-out, or a new sign-in from the same browser. */
export function endSession(em: EntityManager, token: string): Promise<void> {
  return endSessions(em, sql`token_hash = ${tokenHash(token)}`);
}

/** Ends every session of a user (an account disabled, a password reset), but `keep`'s if given. */
export function endSessionsOf(em: EntityManager, userId: string, keep: string | null = null): Promise<void> {
  return endSessions(em, keep ? sql`user_id = ${userId}::uuid and token_hash <> ${tokenHash(keep)}` : sql`user_id = ${userId}::uuid`);
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
 *
 * Issue 15, item 3: a read does not write. The use is written at most once a minute per session
 * (or a quarter of the idle limit, when that is shorter: a session used more often than its limit
 * never lapses), so the requests of a busy session do not queue on its row.
 */
export async function userForSession(
  em: EntityManager,
  token: string,
  idleMinutes: number,
): Promise<{ user: SessionUser; expiresAt: Date } | null> {
  const row = await firstRow(em, sessionLookup(token, idleMinutes));
  if (!row) return null;
  const { sessionExpiresAt, tokenHash: _hash, stale: _stale, ...user } = row;
  return { user, expiresAt: new Date(sessionExpiresAt) };
}

/** The statement of `userForSession` (also replayed bare by `npm run bench:board`). */
export function sessionLookup(token: string, idleMinutes: number) {
  const touchSeconds = Math.min(60, (idleMinutes * 60) / 4);
  return sql<SessionUser & { sessionExpiresAt: Date; tokenHash: string; stale: boolean }>`with found as (
          select u.id, u.username, u.display_name as "displayName", u.roles,
                 u.organisation_code as "organisationCode", u.division_code as "divisionCode", u.official_id as "officialId",
                 u.must_change_password as "mustChangePassword", ${secondFactorColumns}, s.expires_at as "sessionExpiresAt",
                 s.token_hash as "tokenHash", s.last_seen_at < now() - make_interval(secs => ${touchSeconds}) as "stale"
            from session s join app_user u on u.id = s.user_id
           where s.token_hash = ${tokenHash(token)} and ${inForce(idleMinutes)}
        ), touched as (
          update session s set last_seen_at = now() from found where s.token_hash = found."tokenHash" and found."stale"
        )
        select * from found`;
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
