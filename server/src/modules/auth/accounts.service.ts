import { oversees } from '../oversight/oversight.service.js';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rows, sql } from '../../db/sql.js';
import { Official } from '../officials/official.entity.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { badInput, DomainError } from '../shared/domain-error.js';
import { isUuid } from '../shared/input-checks.js';
import type { CreateUserInput, UpdateUserInput } from './account.types.js';
import { hashPassword, verifyPassword } from './password.js';
import { passwordProblem, temporaryPassword } from './password-policy.js';
import { Role } from './role.js';
import { endSessionsOf } from './session.service.js';
import { User } from './user.entity.js';

// Contract, "Accounts". Every change runs in its mutation's transaction with its audit entry.

const noUser = (username: string) => new DomainError('NOT_FOUND', `ไม่พบผู้ใช้ ${username}`, `No user ${username}`, { field: 'username' });

async function userNamed(em: EntityManager, username: string): Promise<User> {
  const user = await em.findOne(User, { username: username.trim() }, { populate: ['official'] });
  if (!user) throw noUser(username);
  return user;
}

/** The division and the official an account names, checked: a DIVISION_OFFICER belongs to a division. */
async function placement(
  em: EntityManager,
  reference: ReferenceData,
  roles: readonly Role[],
  divisionCode: string | null,
  officialId: string | null,
  self: User | null,
) {
  // Issue 13: OVERSEER reads the bodies below an oversight body; a local body has none below it.
  if (roles.includes(Role.OVERSEER) && !oversees(reference.organisation.kind)) {
    throw badInput(
      'roles',
      'บทบาทผู้กำกับดูแลใช้ได้เฉพาะผู้ใช้ของอำเภอ จังหวัด หรือส่วนกลาง',
      'OVERSEER is a role of the users of a DISTRICT, PROVINCE or NATIONAL body only',
    );
  }
  if (divisionCode && !reference.divisions.has(divisionCode)) {
    throw badInput('divisionCode', `ไม่รู้จักหน่วยงาน "${divisionCode}"`, `Unknown division "${divisionCode}"`);
  }
  if (roles.includes(Role.DIVISION_OFFICER) && !divisionCode) {
    throw badInput('divisionCode', 'เจ้าหน้าที่กองต้องระบุกองที่สังกัด', 'A division officer needs a division');
  }
  if (!officialId) return { division: divisionCode, official: null };
  const official = isUuid(officialId) ? await em.findOne(Official, officialId) : null;
  if (!official) throw badInput('officialId', 'ไม่พบเจ้าหน้าที่ตามรหัสที่ระบุ', 'No official with this id');
  // The accused rule needs one account per official.
  const other = await em.findOne(User, { official: officialId });
  if (other && other.id !== self?.id) {
    throw badInput('officialId', `เจ้าหน้าที่ผู้นี้มีบัญชีผู้ใช้อยู่แล้ว (${other.username})`, `This official already has an account (${other.username})`);
  }
  return { division: divisionCode, official: officialId };
}

/** Usernames are unique on the deployment, whatever the case in which they are typed (contract, "Accounts"). */
export async function usernameTaken(em: EntityManager, username: string): Promise<boolean> {
  return (await em.count(User, { username: { $ilike: username.replace(/[\\%_]/g, '\\$&') } })) > 0;
}

/** ADMIN: a new account with a temporary password, to be changed at first sign-in. */
export async function createUser(em: EntityManager, reference: ReferenceData, input: CreateUserInput) {
  const username = input.username.trim();
  if (await usernameTaken(em, username)) {
    throw badInput('username', `มีผู้ใช้ชื่อ ${username} อยู่แล้ว`, `The username ${username} is taken`);
  }
  const roles = [...new Set(input.roles)];
  const place = await placement(em, reference, roles, input.divisionCode ?? null, input.officialId ?? null, null);
  const password = temporaryPassword();
  const user = em.create(User, {
    username,
    displayName: input.displayName.trim(),
    passwordHash: await hashPassword(password),
    roles,
    divisionCode: place.division,
    official: place.official,
    mustChangePassword: true,
  });
  try {
    await em.flush();
  } catch (error) {
    // Two administrators creating the same username at once: the second is told, as above.
    if (error instanceof UniqueConstraintViolationException) {
      throw badInput('username', `มีผู้ใช้ชื่อ ${username} อยู่แล้ว`, `The username ${username} is taken`);
    }
    throw error;
  }
  return { user, temporaryPassword: password };
}

