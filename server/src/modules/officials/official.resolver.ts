import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireRole, requireUser } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { localTime } from '../calendar/working-time.js';
import { UserView } from '../auth/user.view.js';
import { Division } from '../divisions/division.entity.js';
import { findOfficials } from './official.queries.js';
import { createOfficial, updateOfficial } from './official.service.js';
import { CreateOfficialInput, OfficialPayload, UpdateOfficialInput } from './official.types.js';
import { OfficialView } from './official.view.js';

const manageOfficials = { th: 'จัดการรายชื่อเจ้าหน้าที่', en: 'manage the officials' };

@Resolver(() => OfficialView)
export class OfficialResolver {
  @Query(() => [OfficialView], { description: 'Every official, by division then name. Signed-in users.' })
  async officials(@Ctx() ctx: Context): Promise<OfficialView[]> {
    requireUser(ctx);
    return findOfficials(ctx.em);
  }

  @Mutation(() => OfficialPayload, { description: 'ADMIN: a new official (contract, "Accounts")' })
  async createOfficial(@Arg('input', () => CreateOfficialInput) input: CreateOfficialInput, @Ctx() ctx: Context): Promise<OfficialPayload> {
    requireRole(ctx, [Role.ADMIN], manageOfficials);
    const id = await createOfficial(ctx.em, ctx.reference, input);
    return { official: (await findOfficials(ctx.em, [id]))[0]! };
  }

  @Mutation(() => OfficialPayload, { description: "ADMIN: an official's name, position, division, or the day they left" })
  async updateOfficial(@Arg('input', () => UpdateOfficialInput) input: UpdateOfficialInput, @Ctx() ctx: Context): Promise<OfficialPayload> {
    requireRole(ctx, [Role.ADMIN], manageOfficials);
    const id = await updateOfficial(ctx.em, ctx.reference, input, localTime(new Date(), ctx.reference.timeZone).date);
    return { official: (await findOfficials(ctx.em, [id]))[0]! };
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
