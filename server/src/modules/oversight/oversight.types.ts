import { Field, Int, ObjectType } from 'type-graphql';
import { OriginCompletion, RuleCompliance } from '../reports/statistics.types.js';

/**
 * Issue 13, item 3: what an overseer reads of a body below (or of all of them, summed): counts
 * from the rollups, never a complaint, a name or a file.
 */
@ObjectType({ description: "R10 figures of a body overseen (or the sum of all bodies below the caller's): counts only" })
export class OrganisationStatistics {
  @Field(() => String, { description: 'The body asked for' }) organisationCode!: string;
  @Field(() => Int, { description: "The bodies counted: 1, or every body below the caller's when asked for their own" })
  bodies!: number;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => Int, { nullable: true }) quarter!: number | null;
  @Field(() => Int) received!: number;
  @Field(() => Int) inProgress!: number;
  @Field(() => Int) closed!: number;
  @Field(() => Int) notAccepted!: number;
  @Field(() => Int, { description: 'Open deadlines past due, of the complaints received in the period' }) overdue!: number;
  @Field(() => [RuleCompliance], { description: 'Every rule: the clocks of these complaints by status' })
  deadlineCompliance!: RuleCompliance[];
  @Field(() => OriginCompletion, { description: 'LPA 3.2: the complaints the Damrongdhama Center sent, and how many are done' })
  fromDamrongdhama!: OriginCompletion;
}
