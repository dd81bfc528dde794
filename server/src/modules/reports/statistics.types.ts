import { Field, Int, ObjectType } from 'type-graphql';
import { Channel } from '../channels/channel.entity.js';
import { ComplaintOutcome } from '../complaints/complaint.enums.js';
import { DeadlineRule } from '../deadlines/deadline-rule.entity.js';

@ObjectType()
export class ChannelCount {
  @Field(() => Channel) channel!: Channel;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class OutcomeCount {
  @Field(() => ComplaintOutcome) outcome!: ComplaintOutcome;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "The period's clocks of one rule, by status now" })
export class RuleCompliance {
  @Field(() => DeadlineRule) rule!: DeadlineRule;
  @Field(() => Int) met!: number;
  @Field(() => Int) metLate!: number;
  @Field(() => Int, { description: 'Past due, unmet' }) overdue!: number;
  @Field(() => Int) pending!: number;
  @Field(() => Int) cancelled!: number;
}

@ObjectType({ description: 'R10: complaints received in a Thai fiscal year (B.E.) or one of its quarters, by their state now' })
export class ComplaintStatistics {
  @Field(() => Int, { description: 'Buddhist Era, e.g. 2569 = 1 Oct 2025 – 30 Sep 2026' }) fiscalYear!: number;
  @Field(() => Int, { nullable: true, description: '1–4, or null for the whole year' }) quarter!: number | null;
  @Field(() => Date, { description: 'Start of the period (inclusive)' }) from!: Date;
  @Field(() => Date, { description: 'End of the period (exclusive)' }) to!: Date;
  @Field(() => Int) received!: number;
  @Field(() => Int, { description: 'Neither closed nor not accepted' }) inProgress!: number;
  @Field(() => Int) closed!: number;
  @Field(() => Int) notAccepted!: number;
  @Field(() => [ChannelCount], { description: 'Every channel, zeros included' }) byChannel!: ChannelCount[];
  @Field(() => [OutcomeCount], { description: 'Every outcome, zeros included (of resolved and closed complaints)' })
  byOutcome!: OutcomeCount[];
  @Field(() => [RuleCompliance], { description: 'Every rule: the clocks of these complaints by status' })
  deadlineCompliance!: RuleCompliance[];
}
