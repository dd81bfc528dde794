import { IsInt, Max } from 'class-validator';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DomainError, badInput } from '../shared/domain-error.js';
import { requireRole, requireUser } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { DeadlineRule } from './deadline-rule.entity.js';
import { DeadlineUnit } from './deadline.enums.js';
import { recomputeOpenDeadlines } from './recompute-deadlines.js';
import { Audited, WritesLater } from '../audit/audited.js';
import { announceReferenceChange } from '../reference/reference-data.js';

@InputType({ description: 'ADMIN: a new amount (and unit) for a statutory rule' })
export class UpdateDeadlineRuleInput {
  @Field(() => String) @Audited() code!: string;
  @Field(() => Int) @IsInt() @Max(1000) amount!: number;
  @Field(() => DeadlineUnit, { nullable: true }) unit?: DeadlineUnit | null;
}

@ObjectType()
export class UpdateDeadlineRulePayload {
  @Field(() => DeadlineRule) rule!: DeadlineRule;
  @Field(() => Int, { description: 'How many open clocks moved' }) clocksMoved!: number;
}

@Resolver(() => DeadlineRule)
export class DeadlineRuleResolver {
  @Query(() => [DeadlineRule], { description: 'The statutory rules of workflow.md, in the order of the manual' })
  deadlineRules(@Ctx() ctx: Context) {
    requireUser(ctx);
    return ctx.em.find(DeadlineRule, {}, { orderBy: { position: 'asc' } });
  }

  @Mutation(() => UpdateDeadlineRulePayload, {
    description: 'ADMIN: changes a rule; its open clocks are recomputed in the same transaction',
  })
  @WritesLater()
  async updateDeadlineRule(
    @Arg('input', () => UpdateDeadlineRuleInput) input: UpdateDeadlineRuleInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateDeadlineRulePayload> {
    const user = requireRole(ctx, [Role.ADMIN], { th: 'แก้ไขกฎระยะเวลา', en: 'change deadline rules' });
    if (input.amount <= 0) throw badInput('amount', 'ระยะเวลาต้องมากกว่าศูนย์', 'The amount must be positive');
    const changed = await ctx.write!(async () => {
      const tx = ctx.em;
      const rule = await tx
        .createQueryBuilder(DeadlineRule)
        .update({ amount: input.amount, ...(input.unit ? { unit: input.unit } : {}) })
        .where({ code: input.code })
        .returning('*')
        .getSingleResult();
      if (!rule) throw new DomainError('NOT_FOUND', `ไม่พบกฎ ${input.code}`, `No deadline rule ${input.code}`, { field: 'code' });
      const deadlinesMoved = await recomputeOpenDeadlines(tx, user.id, {
        reason: { change: 'RULE_CHANGED', rule: rule.code, amount: rule.amount, unit: rule.unit },
        ruleCode: rule.code,
      });
      // Every process reads the rules again at commit (the board names a deadline's rule by code).
      await announceReferenceChange(tx);
      return { rule, clocksMoved: deadlinesMoved };
    });
    await ctx.reference.reload(ctx.standalone);
    return changed;
  }
}
