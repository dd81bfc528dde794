import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { notBlank, notBlankMessage } from '../shared/input-checks.js';
import { Audited } from '../audit/audited.js';

export enum IdentityRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}
registerEnumType(IdentityRequestStatus, { name: 'IdentityRequestStatus' });

@ObjectType('IdentityRequest', { description: "An investigator's request to see a complainant's identity (issue 6)" })
export class IdentityRequestView {
  @Field(() => ID) id!: string;
  @Field(() => ID) complaintId!: string;
  @Field(() => String) requesterName!: string;
  @Field(() => String) reason!: string;
  @Field(() => IdentityRequestStatus) status!: IdentityRequestStatus;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'An approval ends at this instant' }) expiresAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@InputType()
export class RequestIdentityInput {
  @Field(() => ID) @Audited() complaintId!: string;
  @Field(() => String, { description: 'Why the investigation needs to know who complained' })
  @Matches(notBlank, { message: notBlankMessage })
  @MaxLength(2_000)
  reason!: string;
}

@InputType()
export class DecideIdentityRequestInput {
  @Field(() => ID) @Audited() requestId!: string;
  @Field(() => Boolean) approve!: boolean;
  @Field(() => Int, { nullable: true, description: 'How long an approval lasts, in hours (default 72, at most 720)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(720)
  hours?: number | null;
}
