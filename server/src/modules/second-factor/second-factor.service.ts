import { currentBody } from '../../db/organisation-scope.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, sql } from '../../db/sql.js';
import { verifyPassword } from '../auth/password.js';
import { hasRole, type SessionUser } from '../auth/session-user.js';
import { endSessionsOf } from '../auth/session.service.js';
import { User } from '../auth/user.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { badInput, DomainError } from '../shared/domain-error.js';
import { RecoveryCode } from './recovery-code.entity.js';
import { newRecoveryCode, recoveryCodeCount, recoveryCodeHash } from './recovery-codes.js';
import { SecondFactor } from './second-factor.entity.js';
import { openSecret, sealSecret } from './secret-box.js';
import { newTotpSecret, otpauthUri, totpStepOf } from './totp.js';
import { rolesRequiringSecondFactor, secondFactorColumns, type SecondFactorFlags } from './second-factor.queries.js';

// Issue 11, item 3: two-factor sign-in (TOTP, RFC 6238). Every change runs in its mutation's
// transaction with its audit entry; no secret, code or recovery code is ever an audited value.

export const secondFactorNeeded = () =>
  new DomainError(
    'SECOND_FACTOR_REQUIRED',
    'กรอกรหัส 6 หลักจากแอปยืนยันตัวตนในโทรศัพท์ของท่าน หรือรหัสกู้คืนหนึ่งรหัส',
    'Enter the 6-digit code from your authenticator app, or one of your recovery codes',
    { field: 'otp' },
  );

const wrongCode = () =>
  new DomainError(
    'UNAUTHENTICATED',
    'รหัสยืนยันไม่ถูกต้อง หรือถูกใช้ไปแล้ว กรุณากรอกรหัสใหม่จากแอปยืนยันตัวตน',
    'The code is wrong or was already used; enter a new code from your authenticator app',
    { field: 'otp' },
  );

/** What a user may be asked by the sign-in form: a TOTP code is 6 digits, anything else is a recovery code. */
const isTotpCode = (code: string) => /^\d{6}$/.test(code.replace(/\s/g, ''));

/**
 * Sign-in's second step, after the password was found right (auth.service.ts): with a confirmed
 * factor, a TOTP code of the window not used before, or an unused recovery code (used up by this
 * sign-in). Each check is one statement that claims the code, so two sign-ins racing with one code
 * cannot both succeed. Runs outside any transaction: a code used stays used.
 */
export async function checkSecondFactor(
  em: EntityManager,
  user: { id: string },
  code: string | null,
  key: Buffer | null,
  at: number,
): Promise<SecondFactorFlags> {
  const flags = await firstRow<SecondFactorFlags & { secret: string | null }>(
    em,
    sql`select ${secondFactorColumns},
               (select f.secret from second_factor f where f.user_id = u.id and f.confirmed_at is not null) as secret
          from app_user u where u.id = ${user.id}::uuid`,
  );
  if (!flags?.secret) return { secondFactorEnabled: false, mustEnrolSecondFactor: flags?.mustEnrolSecondFactor ?? false };
  const typed = code?.trim() ?? '';
  if (!typed) throw secondFactorNeeded();
  if (isTotpCode(typed)) {
    const step = totpStepOf(openSecret(flags.secret, user.id, key), typed.replace(/\s/g, ''), at);
    // A code of a step already used (by sign-in or the confirmation) is refused: a replay.
    const claimed =
      step !== null &&
      (await firstRow(
        em,
        sql`update second_factor set last_used_step = ${step}
             where user_id = ${user.id}::uuid and confirmed_at is not null and (last_used_step is null or last_used_step < ${step})
            returning 1 as claimed`,
      ));
    if (!claimed) throw wrongCode();
  } else {
    const claimed = await firstRow(
      em,
      sql`update recovery_code set used_at = now()
           where user_id = ${user.id}::uuid and code_hash = ${recoveryCodeHash(user.id, typed)} and used_at is null
          returning 1 as claimed`,
    );
    if (!claimed) throw wrongCode();
  }
  return { secondFactorEnabled: true, mustEnrolSecondFactor: false };
}

const alreadyOn = () =>
  badInput(
    'secondFactor',
    'ท่านเปิดใช้การยืนยันตัวตนสองขั้นตอนอยู่แล้ว หากต้องการเปลี่ยนโทรศัพท์ กรุณาปิดแล้วเปิดใหม่',
    'Two-factor sign-in is already on; to move it to another phone, turn it off and on again',
  );

/**
 * Starts (or starts again) an enrolment: a new secret, not yet in force. It is answered this once,
 * for the QR code and for typing; after confirmation it never leaves the server.
 */
export async function beginEnrolment(
  em: EntityManager,
  user: SessionUser,
  key: Buffer | null,
  issuer: string,
): Promise<{ secret: string; otpauthUri: string }> {
  const existing = await em.findOne(SecondFactor, { user: user.id });
  if (existing?.confirmedAt) throw alreadyOn();
  const secret = newTotpSecret();
  const sealed = sealSecret(secret, user.id, key);
  if (existing) em.assign(existing, { secret: sealed, lastUsedStep: null, createdAt: new Date() });
  else em.create(SecondFactor, { user: user.id, secret: sealed });
  await em.flush();
  return { secret, otpauthUri: otpauthUri(secret, issuer, user.username) };
}

/**
 * Turns two-factor sign-in on once the app shows a valid code, and answers new recovery codes, shown
 * this once (only their hashes are kept). The confirming code's step counts as used.
 */
