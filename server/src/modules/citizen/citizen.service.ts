import { ALL_ORGANISATIONS, inOrganisation } from '../../db/organisation-scope.js';
import { publicAttachmentsMax } from '@rongrian/schema/input-rules';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, rows, sql } from '../../db/sql.js';
import type { SessionUser } from '../auth/session-user.js';
import { identityVisibleTo, visibleTo } from '../complaints/complaint-access.js';
import {
  ComplaintStage,
  NoticeMethod,
  type ComplaintOutcome,
  type NotAcceptedReason,
  type NoticeKind,
} from '../complaints/complaint.enums.js';
import { noticeParagraphs, noticeSubject } from '../documents/templates.js';
import { recordComplaint } from '../complaints/complaint.service.js';
import { formatReceiptNumber } from '../complaints/receipt-number.js';
import { AlertKind, ComplaintChangeKind } from '../live-events/live-event.types.js';
import { notifyLiveEvent } from '../live-events/notify-live-event.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { DomainError, badInput, complaintNotFound, conflict } from '../shared/domain-error.js';
import { isUuid } from '../shared/input-checks.js';
import { FileSource } from '../files/file.enums.js';
import { attachClaimed, attachFromTracking, claimUploads } from '../files/file.service.js';
import { MessageAuthor } from './citizen.enums.js';
import type {
  ComplaintMessageView,
  ReplyToComplainantInput,
  SubmitComplaintInput,
  SubmitComplaintPayload,
  TrackedComplaintView,
} from './citizen.types.js';
import { checkProof, spendProof, type ProofOfWorkSettings } from './proof-of-work.js';
import { countSubmission, countWrongCode, refuseIfTooManyWrongCodes } from './public-limits.js';
import { newTrackingCode, trackingCodeHash } from './tracking-code.js';

/** The website's channel code (R1). */
export const websiteChannel = 'WEBSITE';

/** Who calls without a session: the client address (the socket's, or X-Forwarded-For only with TRUST_PROXY). */
export interface PublicCaller {
  address: string | null;
}

/** The stage as the tracking page tells it to a citizen: plain words, not the internal names (issue 12, item 3). */
export const stageForCitizen: Record<ComplaintStage, { th: string; en: string }> = {
  [ComplaintStage.RECEIVED]: { th: 'หน่วยงานได้รับเรื่องของท่านแล้ว', en: 'Your complaint has been received' },
  [ComplaintStage.REGISTERED]: { th: 'ลงทะเบียนรับเรื่องแล้ว กำลังตรวจสอบเบื้องต้น', en: 'Registered; being checked' },
  [ComplaintStage.AWAITING_ORDER]: { th: 'เสนอผู้บริหารพิจารณาสั่งการ', en: 'Awaiting the decision of the executive' },
  [ComplaintStage.ORDERED]: { th: 'ผู้บริหารสั่งให้ตรวจสอบข้อเท็จจริงแล้ว', en: 'The executive ordered an inquiry' },
  [ComplaintStage.NOT_ACCEPTED]: { th: 'ไม่รับเรื่องไว้พิจารณา (ดูหนังสือแจ้งผล)', en: 'Not accepted (see the notice)' },
  [ComplaintStage.FACT_FINDING]: { th: 'อยู่ระหว่างตรวจสอบข้อเท็จจริง', en: 'The facts are being established' },
  [ComplaintStage.COMMITTEE]: { th: 'คณะกรรมการกำลังตรวจสอบข้อเท็จจริง', en: 'A committee is establishing the facts' },
  [ComplaintStage.RESOLVED]: { th: 'ตรวจสอบเสร็จแล้ว รอแจ้งผล', en: 'Inquiry finished; the result will be sent' },
  [ComplaintStage.CLOSED]: { th: 'ยุติเรื่องแล้ว', en: 'Closed' },
};

const wrongCode = () =>
  new DomainError(
    'NOT_FOUND',
    'ไม่พบเรื่องตามรหัสติดตามเรื่องนี้ กรุณาตรวจรหัสบนใบรับเรื่องอีกครั้ง',
    'No complaint has this tracking code; check the code on the receipt',
  );

/** Runs `work` in the mutation's transaction (`ctx.write` of a `@WritesLater()` mutation). */
export type InTransaction = <T>(work: (tx: EntityManager) => Promise<T>) => Promise<T>;

