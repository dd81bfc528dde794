import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { KeepsNoAddress, WritesLater } from '../audit/audited.js';
import { requireRole } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { findComplaint } from '../complaints/complaint.queries.js';
import { ComplaintPayload, ComplaintView } from '../complaints/complaint.views.js';
import { badInput, complaintNotFound } from '../shared/domain-error.js';
import {
  ComplaintMessageView,
  ReplyToComplainantInput,
  SendTrackingMessageInput,
  SendTrackingMessagePayload,
  SubmitComplaintInput,
  SubmitComplaintPayload,
  TrackedComplaintView,
} from './citizen.types.js';
import {
  messagesOf,
  replyToComplainant,
  sendTrackingMessage,
  submitComplaint,
  trackComplaint,
  type PublicCaller,
} from './citizen.service.js';
import { submissionChallenge } from './proof-of-work.js';

/** The client address: express's `req.ip`, the socket's unless TRUST_PROXY lets X-Forwarded-For speak. */
function callerOf(ctx: Context): PublicCaller {
  return { address: ctx.http?.req.ip ?? null };
}

/** The requests that tried a tracking code already. */
const triedACode = new WeakSet<Context>();

/**
 * Contract: after 10 wrong codes in 15 minutes every call taking a code is RATE_LIMITED. A request
 * holding many such fields (aliases) would try them all before the first is counted: one code per
 * request, so that the limit counts each guess.
 */
function oneCodePerRequest(ctx: Context): void {
  if (triedACode.has(ctx)) {
    throw badInput(
      'code',
      'ส่งรหัสติดตามเรื่องได้ครั้งละหนึ่งรหัสต่อคำขอ',
      'One tracking code per request: trackComplaint and sendTrackingMessage may not be asked twice in one operation',
    );
  }
  triedACode.add(ctx);
}

/** Contract, "The citizen's channel": the website form, the tracking code and the messages. */
@Resolver(() => ComplaintView)
export class CitizenResolver {
  @Mutation(() => SubmitComplaintPayload, {
    description: 'The citizen sends a complaint through the website (no session): channel WEBSITE, received now',
  })
  // Counted and checked holding no transaction, then written in one (citizen.service.ts).
  @WritesLater()
  @KeepsNoAddress()
  submitComplaint(@Arg('input', () => SubmitComplaintInput) input: SubmitComplaintInput, @Ctx() ctx: Context) {
    return submitComplaint(
      ctx.em,
      ctx.standalone,
      ctx.reference,
      callerOf(ctx),
      ctx.config.publicSubmissionsPerHour,
      input,
      undefined,
      ctx.config.proofOfWork,
      (work) => ctx.write!(() => work(ctx.em)),
    );
  }

  @Query(() => String, {
    nullable: true,
    description:
      'Issue 12, item 5 (no session): a signed proof-of-work challenge for the website form, the JSON of an ALTCHA (altcha-lib v2) Challenge, good for 10 minutes; null when PROOF_OF_WORK is off',
  })
  submissionChallenge(@Ctx() ctx: Context) {
    return submissionChallenge(ctx.config.proofOfWork);
  }

  @Query(() => TrackedComplaintView, {
    description: 'What the holder of a tracking code may know of its complaint (no session); a wrong code is NOT_FOUND',
  })
  trackComplaint(@Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    oneCodePerRequest(ctx);
    return trackComplaint(ctx.em, ctx.standalone, ctx.reference, callerOf(ctx), code);
  }

  @Mutation(() => SendTrackingMessagePayload, {
    description: 'The complainant writes to the Center through the tracking code (no session)',
  })
  @WritesLater()
  @KeepsNoAddress()
  async sendTrackingMessage(@Arg('input', () => SendTrackingMessageInput) input: SendTrackingMessageInput, @Ctx() ctx: Context) {
    oneCodePerRequest(ctx);
    await sendTrackingMessage(ctx.em, ctx.standalone, callerOf(ctx), input.code, input.body, input.attachmentIds, (work) =>
      ctx.write!(() => work(ctx.em)),
    );
    return { ok: true };
  }

  @Mutation(() => ComplaintPayload, {
    description: 'The Center answers the complainant of a website complaint (CENTER_OFFICER); version + 1',
  })
  async replyToComplainant(@Arg('input', () => ReplyToComplainantInput) input: ReplyToComplainantInput, @Ctx() ctx: Context) {
    const user = requireRole(ctx, [Role.CENTER_OFFICER], { th: 'ตอบข้อความผู้ร้องเรียน', en: 'reply to complainants' });
    const id = await replyToComplainant(ctx.em, user, input);
    const complaint = await findComplaint(ctx.em, user, id);
    if (!complaint) throw complaintNotFound(id);
    return { complaint };
  }

  @FieldResolver(() => [ComplaintMessageView], {
    description: "The citizen's channel's messages, oldest first: only to callers who may see the complainant, else empty",
  })
  messages(@Root() complaint: ComplaintView, @Ctx() ctx: Context) {
    if (!ctx.user) return [];
    return messagesOf(ctx.em, ctx.user, complaint.id);
  }
}
