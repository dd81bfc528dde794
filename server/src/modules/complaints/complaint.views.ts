import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Channel } from '../channels/channel.entity.js';
import { Division } from '../divisions/division.entity.js';
import { DeadlineView } from '../deadlines/deadline.views.js';
import { OfficialView } from '../officials/official.view.js';
import {
  AccusedLink,
  CommitteeRole,
  ComplaintEventKind,
  ComplaintOutcome,
  ComplaintStage,
  MoveKind,
  NotAcceptedReason,
  NoticeKind,
  NoticeMethod,
  OrderDecision,
  OriginAgency,
} from './complaint.enums.js';
import type { MoveContext } from './workflow.js';
import type { BoardWindow } from './board.queries.js';

/**
 * The read model of a complaint, filled by set-based SQL (complaint.queries.ts) as plain objects.
 * Relations left undefined by a query are loaded in batch by ComplaintResolver.
 */
@ObjectType('Address')
export class AddressView {
  @Field(() => String, { nullable: true, description: 'บ้านเลขที่' }) houseNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'หมู่' }) moo!: string | null;
  @Field(() => String, { nullable: true, description: 'ตำบล' }) tambon!: string | null;
  @Field(() => String, { nullable: true, description: 'อำเภอ' }) amphoe!: string | null;
  @Field(() => String, { nullable: true, description: 'จังหวัด' }) changwat!: string | null;
  @Field(() => String, { nullable: true, description: 'รหัสไปรษณีย์' }) postcode!: string | null;
}

@ObjectType('Complainant', { description: 'ผู้ร้องเรียน: confidential, shown to CENTER_OFFICER users only (R5)' })
export class ComplainantView {
  @Field(() => String) fullName!: string;
  @Field(() => Int, { nullable: true }) age!: number | null;
  @Field(() => AddressView) address!: AddressView;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
}

@ObjectType('Accused', { description: 'ผู้ถูกกล่าวหา: an official named in the complaint (R5)' })
export class AccusedView {
  @Field(() => String, { nullable: true, description: "The name as written, or the linked official's" })
  fullName!: string | null;
  @Field(() => String, { nullable: true }) position!: string | null;
  @Field(() => String, { nullable: true, description: 'The unit as the complainant wrote it' }) unit!: string | null;
  @Field(() => OfficialView, { nullable: true }) official!: OfficialView | null;
  @Field(() => AccusedLink, { nullable: true, description: 'How the official was linked; null when none is' })
  link!: AccusedLink | null;
}

@ObjectType('AccusedMatch', { description: 'An accused typed by name that the recording would link to an official (issue 9, item 4)' })
export class AccusedMatchView {
  @Field(() => Int, { description: 'Its index in the accused list' }) accused!: number;
  @Field(() => AccusedLink) link!: AccusedLink;
  @Field(() => [OfficialView], { description: 'The official it names, or the officials it may name' }) officials!: OfficialView[];
}

@ObjectType('Evidence', { description: 'An item of evidence listed on the form (R5)' })
export class EvidenceView {
  @Field(() => String) description!: string;
  @Field(() => Int) copies!: number;
}

@ObjectType('CommitteeMember')
export class CommitteeMemberView {
  @Field(() => String) fullName!: string;
  @Field(() => CommitteeRole) role!: CommitteeRole;
  @Field(() => OfficialView, { nullable: true }) official!: OfficialView | null;
}

@ObjectType('Committee', { description: 'The fact-finding committee (R3, R4.4)' })
export class CommitteeView {
  @Field(() => String, { description: 'เลขที่คำสั่ง' }) orderNumber!: string;
  @Field(() => Date) appointedAt!: Date;
  @Field(() => [CommitteeMemberView]) members!: CommitteeMemberView[];
}

@ObjectType('Notice', { description: 'A written notice sent to the complainant' })
export class NoticeView {
  @Field(() => ID) id!: string;
  @Field(() => NoticeKind) kind!: NoticeKind;
  @Field(() => String, { nullable: true, description: "The letter's number in the outgoing register, e.g. 12/2569" })
  outgoingNumber!: string | null;
  @Field(() => NoticeMethod) method!: NoticeMethod;
  @Field(() => Date) sentAt!: Date;
  @Field(() => [String], {
    nullable: true,
    description: "Issue 14: the letter's paragraphs as the clerk edited them; null when sent as drafted",
  })
  paragraphs?: string[] | null;
}

