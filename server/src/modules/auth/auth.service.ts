import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, rows, sql } from '../../db/sql.js';
import { AppError } from '../../graphql/errors.js';
import { decoyHash, verifyPassword } from './password.js';
import type { SessionUser } from './session-user.js';
import { createSession } from './session.service.js';

const wrongCredentials = () =>
  new AppError('UNAUTHENTICATED', 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', 'Wrong username or password');

/** Failures allowed before each further attempt must wait, per username and per address. */
const freeFailures = { user: 5, ip: 20 };
/** Failures older than this are forgotten. */
const failureWindowMinutes = 15;
const maxDelaySeconds = 15 * 60;

/** The wait after `failures` failures: none up to the free ones, then 1 s, 2 s, 4 s … up to 15 min. */
export function signInDelaySeconds(failures: number, free: number): number {
  return failures < free ? 0 : Math.min(maxDelaySeconds, 2 ** (failures - free));
}

function attemptKeys(username: string, ip: string | null): { key: string; free: number }[] {
  return [
    { key: `user:${username.trim().toLowerCase()}`, free: freeFailures.user },
    ...(ip ? [{ key: `ip:${ip}`, free: freeFailures.ip }] : []),
  ];
}

/**
 * Issue 6: sign-in attempts are limited per username and per address, with a growing delay,
 * counted in PostgreSQL so that every server process (and a restart) sees the same attempts.
 */
async function refuseWhileThrottled(em: EntityManager, keys: { key: string; free: number }[]): Promise<void> {
  const found = await rows<{ key: string; failures: number; secondsSince: number }>(
    em,
    sql`select key, failures, extract(epoch from now() - last_failure_at)::float8 as "secondsSince"
          from sign_in_attempt
         where key = any(${keys.map((k) => k.key)}::text[]) and last_failure_at > now() - make_interval(mins => ${failureWindowMinutes})`,
  );
  const wait = Math.max(
    0,
    ...found.map((row) => signInDelaySeconds(row.failures, keys.find((k) => k.key === row.key)!.free) - row.secondsSince),
  );
  if (wait > 0) {
    const seconds = Math.ceil(wait);
    throw new AppError(
      'UNAUTHENTICATED',
      `เข้าสู่ระบบผิดพลาดหลายครั้ง กรุณารอ ${seconds} วินาทีแล้วลองใหม่`,
      `Too many failed sign-ins; try again in ${seconds} seconds`,
      { retryAfterSeconds: seconds },
    );
  }
}

async function recordFailure(em: EntityManager, keys: { key: string }[]): Promise<void> {
  await sql`insert into sign_in_attempt as a (key, failures, last_failure_at)
            select key, 1, now() from unnest(${keys.map((k) => k.key)}::text[]) as key
            on conflict (key) do update
              set failures = case when a.last_failure_at < now() - make_interval(mins => ${failureWindowMinutes}) then 1 else a.failures + 1 end,
                  last_failure_at = now()`.execute(em.getKysely());
}

/**
 * Checks the password and opens a session. A wrong username and a wrong password get the same
 * answer after the same work, so sign-in does not reveal which usernames exist.
 */
export async function signIn(
  em: EntityManager,
  username: string,
  password: string,
  ttlHours: number,
  ip: string | null,
): Promise<{ user: SessionUser; token: string; expiresAt: Date }> {
  const keys = attemptKeys(username, ip);
  await refuseWhileThrottled(em, keys);
  const found = await firstRow<SessionUser & { passwordHash: string }>(
    em,
    sql`select id, username, display_name as "displayName", roles, division_code as "divisionCode",
               official_id as "officialId", password_hash as "passwordHash"
          from app_user where username = ${username.trim()} and active`,
  );
  const valid = await verifyPassword(found?.passwordHash ?? (await decoyHash()), password);
  if (!found || !valid) {
    await recordFailure(em, keys);
    throw wrongCredentials();
  }
  await sql`delete from sign_in_attempt where key = ${keys[0].key}`.execute(em.getKysely());
  const { passwordHash: _, ...user } = found;
  const session = await createSession(em, user.id, ttlHours);
  return { user, ...session };
}
