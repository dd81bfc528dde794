import { IsBoolean, IsOptional, Matches, MaxLength } from 'class-validator';
import { registerNumberMaxLength } from '@rongrian/schema/input-rules';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Audited } from '../audit/audited.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { notBlank, notBlankMessage } from '../shared/input-checks.js';
import { MoveInput } from './complaint.inputs.js';
import { ComplaintView } from './complaint.views.js';

@InputType({
  description:
    'Issue 13, item 4 (R6): sends a complaint not accepted as another agency’s (OTHER_AGENCY), or resolved as REFERRED, to that agency (CENTER_OFFICER)',
})
export class ReferComplaintInput extends MoveInput {
  @Field(() => String, {
    description: 'A body of this deployment by its code (the complaint arrives on its board), or the name of an agency outside it',
  })
  @Audited()
  @Matches(notBlank, { message: notBlankMessage })
  @MaxLength(200)
  toOrganisationCode!: string;

  @Field(() => String, { nullable: true, description: "The referral letter's number; omitted: the next of the body's outgoing register" })
  @Audited()
  @IsOptional()
  @MaxLength(registerNumberMaxLength)
  letterNumber?: string | null;

  @Field(() => Boolean, { description: "The complainant's identity goes with it; otherwise the receiving body holds it without one" })
  @Audited()
  @IsBoolean()
  shareIdentity!: boolean;
}

@ObjectType('ReferredComplaint', { description: 'Where a referred complaint arrived, on this deployment' })
export class ReferredComplaintView {
  @Field(() => OrganisationView, { nullable: true }) organisation!: OrganisationView | null;
  @Field(() => String, { description: "The receiving body's receipt number" }) receiptNumber!: string;
  @Field(() => Date, { description: 'When the receiving body received it' }) receivedAt!: Date;
}

@ObjectType('ReferComplaintPayload')
export class ReferComplaintPayload {
  @Field(() => ComplaintView, { description: 'The sent complaint: its stage unchanged, version + 1' }) complaint!: ComplaintView;
  @Field(() => ReferredComplaintView, { nullable: true, description: 'Null when the agency is not on this deployment' })
  referredTo!: ReferredComplaintView | null;
}

@ObjectType('Referral', { description: 'Issue 13, item 4: a complaint sent on to the agency it belongs to' })
export class ReferralView {
  @Field(() => String, { description: 'The agency: a body code of this deployment, or a name' }) toOrganisationCode!: string;
  @Field(() => OrganisationView, { nullable: true, description: 'The body, when it is on this deployment' })
  organisation!: OrganisationView | null;
  @Field(() => String) letterNumber!: string;
  @Field(() => Boolean) shareIdentity!: boolean;
  @Field(() => Date) referredAt!: Date;
  @Field(() => String, { nullable: true, description: 'The receipt number the receiving body gave it (on this deployment)' })
  receivedAs!: string | null;
  @Field(() => Date, { nullable: true }) receivedAt!: Date | null;
}

@ObjectType('ComplaintOrigin', { description: 'Issue 13, item 4: the body of this deployment that referred the complaint here' })
export class ComplaintOriginView {
  @Field(() => OrganisationView, { nullable: true }) organisation!: OrganisationView | null;
  @Field(() => String, { description: "The sending body's receipt number" }) receiptNumber!: string;
}
