import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ComplaintStatistics } from './statistics.types.js';

@ObjectType({ description: 'R10: a report as issued to the Chief Executive or published: its figures are frozen' })
export class IssuedReport {
  @Field(() => ID) id!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => Int, { nullable: true }) quarter!: number | null;
  @Field(() => Date) issuedAt!: Date;
  @Field(() => String, { nullable: true }) issuedByName!: string | null;
  @Field(() => ComplaintStatistics, { description: 'The figures as they were when issued' }) statistics!: ComplaintStatistics;
}

@InputType()
export class IssueReportInput {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => Int, { nullable: true, description: '1–4, or null for the fiscal year' }) quarter?: number | null;
}

@ObjectType({ description: 'Complaints received, completed and in progress' })
export class ItaFigures {
  @Field(() => Int) received!: number;
  @Field(() => Int, { description: 'Closed or not accepted' }) completed!: number;
  @Field(() => Int) inProgress!: number;
}

@ObjectType({ description: "The Integrity and Transparency Assessment's publication of a fiscal year's complaints" })
export class ItaPublication {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => String, { description: 'The body it is of (issue 11: every publication names its body)' }) organisationTh!: string;
  @Field(() => ItaFigures, { description: 'The first six months (1 October – 31 March)' }) firstHalf!: ItaFigures;
  @Field(() => ItaFigures) wholeYear!: ItaFigures;
  @Field(() => Boolean, { description: 'True when no complaint was received: published as "no complaints"' }) noComplaints!: boolean;
  @Field(() => Int, { description: 'Voided as recorded by mistake in the first six months: not received, shown apart' })
  voidedFirstHalf?: number;
  @Field(() => Int, { description: 'Voided as recorded by mistake in the year: not received, shown apart' })
  voidedWholeYear?: number;
  @Field(() => String) textTh!: string;
  @Field(() => String) textEn!: string;
}
