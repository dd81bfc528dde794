import { messageMaxLength } from '@rongrian/schema/input-rules';
import { IsInt, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Audited } from '../audit/audited.js';
import { ComplainantInput, ComplaintFormInput } from '../complaints/complaint.inputs.js';
import { ComplaintStage, NoticeKind, NoticeMethod } from '../complaints/complaint.enums.js';
import { notBlank, notBlankMessage } from '../shared/input-checks.js';
import { MessageAuthor } from './citizen.enums.js';

/** The longest message of the citizen's channel, either way. */

@InputType({
  description:
    "The citizen's website form (contract, \"The citizen's channel\"): the appendix form's fields; the channel is WEBSITE, received now",
})
export class SubmitComplaintInput extends ComplaintFormInput {
  @Field(() => ComplainantInput, { nullable: true, description: 'Omitted: anonymous (บัตรสนเท่ห์)' })
  @Audited(false)
  @IsOptional()
  @ValidateNested()
  complainant?: ComplainantInput | null;
  // At most 5, each a public upload not yet attached: checked by submitComplaint (files/file.service.ts), naming the field in Thai.
  @Field(() => [ID], { nullable: true, description: 'Files from POST /uploads without a session (at most 5), not yet attached' })
  attachmentIds?: string[] | null;
  // Issue 12, item 5: required when PROOF_OF_WORK is on (citizen/proof-of-work.ts); not worth auditing.
  @Field(() => String, {
    nullable: true,
    description:
      'The solved submissionChallenge: base64 of the JSON { challenge, solution } (the ALTCHA payload). Required when the server answers a submissionChallenge',
  })
  @Audited(false)
  @IsOptional()
  @MaxLength(4_000)
  proofOfWork?: string | null;
}

@ObjectType('SubmitComplaintPayload')
export class SubmitComplaintPayload {
  @Field(() => String, { description: 'R5: running number / Buddhist-Era year, e.g. 12/2569' }) receiptNumber!: string;
  @Field(() => String, { description: 'Shown once: the code that opens /track. Only its hash is kept.' }) trackingCode!: string;
}

@ObjectType('ComplaintMessage', { description: "A message of the citizen's channel; it may carry identity" })
export class ComplaintMessageView {
  @Field(() => MessageAuthor) from!: MessageAuthor;
  @Field(() => String) body!: string;
  @Field(() => Date) at!: Date;
}

@ObjectType('TrackedLetter', {
  description: 'The letter of a notice sent through the tracking page: its subject and paragraphs, in Thai, without names',
})
export class TrackedLetterView {
  @Field(() => String, { description: 'เรื่อง' }) subjectTh!: string;
  @Field(() => [String], { description: 'The paragraphs, as the letter has them (no subject of the complaint, no findings)' })
  paragraphsTh!: string[];
  @Field(() => String, { description: 'The body that sent it' }) fromTh!: string;
}

@ObjectType('TrackedNotice', { description: 'A notice sent to the complainant, as the tracking page shows it' })
export class TrackedNoticeView {
  @Field(() => NoticeKind) kind!: NoticeKind;
  @Field(() => NoticeMethod) method!: NoticeMethod;
  @Field(() => Date) sentAt!: Date;
  @Field(() => TrackedLetterView, {
    nullable: true,
    description: 'Issue 12, item 3: the letter, when the notice was sent through the tracking page',
  })
  letter!: TrackedLetterView | null;
}

@ObjectType('TrackedAttachment', { description: "A file the complainant sent (the form or the tracking page); never the Center's scans" })
export class TrackedAttachmentView {
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: 'SHA-256 of the stored file, hex' }) sha256!: string;
}

@ObjectType('TrackedComplaint', {
  description: 'What the holder of a tracking code may know of the complaint: nothing that names the complainant or the accused',
})
export class TrackedComplaintView {
  @Field(() => String) receiptNumber!: string;
  @Field(() => ComplaintStage) stage!: ComplaintStage;
  @Field(() => String, { description: 'The stage in plain Thai, for the complainant (not the internal stage name)' }) stageTh!: string;
  @Field(() => String, { description: 'The stage in plain English' }) stageEn!: string;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => [TrackedNoticeView]) notices!: TrackedNoticeView[];
  @Field(() => [ComplaintMessageView], { description: 'Oldest first' }) messages!: ComplaintMessageView[];
  @Field(() => [TrackedAttachmentView]) attachments!: TrackedAttachmentView[];
}

@InputType()
export class SendTrackingMessageInput {
  // Contract: the code is never written in clear anywhere; @Audited(false) keeps it off the audit trail.
  @Field(() => String) @Audited(false) @MaxLength(100) code!: string;
  @Field(() => String) @Matches(notBlank, { message: notBlankMessage }) @MaxLength(messageMaxLength) body!: string;
  @Field(() => [ID], { nullable: true, description: 'Files from POST /uploads without a session (at most 5), sent with the message' })
  attachmentIds?: string[] | null;
}

@ObjectType('SendTrackingMessagePayload')
export class SendTrackingMessagePayload {
  @Field(() => Boolean) ok!: boolean;
}

@InputType()
export class ReplyToComplainantInput {
  @Field(() => ID) complaintId!: string;
  @Field(() => Int, { description: 'The version the client saw; a stale one fails with CONFLICT' }) @IsInt() expectedVersion!: number;
  @Field(() => String) @Matches(notBlank, { message: notBlankMessage }) @MaxLength(messageMaxLength) body!: string;
}
