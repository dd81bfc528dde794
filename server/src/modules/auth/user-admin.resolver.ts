import { Arg, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DomainError } from '../shared/domain-error.js';
import { requireRole } from './access.js';
import { Role } from './role.js';
import { sessionUserOf } from './session-user.js';
import { endSessionsOf } from './session.service.js';
import { User } from './user.entity.js';
import { UserView } from './user.view.js';
import { Audited } from '../audit/audited.js';
import { findOfficials } from '../officials/official.queries.js';
import {
  CreateUserInput,
  CreateUserPayload,
  ResetPasswordInput,
  ResetPasswordPayload,
  UpdateUserInput,
  UpdateUserPayload,
} from './account.types.js';
import { createUser, lastSignInsOf, resetPassword, updateUser } from './accounts.service.js';
import { usersWithSecondFactor } from '../second-factor/second-factor.service.js';

@InputType()
export class SetUserActiveInput {
  @Field(() => String) @Audited() username!: string;
  @Field(() => Boolean) active!: boolean;
}

const manageAccounts = { th: 'จัดการบัญชีผู้ใช้', en: 'manage accounts' };

/** An account as ADMIN sees it: whether it may sign in and must change its password too. */
const adminView = (user: User): UserView => ({ ...sessionUserOf(user), active: user.active });

@Resolver(() => UserView)
export class UserAdminResolver {
  @Query(() => [UserView], { description: "ADMIN: the organisation's accounts, by username" })
  async users(@Ctx() ctx: Context): Promise<UserView[]> {
    requireRole(ctx, [Role.ADMIN], manageAccounts);
    const users = await ctx.em.find(User, {}, { orderBy: { username: 'asc' } });
    const officials = new Map(
      (
        await findOfficials(
          ctx.em,
          users.flatMap((user) => (user.official ? [user.official.id] : [])),
        )
      ).map((o) => [o.id, o]),
    );
    const ids = users.map((user) => user.id);
    const [withSecondFactor, lastSignIns] = [await usersWithSecondFactor(ctx.em, ids), await lastSignInsOf(ctx.em, ids)];
    return users.map((user) => ({
      ...adminView(user),
      official: user.official ? (officials.get(user.official.id) ?? null) : null,
      secondFactorEnabled: withSecondFactor.has(user.id),
      lastSignInAt: lastSignIns.get(user.id) ?? null,
    }));
  }

  @Mutation(() => CreateUserPayload, { description: 'ADMIN: a new account; its temporary password is answered once' })
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<CreateUserPayload> {
    requireRole(ctx, [Role.ADMIN], manageAccounts);
    const { user, temporaryPassword } = await createUser(ctx.em, ctx.reference, input);
    return { user: adminView(user), temporaryPassword };
  }

  @Mutation(() => UpdateUserPayload, { description: "ADMIN: changes an account's name, roles, division or official; its sessions end" })
  async updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: Context): Promise<UpdateUserPayload> {
    const admin = requireRole(ctx, [Role.ADMIN], manageAccounts);
    return { user: adminView(await updateUser(ctx.em, ctx.reference, admin, input)) };
  }

  @Mutation(() => ResetPasswordPayload, { description: 'ADMIN: a new temporary password, answered once; the sessions of the account end' })
  async resetPassword(
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    @Ctx() ctx: Context,
  ): Promise<ResetPasswordPayload> {
    requireRole(ctx, [Role.ADMIN], manageAccounts);
    return { temporaryPassword: await resetPassword(ctx.em, input.username) };
  }

  /**
   * ADMIN: disables (or enables again) an account. Disabling ends its sessions at once: HTTP
   * requests are refused and its WebSockets are closed in every server process (NOTIFY).
   */
  @Mutation(() => UserView, {
    description: 'ADMIN: disables or enables an account; disabling ends all its sessions and closes its WebSockets',
  })
  async setUserActive(@Arg('input', () => SetUserActiveInput) input: SetUserActiveInput, @Ctx() ctx: Context): Promise<UserView> {
    requireRole(ctx, [Role.ADMIN], manageAccounts);
    const user = await ctx.em
      .createQueryBuilder(User)
      .update({ active: input.active })
      .where({ username: input.username.trim() })
      .returning('*')
      .getSingleResult();
    if (!user) throw new DomainError('NOT_FOUND', `ไม่พบผู้ใช้ ${input.username}`, `No user ${input.username}`, { field: 'username' });
    if (!input.active) await endSessionsOf(ctx.em, user.id);
    return adminView(user);
  }
}
