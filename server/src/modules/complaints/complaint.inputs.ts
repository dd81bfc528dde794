import { ArrayMaxSize, IsEmail, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ageRange,
  evidenceCopiesRange,
  orderNumberMaxLength,
  personNameMaxLength,
  phonePattern,
  postcodePattern,
  registerNumberMaxLength,
  subjectMaxLength,
} from '@rongrian/schema/input-rules';
import { notBlank, notBlankMessage } from '../shared/input-checks.js';
import {
  CommitteeRole,
  ComplaintOutcome,
  ComplaintStage,
  NotAcceptedReason,
  NoticeKind,
  NoticeMethod,
  OrderDecision,
  OriginAgency,
} from './complaint.enums.js';
import { Audited } from '../audit/audited.js';

@InputType({ description: 'ที่อยู่ของผู้ร้องเรียน (appendix form)' })
export class AddressInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) houseNumber?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20) moo?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) tambon?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) amphoe?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) changwat?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(postcodePattern, { message: 'postcode must be 5 digits' })
  postcode?: string | null;
}

@InputType({ description: 'ผู้ร้องเรียน; omit it for an anonymous complaint' })
export class ComplainantInput {
  @Field(() => String) @Matches(notBlank, { message: notBlankMessage }) @MaxLength(personNameMaxLength) fullName!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(ageRange.min) @Max(ageRange.max) age?: number | null;
  @Field(() => AddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  address?: AddressInput | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(phonePattern, { message: 'phone may hold digits, spaces and + - ( ) # only' })
  phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(254) email?: string | null;
}

@InputType({ description: "ผู้ถูกกล่าวหา: an official's id, or the name as the complainant wrote it" })
export class AccusedInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() officialId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(personNameMaxLength) fullName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) position?: string | null;
  @Field(() => String, { nullable: true, description: 'Free text, as the complainant wrote it' })
  @IsOptional()
  @MaxLength(200)
  unit?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Officials the clerk confirms this accused is not: refuses a match the name made probable (issue 9, item 4)',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  notOfficials?: string[] | null;
}

@InputType()
export class EvidenceInput {
  @Field(() => String) @Matches(notBlank, { message: notBlankMessage }) @MaxLength(1000) description!: string;
  @Field(() => Int, { nullable: true, defaultValue: 1 })
  @IsOptional()
  @IsInt()
  @Min(evidenceCopiesRange.min)
  @Max(evidenceCopiesRange.max)
  copies?: number | null;
}

/**
 * The appendix form's fields that every channel fills (R5, R7): the clerk's intake and the citizen's
 * website form (contract, "The citizen's channel") share them, and so their rules. The complainant
 * is declared by each form, as type-graphql drops an inherited field's extensions (@Audited).
 */
