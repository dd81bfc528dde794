import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Channel } from '../channels/channel.entity.js';
import { ComplaintOutcome, ComplaintStage, NotAcceptedReason } from '../complaints/complaint.enums.js';
import { Division } from '../divisions/division.entity.js';
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

@ObjectType()
export class DivisionCount {
  @Field(() => Division) division!: Division;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class StageCount {
  @Field(() => ComplaintStage) stage!: ComplaintStage;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ReasonCount {
  @Field(() => NotAcceptedReason) reason!: NotAcceptedReason;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class MonthCount {
  @Field(() => String, { description: 'YYYY-MM (C.E.), in Asia/Bangkok' }) month!: string;
  @Field(() => Int) received!: number;
}

@ObjectType({ description: 'Days from receipt to closing, of the closed complaints' })
export class HandlingTime {
  @Field(() => Int) closed!: number;
  @Field(() => Float, { nullable: true, description: 'Exact average, to a tenth of a day' }) averageDays!: number | null;
  @Field(() => Int, { nullable: true, description: '90th percentile, in whole days' }) p90Days!: number | null;
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

@ObjectType({ description: 'Issue 13, item 4 (LPA 3.2): the complaints one agency sent, and how many are done' })
export class OriginCompletion {
  @Field(() => Int) received!: number;
  @Field(() => Int, { description: 'Closed, or answered as not accepted' }) completed!: number;
  @Field(() => Float, { nullable: true, description: 'Per cent completed, to one decimal; null when none was received' })
  completionRate!: number | null;
}

@ObjectType({ description: 'R10: complaints received in a Thai fiscal year (B.E.) or one of its quarters, by their state now' })
export class ComplaintStatistics {
  @Field(() => Int, { description: 'Buddhist Era, e.g. 2569 = 1 Oct 2025 – 30 Sep 2026' }) fiscalYear!: number;
  @Field(() => Int, { nullable: true, description: '1–4, or null for the whole year' }) quarter!: number | null;
  @Field(() => Date, { description: 'Start of the period (inclusive)' }) from!: Date;
  @Field(() => Date, { description: 'End of the period (exclusive)' }) to!: Date;
  @Field(() => Int, { description: 'Voided ones (recorded by mistake) not included' }) received!: number;
  @Field(() => Int, { description: 'Complaints of the period voided as recorded by mistake: counted apart, in no other figure' })
  voided!: number;
  @Field(() => Int, { description: 'Neither closed nor not accepted' }) inProgress!: number;
  @Field(() => Int) closed!: number;
  @Field(() => Int) notAccepted!: number;
  @Field(() => [ChannelCount], { description: 'Every channel, zeros included' }) byChannel!: ChannelCount[];
  @Field(() => [OutcomeCount], { description: 'Every outcome, zeros included (of resolved and closed complaints)' })
  byOutcome!: OutcomeCount[];
  @Field(() => [RuleCompliance], { description: 'Every rule: the clocks of these complaints by status' })
  deadlineCompliance!: RuleCompliance[];
  @Field(() => [DivisionCount], { description: 'Every division: complaints assigned to it' }) byDivision!: DivisionCount[];
  @Field(() => [StageCount], { description: 'Every stage: where the complaints stand now' }) byStage!: StageCount[];
  @Field(() => [ReasonCount], { description: 'Every R6 reason: complaints not accepted for it' })
  byNotAcceptedReason!: ReasonCount[];
  @Field(() => [MonthCount], { description: 'Every month of the period: complaints received' }) byMonth!: MonthCount[];
  @Field(() => OriginCompletion, { description: 'Issue 13 (LPA 3.2): the complaints the Damrongdhama Center sent, counted apart' })
  fromDamrongdhama!: OriginCompletion;
  @Field(() => HandlingTime) handlingTime!: HandlingTime;
}
