import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { badInput, complaintNotFound, forbidden } from '../shared/domain-error.js';
import { fiscalPeriod, fiscalYearAt } from '../reports/fiscal-year.js';
import { isUuid } from '../shared/input-checks.js';
import { requireRole, requireUser } from '../auth/access.js';
import { Role } from '../auth/role.js';
import type { SessionUser } from '../auth/session-user.js';
import { Channel } from '../channels/channel.entity.js';
import { Division } from '../divisions/division.entity.js';
import { identityRead } from '../audit/identity-read.js';
import { readsComplaints } from './complaint-access.js';
import { ComplaintStage, MoveKind, NotAcceptedReason, NoticeKind } from './complaint.enums.js';
import {
  AccusedInput,
  AppointCommitteeInput,
  CloseComplaintInput,
  ComplaintFilter,
  CorrectComplaintInput,
  DistributeComplaintInput,
  OrderComplaintInput,
  RecordComplaintInput,
  RegisterComplaintInput,
  ResolveComplaintInput,
  SendNoticeInput,
  SubmitForOrderInput,
  type MoveInput,
} from './complaint.inputs.js';
import type { BoardWindow } from './board.queries.js';
import { findComplaint } from './complaint.queries.js';
import { accusedMatches, moveComplaint, recordComplaint } from './complaint.service.js';
import {
  AccusedMatchView,
  AccusedView,
  Board,
  BoardColumn,
  CommitteeView,
  ComplainantView,
  ComplaintEventView,
  ComplaintConnection,
  ComplaintPayload,
  ComplaintView,
  CorrectionView,
  EvidenceView,
  NoticeView,
  UnitReportView,
  type ComplaintRelations,
} from './complaint.views.js';
import { correctComplaint } from './correction.service.js';
import { issueLetters, reissueAfterCorrection } from '../documents/complaint-documents.js';
import { editedParagraphs } from '../notices/notice.effects.js';
import { forwardReferral, referralOf } from './referral.service.js';
import { ComplaintOriginView, ReferComplaintInput, ReferComplaintPayload, ReferralView } from './referral.types.js';
import { organisationView } from '../organisation/organisation.service.js';
import { formatReceiptNumber } from './receipt-number.js';
import { registerPage } from './register.service.js';
import { availableMoves, availableNoticeKinds, notAcceptedReasons, reportingDivision, requireMover, type Move } from './workflow.js';

const centerOfficer = [Role.CENTER_OFFICER];

/** Reads the complaint as the caller may see it, after a change. */
async function payload(ctx: Context, user: SessionUser, id: string): Promise<ComplaintPayload> {
  const complaint = await findComplaint(ctx.em, user, id);
  if (!complaint) throw complaintNotFound(id);
  return { complaint };
}

/**
 * Issue 15, item 1: the finished columns (CLOSED, NOT_ACCEPTED) hold the complaints whose last
 * event is in the fiscal year asked for, by default the current one (R10, on the body's calendar).
 */
function boardWindow(ctx: Context, fiscalYear: number | null | undefined): BoardWindow & { fiscalYear: number } {
  const year = fiscalYear ?? fiscalYearAt(new Date(), ctx.reference.timeZone);
  if (!Number.isInteger(year) || year < 2500 || year > 2700) {
    throw badInput('fiscalYear', 'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569', 'The fiscal year is a Buddhist-Era year, e.g. 2569');
  }
  const { from, to } = fiscalPeriod(year, null, ctx.reference.timeZone);
  return { from, to, fiscalYear: year };
}

function readerOf(ctx: Context): SessionUser {
  const user = requireUser(ctx);
  if (!readsComplaints(user)) throw forbidden('ดูเรื่องร้องเรียน', 'read complaints');
  return user;
}

@Resolver(() => ComplaintView)
export class ComplaintResolver {
  // --- reads -----------------------------------------------------------------------------------

