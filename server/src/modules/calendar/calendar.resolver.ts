import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireRole, requireUser } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { AddHolidayInput, ImportHolidaysInput, RemoveHolidayInput } from './calendar.inputs.js';
import { importHolidays } from './holiday-import.js';
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

@ObjectType({ description: 'A line of an imported file that cannot be taken' })
export class HolidayImportProblem {
  @Field(() => Int, { description: 'Line number in the file; the header is line 1' }) row!: number;
  @Field(() => String) column!: string;
  @Field(() => String) messageTh!: string;
  @Field(() => String) messageEn!: string;
}

@ObjectType({ description: 'An open deadline a calendar change moved' })
export class MovedDeadline {
  @Field(() => ID) complaintId!: string;
  @Field(() => String) receiptNumber!: string;
  @Field(() => String) ruleCode!: string;
  @Field(() => Date) from!: Date;
  @Field(() => Date) to!: Date;
}

@ObjectType()
export class ImportHolidaysPayload {
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => [Holiday], { description: 'The days added (on a dry run: that would be added)' }) added!: Holiday[];
  @Field(() => Int, { description: 'Days of the file that were holidays already' }) alreadyThere!: number;
  @Field(() => [HolidayImportProblem]) problems!: HolidayImportProblem[];
  @Field(() => [MovedDeadline], { description: 'The open deadlines the new days moved' }) moved!: MovedDeadline[];
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

  @Mutation(() => ImportHolidaysPayload, {
    description:
      "ADMIN: the Cabinet's list as CSV; a dry run reports, a real run adds the new days and moves the open deadlines they delay",
  })
  async importHolidays(
    @Arg('input', () => ImportHolidaysInput) input: ImportHolidaysInput,
    @Ctx() ctx: Context,
  ): Promise<ImportHolidaysPayload> {
    const user = requireRole(ctx, [Role.ADMIN], admin);
    return importHolidays(ctx.em, user.id, input.csv, input.dryRun);
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