/**
 * ADMIN: changes what is given. No administrator removes their own ADMIN role, nor the last
 * ADMIN's: the body would be left without anyone to manage its accounts.
 */
export async function updateUser(em: EntityManager, reference: ReferenceData, admin: { id: string }, input: UpdateUserInput) {
  const user = await userNamed(em, input.username);
  const roles = input.roles ? [...new Set(input.roles)] : user.roles;
  if (user.roles.includes(Role.ADMIN) && !roles.includes(Role.ADMIN)) {
    if (user.id === admin.id) throw badInput('roles', 'ท่านถอดบทบาทผู้ดูแลระบบของตนเองไม่ได้', 'You cannot remove your own ADMIN role');
    const others = await em.count(User, { roles: { $contains: [Role.ADMIN] }, active: true, id: { $ne: user.id } });
    if (others === 0) throw badInput('roles', 'ต้องมีผู้ดูแลระบบอย่างน้อยหนึ่งคน', 'There must be at least one ADMIN');
  }
  const divisionCode = input.divisionCode === undefined ? user.divisionCode : input.divisionCode;
  const officialId = input.officialId === undefined ? (user.official?.id ?? null) : input.officialId;
  const place = await placement(em, reference, roles, divisionCode, officialId, user);
  const reach = (of: { roles: readonly string[]; division: string | null; official: string | null }) =>
    JSON.stringify([[...of.roles].sort(), of.division, of.official]);
  const reachChanged =
    reach({ roles: user.roles, division: user.divisionCode, official: user.official?.id ?? null }) !== reach({ roles, ...place });
  em.assign(user, {
    displayName: input.displayName?.trim() ?? user.displayName,
    roles,
    divisionCode: place.division,
    official: place.official,
  });
  await em.flush();
  // A change of roles, division or official changes what the account may see: its sessions end.
  if (reachChanged) await endSessionsOf(em, user.id);
  return user;
}

/** ADMIN: a new temporary password; the account's sessions end at once. */
export async function resetPassword(em: EntityManager, username: string) {
  const user = await userNamed(em, username);
  const password = temporaryPassword();
  em.assign(user, { passwordHash: await hashPassword(password), mustChangePassword: true });
  await em.flush();
  await endSessionsOf(em, user.id);
  return password;
}

/**
 * Every user: a new password for their own account. A wrong current password is UNAUTHENTICATED;
 * a weak new one BAD_USER_INPUT saying why. The user's other sessions end; this one goes on.
 */
export async function changePassword(
  em: EntityManager,
  userId: string,
  currentPassword: string,
  newPassword: string,
  keepSession: string | null,
) {
  const user = await em.findOneOrFail(User, userId);
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new DomainError('UNAUTHENTICATED', 'รหัสผ่านปัจจุบันไม่ถูกต้อง', 'The current password is wrong', { field: 'currentPassword' });
  }
  const problem = passwordProblem(newPassword, user.username);
  if (problem) throw problem;
  if (newPassword === currentPassword)
    throw badInput('newPassword', 'รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม', 'The new password must differ from the current one');
  em.assign(user, { passwordHash: await hashPassword(newPassword), mustChangePassword: false });
  await em.flush();
  await endSessionsOf(em, user.id, keepSession);
}

/**
 * Issue 11, item 2 ("last sign-in"): every sign-in marks the browser it came from (known_device,
 * issue 9, item 10), so an account's last sign-in is the latest of its devices', in one statement.
 */
export async function lastSignInsOf(em: EntityManager, userIds: readonly string[]): Promise<Map<string, Date>> {
  const found = await rows<{ userId: string; at: Date }>(
    em,
    sql`select user_id as "userId", max(last_used_at) as at from known_device where user_id = any(${userIds}::uuid[]) group by user_id`,
  );
  return new Map(found.map((row) => [row.userId, new Date(row.at)]));
}
