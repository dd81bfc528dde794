import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireRole, requireUser } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { AddHolidayInput, RemoveHolidayInput } from './calendar.inputs.js';
import { addHoliday, listHolidays, removeHoliday } from './calendar.service.js';
import { Holiday } from './holiday.entity.js';

/** `clocksMoved` is the contract's name for the open deadlines a calendar change moved. */
@ObjectType()
export class AddHolidayPayload {
  @Field(() => Holiday) holiday!: Holiday;
  @Field(() => Int, { description: 'How many open clocks moved' }) clocksMoved!: number;
}

@ObjectType()
export class RemoveHolidayPayload {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => Int, { description: 'How many open clocks moved' }) clocksMoved!: number;
}

const admin = { th: 'แก้ไขปฏิทินวันหยุด', en: 'change the holiday calendar' };

@Resolver(() => Holiday)
export class CalendarResolver {
  @Query(() => [Holiday], { description: 'The days offices close, between two dates (YYYY-MM-DD) if given' })
  holidays(
    @Ctx() ctx: Context,
    @Arg('from', () => String, { nullable: true }) from?: string | null,
    @Arg('to', () => String, { nullable: true }) to?: string | null,
  ) {
    requireUser(ctx);
    return listHolidays(ctx.em, from, to);
  }

  @Mutation(() => AddHolidayPayload, {
    description: 'ADMIN: adds a holiday; every open clock it delays is recomputed and the change recorded on the complaint',
  })
  async addHoliday(@Arg('input', () => AddHolidayInput) input: AddHolidayInput, @Ctx() ctx: Context): Promise<AddHolidayPayload> {
    const user = requireRole(ctx, [Role.ADMIN], admin);
    const { holiday, deadlinesMoved } = await addHoliday(ctx.em, user.id, input);
    return { holiday, clocksMoved: deadlinesMoved };
  }

  @Mutation(() => RemoveHolidayPayload, { description: 'ADMIN: removes a holiday; open clocks are recomputed' })
  async removeHoliday(
    @Arg('input', () => RemoveHolidayInput) input: RemoveHolidayInput,
    @Ctx() ctx: Context,
  ): Promise<RemoveHolidayPayload> {
    const user = requireRole(ctx, [Role.ADMIN], admin);
    return { ok: true, clocksMoved: await removeHoliday(ctx.em, user.id, input) };
  }
}