@InputType()
export abstract class ComplaintFormInput {
  @Field(() => String) @Matches(notBlank, { message: notBlankMessage }) @MaxLength(subjectMaxLength) subject!: string;
  @Field(() => String) @Matches(notBlank, { message: notBlankMessage }) @MaxLength(20_000) details!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5_000) requestedAction?: string | null;
  @Field(() => Date, { nullable: true }) @IsOptional() incidentAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) incidentPlace?: string | null;
  abstract complainant?: ComplainantInput | null;
  @Field(() => [AccusedInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  accused!: AccusedInput[];
  @Field(() => [EvidenceInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  evidence?: EvidenceInput[] | null;
}

@InputType({ description: "The complaint form of the manual's appendix (R5, R7)" })
export class RecordComplaintInput extends ComplaintFormInput {
  @Field(() => String, { description: 'Channel code (R1)' }) @Audited() @MaxLength(50) channel!: string;
  @Field(() => Date, { description: 'When it arrived; not in the future' }) receivedAt!: Date;
  @Field(() => OriginAgency, { nullable: true, description: 'Issue 13: the agency outside this deployment it came from' })
  @Audited()
  @IsOptional()
  originAgency?: OriginAgency | null;
  @Field(() => String, { nullable: true, description: "Issue 13: that agency's reference number (เลขที่หนังสือ/เลขเรื่อง)" })
  @Audited()
  @IsOptional()
  @MaxLength(100)
  originReference?: string | null;
  @Field(() => ComplainantInput, { nullable: true, description: 'Omitted: anonymous (บัตรสนเท่ห์)' })
  @Audited(false)
  @IsOptional()
  @ValidateNested()
  complainant?: ComplainantInput | null;
}

/** What every move names: the complaint, the version the client saw, and when the step happened. */
@InputType()
export abstract class MoveInput {
  // The complaint is the audit entry's target (type-graphql drops an inherited field's extensions).
  @Field(() => ID) complaintId!: string;
  @Field(() => Int, { description: 'The version the client saw; a stale one fails with CONFLICT' })
  @IsInt()
  expectedVersion!: number;
  @Field(() => Date, {
    nullable: true,
    description: 'When the step happened (default now); not in the future nor before the previous event',
  })
  @IsOptional()
  at?: Date | null;
}

@InputType({ description: 'R2.1: entered in the incoming-document register' })
export class RegisterComplaintInput extends MoveInput {
  @Field(() => String)
  @Audited()
  @Matches(notBlank, { message: notBlankMessage })
  @MaxLength(registerNumberMaxLength)
  registerNumber!: string;
}

@InputType({ description: "R2.2: entered in the Center's register and put to the commander" })
export class SubmitForOrderInput extends MoveInput {
  @Field(() => String)
  @Audited()
  @Matches(notBlank, { message: notBlankMessage })
  @MaxLength(registerNumberMaxLength)
  centerRegisterNumber!: string;
}

@InputType({ description: "R2.2, R6: the commander's order" })
export class OrderComplaintInput extends MoveInput {
  @Field(() => OrderDecision) decision!: OrderDecision;
  @Field(() => [String], { nullable: true, description: 'Division codes; at least one with ACCEPT' })
  @Audited()
  @IsOptional()
  @ArrayMaxSize(20)
  units?: string[] | null;
  @Field(() => NotAcceptedReason, { nullable: true, description: 'Required with NOT_ACCEPT (R6)' })
  @IsOptional()
  reason?: NotAcceptedReason | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5_000) note?: string | null;
}

@InputType({ description: 'R2.3: distributed to the units named in the order' })
export class DistributeComplaintInput extends MoveInput {}

@InputType()
export class CommitteeMemberInput {
  @Field(() => String) @Matches(notBlank, { message: notBlankMessage }) @MaxLength(personNameMaxLength) fullName!: string;
  @Field(() => CommitteeRole) role!: CommitteeRole;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() officialId?: string | null;
}

@InputType({ description: 'R3, R4.4: a fact-finding committee of at least three, one of them the chair' })
export class AppointCommitteeInput extends MoveInput {
  @Field(() => String) @Audited() @Matches(notBlank, { message: notBlankMessage }) @MaxLength(orderNumberMaxLength) orderNumber!: string;
  @Field(() => [CommitteeMemberInput])
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  members!: CommitteeMemberInput[];
}

@InputType({ description: 'R4.3, R4.5: the facts are settled' })
export class ResolveComplaintInput extends MoveInput {
  @Field(() => ComplaintOutcome) outcome!: ComplaintOutcome;
  @Field(() => String) @Matches(notBlank, { message: notBlankMessage }) @MaxLength(20_000) findings!: string;
}

@InputType({ description: 'A written notice sent to the complainant (R3, R4, R8)' })
export class SendNoticeInput extends MoveInput {
  @Field(() => NoticeKind) kind!: NoticeKind;
  @Field(() => NoticeMethod) method!: NoticeMethod;
  @Field(() => [String], {
    nullable: true,
    description:
      "Issue 14, item 2: the letter's paragraphs as the clerk edited them (noticeDraft gives the draft); left out, the letter is sent as drafted",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(3000, { each: true })
  paragraphs?: string[] | null;
}

@InputType({ description: 'The summary went to the executives and the complainant was told the result' })
export class CloseComplaintInput extends MoveInput {}

/**
 * Contract, "Corrections and the register": the fields given change, checked as recording checks
 * them; those left out stay as they are. With `void`, a complaint recorded by mistake is voided.
 */
@InputType({ description: 'A correction of what was recorded (CENTER_OFFICER): only the fields given change' })
export class CorrectComplaintInput {
  // The complaint is the audit entry's target, as for every move.
  @Field(() => ID) complaintId!: string;
  @Field(() => Int, { description: 'The version the client saw; a stale one fails with CONFLICT' })
  @IsInt()
  expectedVersion!: number;
  @Field(() => String, { description: 'Why: kept with the correction in the history' })
  @Matches(notBlank, { message: notBlankMessage })
  @MaxLength(2_000)
  reason!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(notBlank, { message: notBlankMessage })
  @MaxLength(subjectMaxLength)
  subject?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(notBlank, { message: notBlankMessage }) @MaxLength(20_000) details?:
    string | null;
  @Field(() => String, { nullable: true, description: 'null clears it' }) @IsOptional() @MaxLength(5_000) requestedAction?: string | null;
  @Field(() => Date, { nullable: true, description: 'null clears it' }) @IsOptional() incidentAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'null clears it' }) @IsOptional() @MaxLength(500) incidentPlace?: string | null;
  @Field(() => String, { nullable: true, description: 'Channel code (R1)' }) @Audited() @IsOptional() @MaxLength(50) channel?:
    string | null;
  @Field(() => Date, {
    nullable: true,
    description: "Not in the future nor after the complaint's next event; recomputes the clocks. The receipt number stays.",
  })
  @IsOptional()
  receivedAt?: Date | null;
  @Field(() => ComplainantInput, {
    nullable: true,
    description: "The complainant's details, as a whole (given to an anonymous one: named)",
  })
  @Audited(false)
  @IsOptional()
  @ValidateNested()
  complainant?: ComplainantInput | null;
  @Field(() => [AccusedInput], { nullable: true, description: 'The whole list of accused, matched to the officials as recording does' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  accused?: AccusedInput[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Void a complaint recorded by mistake: kept in the register and the statistics as void, never deleted',
  })
  @IsOptional()
  void?: boolean | null;
}

@InputType({ description: 'What the register is narrowed to (all optional)' })
export class ComplaintFilter {
  @Field(() => String, {
    nullable: true,
    description:
      "Receipt number in any form (12/2569, ๑๒/๒๕๖๙, 12), register numbers, subject, accused's names; the complainant's name only for callers who may see it",
  })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
  @Field(() => ComplaintStage, { nullable: true }) @IsOptional() stage?: ComplaintStage | null;
  @Field(() => Int, { nullable: true, description: 'Thai fiscal year (B.E.) of receipt, e.g. 2569' }) @IsOptional() @IsInt() fiscalYear?:
    number | null;
  @Field(() => String, { nullable: true, description: 'Channel code' }) @Audited() @IsOptional() @MaxLength(50) channel?: string | null;
  @Field(() => String, { nullable: true, description: 'Division code: complaints assigned to it' })
  @Audited()
  @IsOptional()
  @MaxLength(50)
  division?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: with a clock past due, unmet; false: without' })
  @IsOptional()
  overdue?: boolean | null;
  @Field(() => OriginAgency, { nullable: true, description: 'Issue 13: complaints that came from this agency outside the deployment' })
  @IsOptional()
  originAgency?: OriginAgency | null;
}