  @Query(() => ComplaintView, {
    nullable: true,
    description: 'A complaint by id. NOT_FOUND when it does not exist or the caller may not see it.',
  })
  async complaint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ComplaintView> {
    const user = readerOf(ctx);
    const complaint = isUuid(id) ? await findComplaint(ctx.em, user, id) : undefined;
    if (!complaint) throw complaintNotFound(id);
    return complaint;
  }

  @Query(() => Board, {
    description:
      'The complaints the caller may see, by stage, oldest receipt first; CLOSED and NOT_ACCEPTED only those whose last event falls in `fiscalYear` (B.E.; default the current one)',
  })
  board(@Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear: number | null, @Ctx() ctx: Context): Board {
    readerOf(ctx);
    const { fiscalYear: year, ...finishedIn } = boardWindow(ctx, fiscalYear);
    return { fiscalYear: year, columns: Object.values(ComplaintStage).map((stage) => ({ stage, finishedIn })) };
  }

  @Query(() => BoardColumn, { description: 'One column of the board, for the web app\'s "more" (the board\'s rules and window)' })
  boardColumn(
    @Arg('stage', () => ComplaintStage) stage: ComplaintStage,
    @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear: number | null,
    @Ctx() ctx: Context,
  ): BoardColumn {
    readerOf(ctx);
    const { fiscalYear: _year, ...finishedIn } = boardWindow(ctx, fiscalYear);
    return { stage, finishedIn };
  }

