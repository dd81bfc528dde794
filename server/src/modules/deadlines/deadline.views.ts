import { Field, ObjectType } from 'type-graphql';
import { DeadlineRule } from './deadline-rule.entity.js';
import { DeadlineStatus } from './deadline.enums.js';

@ObjectType('Deadline', { description: 'A statutory clock on a complaint, computed on the office calendar in force' })
export class DeadlineView {
  /** Read by its code only; the rule itself is the reference data's (deadline.resolver.ts). */
  @Field(() => DeadlineRule) rule!: Pick<DeadlineRule, 'code'>;
  @Field(() => Date, { nullable: true, description: 'When its start event happened' }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'null only for a clock cancelled before it started' }) dueAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'From this instant the clock is DUE_SOON' }) dueSoonAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'The instant of the event that met it' }) metAt!: Date | null;
  @Field(() => DeadlineStatus) status!: DeadlineStatus;
}