/**
 * Contract, "The citizen's channel": records a complaint sent through the website by the intake's
 * own path (recordComplaint: its rules, clocks, NEW_COMPLAINT alert and access rules), channel
 * WEBSITE, received now, recorded by nobody; then keeps its new tracking code's hash.
 * First, holding no transaction: the proof of work is checked (issue 12, item 5), so that a sender
 * who did no work is refused before any write and cannot use up the hourly allowance of an address
 * that many phones share (a carrier's NAT); then the submission is counted per address on
 * `standalone` (it stays counted when refused). Only then `inTransaction` opens the transaction
 * that spends the proof and records the complaint: a count taken on a second connection while a
 * transaction holds the first deadlocked the pool at 10 submissions at once (npm run bench:intake).
 */
export async function submitComplaint(
  em: EntityManager,
  standalone: EntityManager,
  reference: ReferenceData,
  caller: PublicCaller,
  perHour: number,
  input: SubmitComplaintInput,
  now = new Date(),
  proofOfWork: ProofOfWorkSettings = { enabled: false, maxNumber: 0, key: null },
  inTransaction: InTransaction = (work) => work(em),
): Promise<SubmitComplaintPayload> {
  // Issue 13: a deployment of several bodies is written to through a body's page (`?body=`).
  if (!reference.organisationOrNull) {
    throw badInput(
      'organisation',
      'กรุณาเลือกหน่วยงานที่จะร้องเรียนจากหน้าเว็บของหน่วยงานนั้น',
      "Choose the body to complain to, from that body's page",
    );
  }
  const proof = proofOfWork.enabled ? await checkProof(proofOfWork, input.proofOfWork) : null;
  await countSubmission(standalone, caller.address, perHour);
  const { complainant, accused, evidence, subject, details, requestedAction, incidentAt, incidentPlace } = input;
  return inTransaction(async (tx) => {
    if (proof) await spendProof(tx, proof);
    // Issue 12, item 4: the public uploads named, locked now and attached in this transaction (refused before any number is taken).
    const files = await claimUploads(tx, input.attachmentIds, publicUploads, publicAttachments);
    const { id, receiptNumber } = await recordComplaint(
      tx,
      reference,
      null,
      {
        channel: websiteChannel,
        receivedAt: now,
        complainant,
        accused,
        evidence,
        subject,
        details,
        requestedAction,
        incidentAt,
        incidentPlace,
      },
      now,
    );
    await attachClaimed(tx, id, files);
    const trackingCode = newTrackingCode();
    await sql`insert into tracking_code (code_hash, complaint_id) values (${trackingCodeHash(trackingCode)}, ${id}::uuid)`.execute(
      tx.getKysely(),
    );
    return { receiptNumber, trackingCode };
  });
}

const publicUploads = { source: FileSource.PUBLIC, user: null };
/** Contract: at most 5 files with a submission or a tracking message (a sixth is BAD_USER_INPUT). */
const publicAttachments = { field: 'attachmentIds', max: publicAttachmentsMax };

/**
 * Issue 13: the code is the citizen's credential, for whichever body holds its complaint. With
 * several bodies on the deployment its reads then run in that body (its name, its letters), in a
 * scope of their own: the request itself stays in its caller's body. An unknown code changes
 * nothing and is counted as wrong where it is looked up.
 */
async function bodyOfCode(em: EntityManager, reference: Pick<ReferenceData, 'organisations'>, code: string): Promise<string | null> {
  if (reference.organisations.length < 2) return null;
  const found = await inOrganisation(ALL_ORGANISATIONS, () =>
    firstRow<{ body: string }>(em, sql`select organisation_code as body from tracking_code where code_hash = ${trackingCodeHash(code)}`),
  );
  return found?.body ?? null;
}

/** The complaint a code opens, after refusing an address that gave too many wrong codes; a wrong one counts. */
async function complaintOfCode(
  em: EntityManager,
  standalone: EntityManager,
  caller: PublicCaller,
  code: string,
): Promise<{ id: string; body: string }> {
  await refuseIfTooManyWrongCodes(em, caller.address);
  // Issue 13: found in whichever body holds it; what follows runs in that body (a scope of its own).
  const found = await inOrganisation(ALL_ORGANISATIONS, () =>
    firstRow<{ id: string; body: string }>(
      em,
      sql`select complaint_id as id, organisation_code as body from tracking_code where code_hash = ${trackingCodeHash(code)}`,
    ),
  );
  if (!found) {
    await countWrongCode(standalone, caller.address);
    throw wrongCode();
  }
  return found;
}

