import { IsInt, Max } from 'class-validator';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { firstRow, rows, sql } from '../../db/sql.js';
import type { Context } from '../../graphql/context.js';
import { DomainError, badInput } from '../shared/domain-error.js';
import { requireRole, requireUser } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { DeadlineRule } from './deadline-rule.entity.js';
import { DeadlineUnit } from './deadline.enums.js';
import { recomputeOpenClocks } from './recompute-clocks.js';
import { Audited } from '../audit/audited.js';

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

const ruleColumns = sql`code, name_th as "nameTh", name_en as "nameEn", manual_ref as "manualRef", start_event as "startEvent",
  amount, unit, stop_events as "stopEvents", stop_notice_kinds as "stopNoticeKinds", cancel_events as "cancelEvents",
  applies_to as "appliesTo"`;

@Resolver(() => DeadlineRule)
export class DeadlineRuleResolver {
  @Query(() => [DeadlineRule], { description: 'The statutory rules of workflow.md, in the order of the manual' })
  deadlineRules(@Ctx() ctx: Context) {
    requireUser(ctx);
    return rows<DeadlineRule>(ctx.em, sql`select ${ruleColumns} from deadline_rule order by position`);
  }

  @Mutation(() => UpdateDeadlineRulePayload, { description: 'ADMIN: changes a rule; its open clocks are recomputed in the same transaction' })
  async updateDeadlineRule(
    @Arg('input', () => UpdateDeadlineRuleInput) input: UpdateDeadlineRuleInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateDeadlineRulePayload> {
    const user = requireRole(ctx, [Role.ADMIN], { th: 'แก้ไขกฎระยะเวลา', en: 'change deadline rules' });
    if (input.amount <= 0) throw badInput('amount', 'ระยะเวลาต้องมากกว่าศูนย์', 'The amount must be positive');
    return ctx.em.transactional(async (tx) => {
      const rule = await firstRow<DeadlineRule>(
        tx,
        sql`update deadline_rule set amount = ${input.amount}, unit = coalesce(${input.unit ?? null}, unit)
             where code = ${input.code} returning ${ruleColumns}`,
      );
      if (!rule) throw new DomainError('NOT_FOUND', `ไม่พบกฎ ${input.code}`, `No deadline rule ${input.code}`, { field: 'code' });
      const clocksMoved = await recomputeOpenClocks(tx, user.id, {
        reason: { change: 'RULE_CHANGED', rule: rule.code, amount: rule.amount, unit: rule.unit },
        ruleCode: rule.code,
      });
      return { rule, clocksMoved };
    });
  }
}