export async function confirmEnrolment(em: EntityManager, user: SessionUser, code: string, key: Buffer | null, at: number) {
  const factor = await em.findOne(SecondFactor, { user: user.id });
  if (factor?.confirmedAt) throw alreadyOn();
  if (!factor) {
    throw badInput(
      'code',
      'ยังไม่ได้เริ่มเปิดใช้การยืนยันตัวตนสองขั้นตอน กรุณากดเริ่มแล้วสแกนคิวอาร์โค้ดก่อน',
      'Begin the enrolment and scan the QR code first',
    );
  }
  const step = totpStepOf(openSecret(factor.secret, user.id, key), code.replace(/\s/g, ''), at);
  if (step === null) {
    throw badInput(
      'code',
      'รหัสไม่ถูกต้อง กรุณากรอกรหัส 6 หลักที่แอปแสดงอยู่ตอนนี้ (ตรวจว่าเวลาในโทรศัพท์ตรง)',
      'The code is wrong: enter the 6-digit code the app shows now (check that the phone’s clock is right)',
    );
  }
  em.assign(factor, { confirmedAt: new Date(at), lastUsedStep: step });
  const recoveryCodes = await replaceRecoveryCodes(em, user.id);
  await em.flush();
  return recoveryCodes;
}

async function replaceRecoveryCodes(em: EntityManager, userId: string): Promise<string[]> {
  await em.nativeDelete(RecoveryCode, { user: userId });
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  for (const code of codes) em.create(RecoveryCode, { user: userId, codeHash: recoveryCodeHash(userId, code) });
  return codes;
}

/** Whether the organisation requires a second factor of ADMIN and CENTER_OFFICER accounts. */
export async function secondFactorRequired(em: EntityManager): Promise<boolean> {
  const body = currentBody();
  const organisations = await em.find(Organisation, body === undefined ? {} : { code: body }, { fields: ['secondFactorRequired'] });
  return organisations.some((organisation) => organisation.secondFactorRequired);
}

/**
 * Every user: turns their own two-factor sign-in off, with their password. Refused while the
 * organisation requires it of their role (they would be held at the enrolment at once).
 */
export async function disableSecondFactor(em: EntityManager, user: SessionUser, currentPassword: string): Promise<void> {
  const account = await em.findOneOrFail(User, user.id);
  if (!(await verifyPassword(account.passwordHash, currentPassword))) {
    throw new DomainError('UNAUTHENTICATED', 'รหัสผ่านปัจจุบันไม่ถูกต้อง', 'The current password is wrong', { field: 'currentPassword' });
  }
  if (hasRole(user, ...rolesRequiringSecondFactor) && (await secondFactorRequired(em))) {
    throw new DomainError(
      'FORBIDDEN',
      'หน่วยงานกำหนดให้ผู้ดูแลระบบและเจ้าหน้าที่ศูนย์ต้องใช้การยืนยันตัวตนสองขั้นตอน จึงปิดไม่ได้',
      'Your organisation requires two-factor sign-in of administrators and Center officers: it cannot be turned off',
    );
  }
  if (!(await forgetSecondFactor(em, user.id))) {
    throw badInput('secondFactor', 'ท่านยังไม่ได้เปิดใช้การยืนยันตัวตนสองขั้นตอน', 'Two-factor sign-in is not on');
  }
}

/** Deletes the user's factor and recovery codes; says whether there was a factor. */
async function forgetSecondFactor(em: EntityManager, userId: string): Promise<boolean> {
  await em.nativeDelete(RecoveryCode, { user: userId });
  return (await em.nativeDelete(SecondFactor, { user: userId })) > 0;
}

/**
 * ADMIN: for a user who lost their phone. Their factor and recovery codes go, and their sessions
 * end; they sign in with their password and enrol again (held at the enrolment when required).
 */
export async function resetSecondFactor(em: EntityManager, username: string): Promise<User> {
  const user = await em.findOne(User, { username: username.trim() });
  if (!user) throw new DomainError('NOT_FOUND', `ไม่พบผู้ใช้ ${username}`, `No user ${username}`, { field: 'username' });
  await forgetSecondFactor(em, user.id);
  await endSessionsOf(em, user.id);
  return user;
}

/**
 * ADMIN: requires (or no longer requires) a second factor of ADMIN and CENTER_OFFICER accounts. An
 * administrator turns their own on first, so that requiring it does not hold them at the enrolment.
 */
export async function setSecondFactorRequired(em: EntityManager, admin: SessionUser, required: boolean): Promise<boolean> {
  if (required && !admin.secondFactorEnabled) {
    throw badInput(
      'required',
      'กรุณาเปิดใช้การยืนยันตัวตนสองขั้นตอนของบัญชีท่านเองก่อน แล้วจึงกำหนดให้ทุกคนต้องใช้',
      'Turn on two-factor sign-in for your own account first, then require it',
    );
  }
  await em.nativeUpdate(Organisation, { code: admin.organisationCode }, { secondFactorRequired: required });
  return required;
}

/** ADMIN's list of accounts: which have two-factor sign-in on, in one statement. */
export async function usersWithSecondFactor(em: EntityManager, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const factors = await em.find(SecondFactor, { user: { $in: userIds }, confirmedAt: { $ne: null } }, { fields: ['user'] });
  return new Set(factors.map((factor) => factor.user.id));
}
