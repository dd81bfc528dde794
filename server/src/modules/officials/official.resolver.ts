import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireUser } from '../auth/access.js';
import { UserView } from '../auth/user.view.js';
import { Division } from '../divisions/division.entity.js';
import { findOfficials } from './official.queries.js';
import { OfficialView } from './official.view.js';

@Resolver(() => OfficialView)
export class OfficialResolver {
  @Query(() => [OfficialView], { description: 'Every official, by division then name. Signed-in users.' })
  async officials(@Ctx() ctx: Context): Promise<OfficialView[]> {
    requireUser(ctx);
    return findOfficials(ctx.em);
  }

  @FieldResolver(() => Division)
  division(@Root() official: OfficialView, @Ctx() ctx: Context) {
    return ctx.reference.division(official.divisionCode);
  }

  @FieldResolver(() => UserView, { nullable: true })
  async user(@Root() official: OfficialView, @Ctx() ctx: Context): Promise<UserView | null> {
    if (official.user !== undefined) return official.user;
    const [found] = await findOfficials(ctx.em, [official.id]);
    return found?.user ?? null;
  }
}