interface TrackedRow {
  receiptSeq: number;
  receiptYear: number;
  stage: ComplaintStage;
  receivedAt: Date;
  notices: { kind: NoticeKind; method: NoticeMethod; sentAt: string }[];
  messages: { from: MessageAuthor; body: string; at: string }[];
  attachments: { fileName: string; sha256: string }[];
  committeeOrderNumber: string | null;
  outcome: ComplaintOutcome | null;
  notAcceptedReason: NotAcceptedReason | null;
}

/**
 * Contract, "The citizen's channel": what the holder of the code may know, in one statement after
 * the limit's check: receipt number, stage, receipt instant, notices (a notice sent through the
 * tracking page with its letter, issue 12, item 3) and messages, and nothing that names the
 * complainant or the accused.
 */
export async function trackComplaint(
  em: EntityManager,
  standalone: EntityManager,
  reference: ReferenceData,
  caller: PublicCaller,
  code: string,
): Promise<TrackedComplaintView> {
  await refuseIfTooManyWrongCodes(em, caller.address);
  const body = await bodyOfCode(em, reference, code);
  return body
    ? inOrganisation(body, () => trackedComplaint(em, standalone, reference, caller, code))
    : trackedComplaint(em, standalone, reference, caller, code);
}

async function trackedComplaint(
  em: EntityManager,
  standalone: EntityManager,
  reference: ReferenceData,
  caller: PublicCaller,
  code: string,
): Promise<TrackedComplaintView> {
  const found = await firstRow<TrackedRow>(
    em,
    sql`select c.receipt_seq as "receiptSeq", c.receipt_year as "receiptYear", c.stage, c.received_at as "receivedAt",
               coalesce((select json_agg(json_build_object('kind', n.kind, 'method', n.method, 'sentAt', n.sent_at) order by n.sent_at, n.id)
                           from notice n where n.complaint_id = c.id), '[]') as notices,
               (select k.order_number from committee k where k.complaint_id = c.id) as "committeeOrderNumber",
               c.outcome, c.not_accepted_reason as "notAcceptedReason",
               coalesce((select json_agg(json_build_object('from', m.author, 'body', m.body, 'at', m.at) order by m.at, m.id)
                           from complaint_message m where m.complaint_id = c.id), '[]') as messages,
               -- Only the files the complainant sent: the Center's scans of a letter may name people (SECURITY.md, "Evidence files").
               coalesce((select json_agg(json_build_object('fileName', f.file_name, 'sha256', f.sha256) order by f.uploaded_at, f.id)
                           from stored_file f where f.complaint_id = c.id and f.source = ${FileSource.PUBLIC}), '[]') as attachments
          from tracking_code t join complaint c on c.id = t.complaint_id
         where t.code_hash = ${trackingCodeHash(code)}`,
  );
  if (!found) {
    await countWrongCode(standalone, caller.address);
    throw wrongCode();
  }
  const receiptNumber = formatReceiptNumber(found.receiptSeq, found.receiptYear);
  const receivedAt = new Date(found.receivedAt);
  const { nameTh, timeZone } = reference.organisation;
  const letterOf = (kind: NoticeKind) => ({
    subjectTh: noticeSubject[kind],
    paragraphsTh: noticeParagraphs(
      {
        kind,
        receiptNumber,
        receivedAt,
        stage: found.stage,
        committeeOrderNumber: found.committeeOrderNumber,
        outcome: found.outcome,
        notAcceptedReason: found.notAcceptedReason,
      },
      timeZone,
    ),
    fromTh: `ศูนย์ปฏิบัติการต่อต้านการทุจริต ${nameTh}`,
  });
  return {
    receiptNumber,
    stage: found.stage,
    stageTh: stageForCitizen[found.stage].th,
    stageEn: stageForCitizen[found.stage].en,
    receivedAt,
    notices: found.notices.map((notice) => ({
      kind: notice.kind,
      method: notice.method,
      sentAt: new Date(notice.sentAt),
      letter: notice.method === NoticeMethod.TRACKING_PAGE ? letterOf(notice.kind) : null,
    })),
    messages: found.messages.map((message) => ({ ...message, at: new Date(message.at) })),
    attachments: found.attachments,
  };
}