  @Query(() => ComplaintConnection, {
    description:
      'R7, the register: every complaint the caller may see (the rules of board), newest receipt first, voided ones too; first at most 100',
  })
  complaints(
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter: ComplaintFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many (default 20, at most 100)' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the page before' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<ComplaintConnection> {
    const user = readerOf(ctx);
    return registerPage(ctx.em, ctx.reference, user, filter, first, after);
  }

  @Query(() => [AccusedMatchView], {
    description: 'CENTER_OFFICER: the officials a recording would link typed accused to (issue 9, item 4), to confirm or refuse first',
  })
  accusedMatches(@Arg('accused', () => [AccusedInput]) accused: AccusedInput[], @Ctx() ctx: Context) {
    requireRole(ctx, centerOfficer, { th: 'บันทึกเรื่องร้องเรียน', en: 'record complaints' });
    return accusedMatches(ctx.em, accused);
  }

  // --- intake and workflow --------------------------------------------------------------------

  @Mutation(() => ComplaintPayload, { description: 'R5, R7: records a complaint from any channel (CENTER_OFFICER)' })
  async recordComplaint(
    @Arg('input', () => RecordComplaintInput) input: RecordComplaintInput,
    @Ctx() ctx: Context,
  ): Promise<ComplaintPayload> {
    const user = requireRole(ctx, centerOfficer, { th: 'บันทึกเรื่องร้องเรียน', en: 'record complaints' });
    const { id } = await recordComplaint(ctx.em, ctx.reference, user, input);
    return payload(ctx, user, id);
  }

  @Mutation(() => ComplaintPayload, { description: 'R2.1: RECEIVED → REGISTERED (CENTER_OFFICER)' })
  registerComplaint(@Arg('input', () => RegisterComplaintInput) input: RegisterComplaintInput, @Ctx() ctx: Context) {
    return this.move(ctx, input, { kind: 'REGISTER', registerNumber: input.registerNumber });
  }

  @Mutation(() => ComplaintPayload, { description: 'R2.2: REGISTERED → AWAITING_ORDER (CENTER_OFFICER)' })
  submitForOrder(@Arg('input', () => SubmitForOrderInput) input: SubmitForOrderInput, @Ctx() ctx: Context) {
    return this.move(ctx, input, { kind: 'SUBMIT_FOR_ORDER', centerRegisterNumber: input.centerRegisterNumber });
  }

  @Mutation(() => ComplaintPayload, { description: 'R2.2, R6: AWAITING_ORDER → ORDERED or NOT_ACCEPTED (COMMANDER)' })
  orderComplaint(@Arg('input', () => OrderComplaintInput) input: OrderComplaintInput, @Ctx() ctx: Context) {
    return this.move(ctx, input, {
      kind: 'ORDER',
      decision: input.decision,
      units: [...new Set(input.units ?? [])],
      reason: input.reason ?? null,
      note: input.note ?? null,
    });
  }

  @Mutation(() => ComplaintPayload, { description: 'R2.3: ORDERED → FACT_FINDING (CENTER_OFFICER)' })
  distributeComplaint(@Arg('input', () => DistributeComplaintInput) input: DistributeComplaintInput, @Ctx() ctx: Context) {
    return this.move(ctx, input, { kind: 'DISTRIBUTE' });
  }

  @Mutation(() => ComplaintPayload, { description: 'R3, R4.4: FACT_FINDING → COMMITTEE (COMMANDER)' })
  appointCommittee(@Arg('input', () => AppointCommitteeInput) input: AppointCommitteeInput, @Ctx() ctx: Context) {
    return this.move(ctx, input, {
      kind: 'APPOINT_COMMITTEE',
      orderNumber: input.orderNumber,
      members: input.members.map((member) => ({ fullName: member.fullName, role: member.role, officialId: member.officialId ?? null })),
    });
  }

  @Mutation(() => ComplaintPayload, {
    description: 'R4.3, R4.5: FACT_FINDING or COMMITTEE → RESOLVED (CENTER_OFFICER; DIVISION_OFFICER of an assigned unit)',
  })
  resolveComplaint(@Arg('input', () => ResolveComplaintInput) input: ResolveComplaintInput, @Ctx() ctx: Context) {
    return this.move(ctx, input, {
      kind: 'RESOLVE',
      outcome: input.outcome,
      findings: input.findings,
    });
  }

  @Mutation(() => ComplaintPayload, { description: 'Records a notice sent to the complainant; stage unchanged (CENTER_OFFICER)' })
  sendNotice(@Arg('input', () => SendNoticeInput) input: SendNoticeInput, @Ctx() ctx: Context) {
    return this.move(ctx, input, {
      kind: 'SEND_NOTICE',
      noticeKind: input.kind,
      method: input.method,
      paragraphs: editedParagraphs(input.paragraphs),
    });
  }

  @Mutation(() => ComplaintPayload, { description: 'R3, R4.5: RESOLVED → CLOSED (CENTER_OFFICER)' })
  closeComplaint(@Arg('input', () => CloseComplaintInput) input: CloseComplaintInput, @Ctx() ctx: Context) {
    return this.move(ctx, input, { kind: 'CLOSE' });
  }

  @Mutation(() => ComplaintPayload, {
    description:
      'Contract, "Corrections and the register": corrects the fields given, or voids a complaint recorded by mistake (CENTER_OFFICER)',
  })
  async correctComplaint(@Arg('input', () => CorrectComplaintInput) input: CorrectComplaintInput, @Ctx() ctx: Context) {
    const user = requireUser(ctx);
    requireMover('CORRECT', user);
    const { id } = await correctComplaint(ctx.em, ctx.reference, user, input);
    // Issue 14, item 1: a slip or form already issued gets a corrected edition; the first stays as it was.
    await reissueAfterCorrection(ctx.em, ctx.reference, user, id);
    return payload(ctx, user, id);
  }

  /** Who may make a move is the workflow's: the definition `planMove` and `availableMoves` read. */
  @Mutation(() => ReferComplaintPayload, {
    description:
      'Issue 13, item 4 (R6): sends a complaint NOT_ACCEPTED as OTHER_AGENCY, or RESOLVED as REFERRED, to that agency (CENTER_OFFICER); its stage stays, version + 1. A body of this deployment receives it on its board.',
  })
  async referComplaint(
    @Arg('input', () => ReferComplaintInput) input: ReferComplaintInput,
    @Ctx() ctx: Context,
  ): Promise<ReferComplaintPayload> {
    const user = requireUser(ctx);
    requireMover('REFER', user);
    const to = input.toOrganisationCode.trim();
    if (to === user.organisationCode) {
      throw badInput('toOrganisationCode', 'ส่งเรื่องต่อให้หน่วยงานของท่านเองไม่ได้', 'A complaint cannot be referred to its own body');
    }
    const target = ctx.reference.organisationByCode(to);
    const id = await moveComplaint(ctx.em, ctx.reference, user, input, {
      kind: 'REFER',
      toOrganisationCode: to,
      letterNumber: input.letterNumber ?? null,
      shareIdentity: input.shareIdentity,
    });
    const arrived = target ? await forwardReferral(ctx.em, ctx.reference, user, id, to, input.shareIdentity) : null;
    // Issue 14, item 1: the referral letter is issued as it is sent.
    await issueLetters(ctx.em, ctx.reference, user, id, ctx.config.publicUrl);
    const { complaint } = await payload(ctx, user, id);
    return { complaint, referredTo: arrived && target ? { organisation: organisationView(target, false), ...arrived } : null };
  }

  private async move(ctx: Context, input: MoveInput, move: Move): Promise<ComplaintPayload> {
    const user = requireUser(ctx);
    requireMover(move.kind, user);
    const id = await moveComplaint(ctx.em, ctx.reference, user, input, move);
    // Issue 14, item 1: a letter, an order or the closing's summary is issued by its move, saying what the complaint was then.
    if (move.kind === 'SEND_NOTICE' || move.kind === 'APPOINT_COMMITTEE' || move.kind === 'CLOSE') {
      await issueLetters(ctx.em, ctx.reference, user, id, ctx.config.publicUrl);
    }
    return payload(ctx, user, id);
  }

  // --- fields ----------------------------------------------------------------------------------

  @FieldResolver(() => ComplaintOriginView, {
    nullable: true,
    description: 'Issue 13, item 4: the body of this deployment that referred it here, and its number there',
  })
  origin(@Root() complaint: ComplaintView, @Ctx() ctx: Context): ComplaintOriginView | null {
    if (!complaint.originOrganisationCode || !complaint.originReceiptNumber) return null;
    const body = ctx.reference.organisationByCode(complaint.originOrganisationCode);
    return { organisation: body ? organisationView(body, false) : null, receiptNumber: complaint.originReceiptNumber };
  }

  @FieldResolver(() => ReferralView, {
    nullable: true,
    description: 'Issue 13, item 4: where it was sent on, and when it was received there',
  })
  async referral(@Root() complaint: ComplaintView, @Ctx() ctx: Context): Promise<ReferralView | null> {
    if (!complaint.referred || !ctx.user) return null;
    const found = await referralOf(ctx.em, ctx.user, complaint.id);
    if (!found) return null;
    const body = ctx.reference.organisationByCode(found.toOrganisationCode);
    return { ...found, organisation: body ? organisationView(body, false) : null };
  }

  @FieldResolver(() => String)
  receiptNumber(@Root() complaint: ComplaintView): string {
    return formatReceiptNumber(complaint.receiptSeq, complaint.receiptYear);
  }

  @FieldResolver(() => Channel)
  channel(@Root() complaint: ComplaintView, @Ctx() ctx: Context) {
    return ctx.reference.channel(complaint.channelCode);
  }

  @FieldResolver(() => [Division])
  units(@Root() complaint: ComplaintView, @Ctx() ctx: Context) {
    return complaint.unitCodes.map((code) => ctx.reference.division(code));
  }

  /**
   * Overriding rule 2: null for every caller but a CENTER_OFFICER, or an investigator whose identity
   * request a commander approved; the SQL that loads it decides (identityVisibleTo).
   */
  @FieldResolver(() => ComplainantView, {
    nullable: true,
    description: 'null unless the caller is a CENTER_OFFICER or holds an approved identity request',
  })
  async complainant(@Root() complaint: ComplaintView, @Ctx() ctx: Context): Promise<ComplainantView | null> {
    if (!ctx.user) return null;
    const complainant = (await this.relation(complaint, ctx, 'complainant')) ?? null;
    // Issue 6: every read of an identity is on the audit trail.
    if (complainant)
      ctx.auditTrail.push(
        identityRead({ user: ctx.user, requestId: ctx.requestId, ip: ctx.http?.req.ip ?? null }, complaint, 'complainant'),
      );
    return complainant;
  }

  @FieldResolver(() => [AccusedView])
  async accused(@Root() complaint: ComplaintView, @Ctx() ctx: Context) {
    return (await this.relation(complaint, ctx, 'accused')) ?? [];
  }

  @FieldResolver(() => [EvidenceView])
  async evidence(@Root() complaint: ComplaintView, @Ctx() ctx: Context) {
    return (await this.relation(complaint, ctx, 'evidence')) ?? [];
  }

  @FieldResolver(() => CommitteeView, { nullable: true })
  async committee(@Root() complaint: ComplaintView, @Ctx() ctx: Context) {
    return (await this.relation(complaint, ctx, 'committee')) ?? null;
  }

  @FieldResolver(() => [NoticeView])
  async notices(@Root() complaint: ComplaintView, @Ctx() ctx: Context) {
    return (await this.relation(complaint, ctx, 'notices')) ?? [];
  }

  @FieldResolver(() => [UnitReportView])
  async unitReports(@Root() complaint: ComplaintView, @Ctx() ctx: Context) {
    const reports = (await this.relation(complaint, ctx, 'unitReports')) ?? [];
    return reports.map((report) => ({ ...report, division: ctx.reference.division(report.divisionCode) }));
  }

  @FieldResolver(() => [MoveKind])
  availableMoves(@Root() complaint: ComplaintView, @Ctx() ctx: Context): MoveKind[] {
    return ctx.user ? availableMoves(complaint, ctx.user) : [];
  }

  @FieldResolver(() => [NoticeKind], { description: 'The notices the caller may send now (sendNotice): the kinds the stage allows' })
  availableNoticeKinds(@Root() complaint: ComplaintView, @Ctx() ctx: Context): NoticeKind[] {
    return ctx.user ? availableNoticeKinds(complaint, ctx.user) : [];
  }

  @FieldResolver(() => [NotAcceptedReason], { description: "R6: the reasons the commander's order may give for not accepting it" })
  notAcceptedReasons(@Root() complaint: ComplaintView): NotAcceptedReason[] {
    return notAcceptedReasons(complaint);
  }

  @FieldResolver(() => Division, {
    nullable: true,
    description:
      "R4.6: when the caller's resolveComplaint would record their division's report rather than resolve (several divisions): that division",
  })
  reportingDivision(@Root() complaint: ComplaintView, @Ctx() ctx: Context): Division | null {
    const code = ctx.user ? reportingDivision(complaint, ctx.user) : null;
    return code ? ctx.reference.division(code) : null;
  }

  @FieldResolver(() => [ComplaintEventView])
  async events(@Root() complaint: ComplaintView, @Ctx() ctx: Context) {
    return (await this.relation(complaint, ctx, 'events')) ?? [];
  }

  @FieldResolver(() => [CorrectionView])
  async corrections(@Root() complaint: ComplaintView, @Ctx() ctx: Context) {
    const corrections = (await this.relation(complaint, ctx, 'corrections')) ?? [];
    // Issue 6: a complainant's corrected fields, shown before and after, are an identity read too.
    const shown = corrections.some((correction) =>
      correction.changes.some((change) => change.field.startsWith('complainant.') && !change.hidden),
    );
    if (shown && ctx.user) {
      ctx.auditTrail.push(
        identityRead({ user: ctx.user, requestId: ctx.requestId, ip: ctx.http?.req.ip ?? null }, complaint, 'corrections'),
      );
    }
    return corrections;
  }

  /** A relation the query loaded, or the batch loader's (one statement for a whole board). */
  private async relation<K extends keyof ComplaintRelations>(
    complaint: ComplaintView,
    ctx: Context,
    key: K,
  ): Promise<ComplaintRelations[K] | undefined> {
    if (complaint[key] !== undefined) return complaint[key] as ComplaintRelations[K];
    return (await ctx.loaders.relations.load(complaint.id))?.[key];
  }
}
