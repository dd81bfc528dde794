import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DeadlineRule } from './deadline-rule.entity.js';
import { DeadlineView } from './deadline.views.js';

@Resolver(() => DeadlineView)
export class DeadlineResolver {
  /** Issue 15, item 1: a deadline is read with its rule's code only; the rule is the reference data's. */
  @FieldResolver(() => DeadlineRule)
  rule(@Root() deadline: DeadlineView, @Ctx() ctx: Context): DeadlineRule {
    return ctx.reference.deadlineRule(deadline.rule.code);
  }
}
