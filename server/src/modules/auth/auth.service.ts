import { ALL_ORGANISATIONS, inOrganisation } from '../../db/organisation-scope.js';
import { randomUUID } from 'node:crypto';
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, sql } from '../../db/sql.js';
import { DomainError } from '../shared/domain-error.js';
import { checkSecondFactor } from '../second-factor/second-factor.service.js';
import { totpClock } from '../second-factor/totp.js';
import { KnownDevice } from './known-device.entity.js';
import { decoyHash, verifyPassword } from './password.js';
import { sessionUserOf, type SessionUser } from './session-user.js';
import { createSession, newSessionToken, tokenHash } from './session.service.js';
import { User } from './user.entity.js';

const wrongCredentials = () => new DomainError('UNAUTHENTICATED', 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', 'Wrong username or password');

/**
 * Attempts allowed before each further one must wait (issue 9, item 10): per account (or per known
 * device of the account), and per client address far higher, so that an office behind one address
 * is not locked out by its colleagues' typos.
 */
export const freeAttempts = { account: 5, address: 200 } as const;
/** Failures older than this are forgotten. */
const windowMinutes = 15;
const maxDelaySeconds = 15 * 60;

interface Counter {
  key: string;
  free: number;
}

/** The counters an attempt is counted against: the account (or its known device), and the address. */
interface Counters {
  account: Counter;
  address: Counter | null;
}

/**
 * Issue 9, item 9: counts this attempt against each counter before the password is checked, in one
 * statement, and says whether it may go on. Each counter row is locked while it is counted, so
 * concurrent attempts are counted one after another and cannot outrun the limit; an attempt that
 * must wait changes nothing (a refused attempt neither counts nor restarts the delay, so hammering
 * cannot keep an account shut). The address is counted first and the account only if the address
 * allowed it. Runs outside the mutation's transaction: a refused sign-in keeps its count.
 */
async function countAttempt(em: EntityManager, counters: Counters): Promise<{ allowed: boolean; waitSeconds: number }> {
  const attempt = randomUUID();
  // The wait after n failures: none up to the free ones, then 1 s, 2 s, 4 s … up to 15 minutes.
  const delay = (free: number) =>
    sql`least(${maxDelaySeconds}::float8, power(2, least(a.failures - ${free}::int, 20))) * interval '1 second'`;
  const fresh = sql`a.last_failure_at < now() - make_interval(mins => ${windowMinutes})`;
  const step = (counter: Counter, after: string | null) => sql`
    insert into sign_in_attempt as a (key, failures, last_failure_at, last_attempt_id)
    select ${counter.key}, 1, now(), ${attempt}::uuid
     ${after ? sql`where (select allowed from ${sql.table(after)})` : sql``}
    on conflict (key) do update set
      failures = case when ${fresh} then 1
                      when a.failures < ${counter.free} or a.last_failure_at <= now() - ${delay(counter.free)} then a.failures + 1
                      else a.failures end,
      last_failure_at = case when ${fresh} or a.failures < ${counter.free} or a.last_failure_at <= now() - ${delay(counter.free)}
                             then now() else a.last_failure_at end,
      last_attempt_id = case when ${fresh} or a.failures < ${counter.free} or a.last_failure_at <= now() - ${delay(counter.free)}
                             then ${attempt}::uuid else a.last_attempt_id end
    returning a.last_attempt_id = ${attempt}::uuid as allowed,
              extract(epoch from a.last_failure_at + ${delay(counter.free)} - now())::float8 as wait`;
  const row = await firstRow<{ allowed: boolean; waitSeconds: number }>(
    em,
    counters.address
      ? sql`with address as (${step(counters.address, null)}), account as (${step(counters.account, 'address')})
            select coalesce((select allowed from account), false) as allowed,
                   case when allowed then coalesce((select case when allowed then 0 else wait end from account), 0) else wait end as "waitSeconds"
              from address`
      : sql`with account as (${step(counters.account, null)}) select allowed, case when allowed then 0 else wait end as "waitSeconds" from account`,
  );
  return row!;
}

/** A success gives back what it was counted: the account's (or device's) failures end, the address's drop by one. */
async function creditAttempt(em: EntityManager, counters: Counters): Promise<void> {
  await sql`with forgotten as (delete from sign_in_attempt where key = ${counters.account.key})
            update sign_in_attempt set failures = greatest(failures - 1, 0) where key = ${counters.address?.key ?? ''}`.execute(
    em.getKysely(),
  );
}

/** Is this device cookie one the user has signed in with before? */
async function isKnownDevice(em: EntityManager, deviceToken: string | null, username: string): Promise<boolean> {
  if (!deviceToken) return false;
  return (await em.count(KnownDevice, { tokenHash: tokenHash(deviceToken), user: { username } })) > 0;
}

export interface SignInRequest {
  username: string;
  password: string;
  ip: string | null;
  /** The browser's device cookie, if it sent one. */
  deviceToken: string | null;
  /** Issue 11, item 3: the TOTP code or a recovery code, for an account with two-factor sign-in. */
  otp?: string | null;
  /** SECOND_FACTOR_KEY, which opens the sealed TOTP secrets. */
  secondFactorKey?: Buffer | null;
}

/**
 * Counts the attempt, then checks the password (issue 9, items 9 and 10), holding no transaction:
 * every statement commits on its own. A wrong username and a wrong password get the same answer
 * after the same work, so sign-in does not reveal which usernames exist.
 */
export function checkCredentials(em: EntityManager, request: SignInRequest): Promise<SessionUser> {
  // Issue 13: usernames are one namespace on the deployment; the account is found across bodies.
  return inOrganisation(ALL_ORGANISATIONS, () => checkCredentialsOfAnyBody(em, request));
}

async function checkCredentialsOfAnyBody(em: EntityManager, request: SignInRequest): Promise<SessionUser> {
  const username = request.username.trim();
  const known = await isKnownDevice(em, request.deviceToken, username);
  // Issue 9, item 10: from a known device the account is limited by that device's own failures,
  // not by those made elsewhere against it; the address, with a far higher limit, always counts.
  const counters: Counters = {
    account: known
      ? { key: `device:${tokenHash(request.deviceToken!)}`, free: freeAttempts.account }
      : { key: `user:${username.toLowerCase()}`, free: freeAttempts.account },
    address: request.ip ? { key: `ip:${request.ip}`, free: freeAttempts.address } : null,
  };
  const { allowed, waitSeconds } = await countAttempt(em, counters);
  if (!allowed) {
    const seconds = Math.max(1, Math.ceil(waitSeconds));
    throw new DomainError(
      'UNAUTHENTICATED',
      `เข้าสู่ระบบผิดพลาดหลายครั้ง กรุณารอ ${seconds} วินาทีแล้วลองใหม่`,
      `Too many failed sign-ins; try again in ${seconds} seconds`,
      { retryAfterSeconds: seconds },
    );
  }
  const found = await em.findOne(User, { username, active: true });
  const valid = await verifyPassword(found?.passwordHash ?? (await decoyHash()), request.password);
  if (!found || !valid) throw wrongCredentials();
  // Issue 11, item 3: only a right password learns that a code is needed. Asking for the code, and
  // a wrong or replayed one, keep the attempt counted like a wrong password; only a success credits.
  const flags = await checkSecondFactor(em, found, request.otp ?? null, request.secondFactorKey ?? null, totpClock.now());
  await creditAttempt(em, counters);
  return { ...sessionUserOf(found), ...flags };
}

/** Opens a session for a user whose password was checked, and knows this browser as theirs from now on. */
export async function openSession(
  em: EntityManager,
  user: SessionUser,
  ttlHours: number,
  deviceToken: string | null,
): Promise<{ token: string; expiresAt: Date; deviceToken: string }> {
  const session = await createSession(em, user.id, ttlHours);
  const device = deviceToken ?? newSessionToken();
  await em
    .createQueryBuilder(KnownDevice)
    .insert({ tokenHash: tokenHash(device), user: user.id })
    .onConflict(['tokenHash', 'user'])
    .merge({ lastUsedAt: raw('now()') })
    .execute();
  return { ...session, deviceToken: device };
}
