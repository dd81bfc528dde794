import { Matches, MaxLength } from 'class-validator';
import { Arg, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Audited, WritesLater } from '../audit/audited.js';
import { requireRole, requireUser } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { notBlank, notBlankMessage } from '../shared/input-checks.js';
import { Division } from './division.entity.js';
import { createDivision, renameDivision } from './division.service.js';

@InputType({ description: 'ADMIN: a division (กอง/สำนัก); its code never changes once given' })
export class DivisionInput {
  @Field(() => String, { description: 'Capital letters, digits and _, e.g. LEGAL' }) @Audited() @MaxLength(40) code!: string;
  @Field(() => String) @MaxLength(200) @Matches(notBlank, { message: notBlankMessage }) nameTh!: string;
  @Field(() => String) @MaxLength(200) @Matches(notBlank, { message: notBlankMessage }) nameEn!: string;
}

const manageDivisions = { th: 'จัดการหน่วยงานภายใน', en: 'manage the divisions' };

@Resolver(() => Division)
export class DivisionResolver {
  @Query(() => [Division], { description: 'The divisions of the organisation' })
  divisions(@Ctx() ctx: Context) {
    requireUser(ctx);
    return [...ctx.reference.divisions.values()];
  }

  @Mutation(() => Division, { description: 'ADMIN: adds a division, after the others' })
  @WritesLater()
  async createDivision(@Arg('input', () => DivisionInput) input: DivisionInput, @Ctx() ctx: Context): Promise<Division> {
    requireRole(ctx, [Role.ADMIN], manageDivisions);
    await ctx.write!(() => createDivision(ctx.em, input));
    await ctx.reference.reload(ctx.standalone);
    return ctx.reference.division(input.code.trim());
  }

  @Mutation(() => Division, { description: 'ADMIN: renames a division (its complaints, officials and users stay in it)' })
  @WritesLater()
  async updateDivision(@Arg('input', () => DivisionInput) input: DivisionInput, @Ctx() ctx: Context): Promise<Division> {
    requireRole(ctx, [Role.ADMIN], manageDivisions);
    await ctx.write!(() => renameDivision(ctx.em, input));
    await ctx.reference.reload(ctx.standalone);
    return ctx.reference.division(input.code.trim());
  }
}