@ObjectType('UnitReport', { description: "R4.6: one assigned division's report of its fact-finding" })
export class UnitReportView {
  @Field(() => Division) division?: Division;
  @Field(() => ComplaintOutcome) outcome!: ComplaintOutcome;
  @Field(() => String) findings!: string;
  @Field(() => Date, { description: 'When the division reported' }) at!: Date;

  divisionCode!: string;
}

@ObjectType('ComplaintEvent', { description: "An entry of the complaint's append-only history" })
export class ComplaintEventView {
  @Field(() => ID) id!: string;
  @Field(() => ComplaintEventKind) kind!: ComplaintEventKind;
  @Field(() => Date, { description: 'When it happened (may be backdated to a paper record)' }) at!: Date;
  @Field(() => Date, { description: 'When it was entered in the system' }) recordedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Who entered it' }) actorName!: string | null;
  @Field(() => GraphQLJSONObject, { description: 'The data of the move (register number, decision, units …)' })
  data!: Record<string, unknown>;
}

@ObjectType('FieldChange', { description: 'One field a correction changed: its value before and after' })
export class FieldChangeView {
  @Field(() => String, { description: 'The input field, e.g. subject, receivedAt, accused, complainant.phone' }) field!: string;
  @Field(() => String, { nullable: true, description: 'Before (instants in ISO 8601); null when empty or hidden' })
  before!: string | null;
  @Field(() => String, { nullable: true, description: 'After; null when empty or hidden' }) after!: string | null;
  @Field(() => Boolean, {
    description: "A complainant's field the caller may not see (overriding rule 2): only that it changed is told",
  })
  hidden!: boolean;
}

@ObjectType('ComplaintCorrection', { description: 'A correction of what was recorded, or the voiding of a complaint recorded by mistake' })
export class CorrectionView {
  @Field(() => Date) at!: Date;
  @Field(() => String) reason!: string;
  @Field(() => [String], { description: "The input's field names that changed" }) fields!: string[];
  @Field(() => Boolean, { description: 'This correction voided the complaint' }) voided!: boolean;
  @Field(() => String, { nullable: true, description: 'Who made it' }) actorName!: string | null;
  @Field(() => [FieldChangeView]) changes!: FieldChangeView[];
}

/** Relations of a complaint that the detail query loads and the board does not. */
export interface ComplaintRelations {
  complainant: ComplainantView | null;
  accused: AccusedView[];
  evidence: EvidenceView[];
  committee: CommitteeView | null;
  notices: NoticeView[];
  unitReports: UnitReportView[];
  events: ComplaintEventView[];
  corrections: CorrectionView[];
}

