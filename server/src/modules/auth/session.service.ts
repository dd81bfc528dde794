import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, sql } from '../../db/sql.js';
import { alertChannel } from '../alerts/alert.types.js';
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
 * The signed-in user behind a session token, noting the use: one statement, run once per request.
 * A session past its absolute end, or unused for `idleMinutes`, is no session.
 */
export async function userForSession(em: EntityManager, token: string, idleMinutes: number): Promise<SessionUser | null> {
  const row = await firstRow<SessionUser>(
    em,
    sql`update session s set last_seen_at = now()
          from app_user u
         where u.id = s.user_id and s.token_hash = ${tokenHash(token)} and s.expires_at > now()
           and s.last_seen_at > now() - make_interval(mins => ${idleMinutes}) and u.active
        returning u.id, u.username, u.display_name as "displayName", u.roles,
                  u.division_code as "divisionCode", u.official_id as "officialId"`,
  );
  return row ?? null;
}