/**
 * Contract: the complainant's message, through the code; CENTER_OFFICER subscribers who may read
 * the complaint get a NEW_MESSAGE alert at commit (live-event-hub.ts keeps it from other roles).
 * Issue 12, item 4: with it, files from POST /uploads (at most 5) join the complaint.
 */
export async function sendTrackingMessage(
  em: EntityManager,
  standalone: EntityManager,
  caller: PublicCaller,
  code: string,
  body: string,
  attachmentIds?: readonly string[] | null,
  inTransaction: InTransaction = (work) => work(em),
): Promise<void> {
  // Found and counted holding no transaction, as for submitComplaint: ten wrong codes at once
  // otherwise held every pooled connection while each waited for one more to count itself.
  const { id: complaintId, body: codeBody } = await complaintOfCode(standalone, standalone, caller, code);
  await inOrganisation(codeBody, () =>
    inTransaction(async (tx) => {
      await attachFromTracking(tx, complaintId, await claimUploads(tx, attachmentIds, publicUploads, publicAttachments));
      await sql`with sent as (
              insert into complaint_message (id, complaint_id, author, body, at)
              values (${randomUUID()}::uuid, ${complaintId}::uuid, ${MessageAuthor.COMPLAINANT}, ${body.trim()}, now())
              returning complaint_id, at
            )
            select ${notifyLiveEvent({ topic: 'alert', kind: AlertKind.NEW_MESSAGE, complaintId: sql.ref('complaint_id'), at: sql`date_trunc('milliseconds', at)` })}
              from sent`.execute(tx.getKysely());
    }),
  );
}

/**
 * Contract: the Center's reply (CENTER_OFFICER), to a complaint sent through the website (only its
 * complainant holds a code to read it); the complaint's version goes up by one.
 */
export async function replyToComplainant(em: EntityManager, user: SessionUser, input: ReplyToComplainantInput): Promise<string> {
  if (!isUuid(input.complaintId)) throw complaintNotFound(input.complaintId);
  const state = await firstRow<{ version: number; tracked: boolean }>(
    em,
    sql`select c.version, exists (select 1 from tracking_code t where t.complaint_id = c.id) as tracked
          from complaint c where c.id = ${input.complaintId}::uuid and ${visibleTo(user)}`,
  );
  if (!state) throw complaintNotFound(input.complaintId);
  if (state.version !== input.expectedVersion) throw conflict(state.version);
  if (!state.tracked) {
    throw badInput(
      'complaintId',
      'เรื่องนี้ไม่ได้ส่งทางเว็บไซต์ ผู้ร้องเรียนจึงไม่มีรหัสติดตามเรื่องสำหรับอ่านข้อความ ให้ส่งหนังสือแจ้งแทน',
      'This complaint was not sent through the website: its complainant has no tracking code to read a message; send a notice instead',
    );
  }
  const replied = await firstRow<{ replied: number }>(
    em,
    sql`with moved as (
          update complaint set version = version + 1 where id = ${input.complaintId}::uuid and version = ${input.expectedVersion}
          returning id
        ), sent as (
          insert into complaint_message (id, complaint_id, author, body, at, sent_by_id)
          select ${randomUUID()}::uuid, id, ${MessageAuthor.CENTER}, ${input.body.trim()}, now(), ${user.id}::uuid from moved
        )
        select count(${notifyLiveEvent({ topic: 'change', kind: ComplaintChangeKind.MOVED, complaintId: sql.ref('id') })})::int as replied
          from moved`,
  );
  if (!replied?.replied) throw conflict(null);
  return input.complaintId;
}

/**
 * Contract: a complaint's messages, only to callers who may see its complainant (they may carry
 * identity: overriding rule 2, identityVisibleTo), and never to whom the complaint is hidden.
 */
export async function messagesOf(em: EntityManager, user: SessionUser, complaintId: string): Promise<ComplaintMessageView[]> {
  const found = await rows<Omit<ComplaintMessageView, 'at'> & { at: Date | string }>(
    em,
    sql`select m.author as "from", m.body, m.at
          from complaint_message m join complaint c on c.id = m.complaint_id
         where c.id = ${complaintId}::uuid and ${visibleTo(user)} and ${identityVisibleTo(user)}
         order by m.at, m.id`,
  );
  return found.map((message) => ({ ...message, at: new Date(message.at) }));
}