@ObjectType('Complaint', { description: 'A complaint of corruption or misconduct (เรื่องร้องเรียน)' })
export class ComplaintView implements Partial<ComplaintRelations>, MoveContext {
  @Field(() => ID) id!: string;
  @Field(() => ComplaintStage) stage!: ComplaintStage;
  @Field(() => Int, { description: 'Adds 1 at every change; moves name the version they saw' }) version!: number;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => String) subject!: string;
  @Field(() => String) details!: string;
  @Field(() => String, { nullable: true, description: 'What the complainant asks the organisation to do' })
  requestedAction!: string | null;
  @Field(() => Date, { nullable: true }) incidentAt!: Date | null;
  @Field(() => String, { nullable: true }) incidentPlace!: string | null;
  @Field(() => Boolean, { description: 'No complainant was given (บัตรสนเท่ห์)' }) anonymous!: boolean;
  @Field(() => String, { nullable: true, description: 'R2.1: number in the incoming-document register' })
  registerNumber!: string | null;
  @Field(() => String, { nullable: true, description: "R2.2: number in the Center's complaint register" })
  centerRegisterNumber!: string | null;
  @Field(() => OrderDecision, { nullable: true }) decision!: OrderDecision | null;
  @Field(() => NotAcceptedReason, { nullable: true }) notAcceptedReason!: NotAcceptedReason | null;
  @Field(() => String, { nullable: true }) orderNote!: string | null;
  @Field(() => ComplaintOutcome, { nullable: true }) outcome!: ComplaintOutcome | null;
  @Field(() => String, { nullable: true }) findings!: string | null;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => [DeadlineView], { description: 'The statutory deadlines that apply, in the order of the manual' })
  deadlines!: DeadlineView[];

  // Resolved by ComplaintResolver from these:
  @Field(() => String, { description: 'R5: running number / Buddhist-Era year, e.g. 12/2569' })
  receiptNumber?: string;
  @Field(() => Channel) channel?: Channel;
  @Field(() => [Division], { description: "The units named in the commander's order" }) units?: Division[];
  complainant?: ComplainantView | null;
  @Field(() => [AccusedView]) accused?: AccusedView[];
  @Field(() => [EvidenceView]) evidence?: EvidenceView[];
  @Field(() => CommitteeView, { nullable: true }) committee?: CommitteeView | null;
  @Field(() => [NoticeView]) notices?: NoticeView[];
  @Field(() => [UnitReportView], { description: 'When the order names several divisions: the reports of those that have reported' })
  unitReports?: UnitReportView[];
  @Field(() => [ComplaintEventView], { description: 'The history, oldest first' }) events?: ComplaintEventView[];
  @Field(() => [MoveKind], { description: "The moves the caller may make on the complaint now (one definition: the server's workflow)" })
  availableMoves?: MoveKind[];
  @Field(() => [CorrectionView], { description: 'The corrections, oldest first (contract, "Corrections and the register")' })
  corrections?: CorrectionView[];
  @Field(() => Boolean, { description: 'Recorded by mistake and voided: kept in the register, off the board, its clocks stopped' })
  voided!: boolean;
  @Field(() => Date, { nullable: true }) voidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was voided' }) voidReason!: string | null;

  @Field(() => OriginAgency, { nullable: true, description: 'Issue 13: the agency outside this deployment it came from' })
  originAgency!: OriginAgency | null;
  @Field(() => String, { nullable: true, description: "Issue 13: that agency's reference number" })
  originReference!: string | null;
  /** Issue 13, item 4: sent on to another agency (the referral: `referral`). */
  referred!: boolean;
  /** Issue 13, item 4: referred here by another body of this deployment (`origin`). */
  originOrganisationCode!: string | null;
  originReceiptNumber!: string | null;
  receiptYear!: number;
  receiptSeq!: number;
  channelCode!: string;
  unitCodes!: string[];
  hasContact!: boolean;
  lastEventAt!: Date;
  resultNoticeSent!: boolean;
  reportedUnitCodes!: string[];
}

@ObjectType('ComplaintPayload')
export class ComplaintPayload {
  @Field(() => ComplaintView) complaint!: ComplaintView;
}

@ObjectType('ComplaintEdge')
export class ComplaintEdge {
  @Field(() => ComplaintView) node!: ComplaintView;
  @Field(() => String, { description: 'Opaque: pass it as `after` to read on from here' }) cursor!: string;
}

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: 'The cursor of the last edge' }) endCursor!: string | null;
}

@ObjectType('ComplaintConnection', { description: 'The register (R7): the complaints the caller may see, newest receipt first' })
export class ComplaintConnection {
  @Field(() => Int, { description: 'How many the filter matches among those the caller may see' }) totalCount!: number;
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => [ComplaintEdge]) edges!: ComplaintEdge[];
}

@ObjectType('BoardColumn', {
  description:
    "One stage of the workflow and its complaints, oldest receipt first (total and complaints: board.resolver.ts). CLOSED and NOT_ACCEPTED hold those whose last event falls in the board's fiscal year",
})
export class BoardColumn {
  @Field(() => ComplaintStage) stage!: ComplaintStage;
  /** The finished columns hold the complaints whose last event is in [from, to). */
  finishedIn!: BoardWindow;
}

@ObjectType('Board', { description: 'The staff board: every stage, in workflow order' })
export class Board {
  @Field(() => [BoardColumn]) columns!: BoardColumn[];
  @Field(() => Int, { description: 'The fiscal year (B.E.) whose finished complaints CLOSED and NOT_ACCEPTED hold' })
  fiscalYear!: number;
}
