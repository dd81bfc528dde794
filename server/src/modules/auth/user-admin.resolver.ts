import { Arg, Ctx, Field, InputType, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DomainError } from '../shared/domain-error.js';
import { requireRole } from './access.js';
import { Role } from './role.js';
import { sessionUserOf } from './session-user.js';
import { endSessionsOf } from './session.service.js';
import { User } from './user.entity.js';
import { UserView } from './user.view.js';
import { Audited } from '../audit/audited.js';

@InputType()
export class SetUserActiveInput {
  @Field(() => String) @Audited() username!: string;
  @Field(() => Boolean) active!: boolean;
}

@Resolver(() => UserView)
export class UserAdminResolver {
  /**
   * ADMIN: disables (or enables again) an account. Disabling ends its sessions at once: HTTP
   * requests are refused and its WebSockets are closed in every server process (NOTIFY).
   */
  @Mutation(() => UserView, {
    description: 'ADMIN: disables or enables an account; disabling ends all its sessions and closes its WebSockets',
  })
  async setUserActive(@Arg('input', () => SetUserActiveInput) input: SetUserActiveInput, @Ctx() ctx: Context): Promise<UserView> {
    requireRole(ctx, [Role.ADMIN], { th: 'จัดการบัญชีผู้ใช้', en: 'manage accounts' });
    const user = await ctx.em
      .createQueryBuilder(User)
      .update({ active: input.active })
      .where({ username: input.username.trim() })
      .returning('*')
      .getSingleResult();
    if (!user) throw new DomainError('NOT_FOUND', `ไม่พบผู้ใช้ ${input.username}`, `No user ${input.username}`, { field: 'username' });
    if (!input.active) await endSessionsOf(ctx.em, user.id);
    return sessionUserOf(user);
  }
}
