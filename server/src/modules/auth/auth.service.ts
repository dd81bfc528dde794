import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, sql } from '../../db/sql.js';
import { AppError } from '../../graphql/errors.js';
import { decoyHash, verifyPassword } from './password.js';
import type { SessionUser } from './session-user.js';
import { createSession } from './session.service.js';

const wrongCredentials = () =>
  new AppError('UNAUTHENTICATED', 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', 'Wrong username or password');

/**
 * Checks the password and opens a session. A wrong username and a wrong password get the same
 * answer after the same work, so sign-in does not reveal which usernames exist.
 */
export async function signIn(
  em: EntityManager,
  username: string,
  password: string,
  ttlHours: number,
): Promise<{ user: SessionUser; token: string; expiresAt: Date }> {
  const found = await firstRow<SessionUser & { passwordHash: string }>(
    em,
    sql`select id, username, display_name as "displayName", roles, division_code as "divisionCode",
               official_id as "officialId", password_hash as "passwordHash"
          from app_user where username = ${username.trim()} and active`,
  );
  const valid = await verifyPassword(found?.passwordHash ?? (await decoyHash()), password);
  if (!found || !valid) throw wrongCredentials();
  const { passwordHash: _, ...user } = found;
  const session = await createSession(em, user.id, ttlHours);
  return { user, ...session };
}
