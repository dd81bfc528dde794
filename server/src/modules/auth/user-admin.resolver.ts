import { Arg, Ctx, Field, InputType, Mutation, Resolver } from 'type-graphql';
import { firstRow, sql } from '../../db/sql.js';
import type { Context } from '../../graphql/context.js';
import { DomainError } from '../shared/domain-error.js';
import { alertChannel } from '../live-events/live-event.js';
import { requireRole } from './access.js';
import { Role } from './role.js';
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
  @Mutation(() => UserView, { description: "ADMIN: disables or enables an account; disabling ends all its sessions and closes its WebSockets" })
  async setUserActive(@Arg('input', () => SetUserActiveInput) input: SetUserActiveInput, @Ctx() ctx: Context): Promise<UserView> {
    requireRole(ctx, [Role.ADMIN], { th: 'จัดการบัญชีผู้ใช้', en: 'manage accounts' });
    const user = await firstRow<UserView>(
      ctx.em,
      sql`with changed as (
            update app_user set active = ${input.active} where username = ${input.username.trim()}
            returning id, username, display_name as "displayName", roles, division_code as "divisionCode", official_id as "officialId"
          ), ended as (
            delete from session where ${!input.active} and user_id in (select id from changed) returning token_hash
          )
          select changed.*, (select count(pg_notify(${alertChannel}, json_build_object('topic', 'session', 'tokenHash', token_hash)::text)) from ended) as ended
            from changed`,
    );
    if (!user) throw new DomainError('NOT_FOUND', `ไม่พบผู้ใช้ ${input.username}`, `No user ${input.username}`, { field: 'username' });
    return user;
  }
}
