import type { EntityManager } from '@mikro-orm/postgresql';
import type { SessionUser } from '../auth/session-user.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { ComplaintStage, NoticeMethod } from '../complaints/complaint.enums.js';
import { findComplaint } from '../complaints/complaint.queries.js';
import type { ComplaintRelations, ComplaintView, NoticeView } from '../complaints/complaint.views.js';
import { formatReceiptNumber } from '../complaints/receipt-number.js';
import { referralOf } from '../complaints/referral.service.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { thaiDate, thaiDigits } from './thai-format.js';
import { IssuedDocumentKind } from './issued-document-kind.js';
import { issue, issuedForComplaints, type DocumentToIssue, type IssuedDocumentRow } from './issued-documents.js';
import { committeeOrder, complaintForm, noticeLetter, receiptSlip, referralLetter, summaryReport, type Officer } from './templates.js';
import { trackingPageQr } from './tracking-qr.js';

export type FullComplaint = ComplaintView & ComplaintRelations;

/** R5: who recorded the complaint, for the receipt block. */
export async function receivingOfficer(em: EntityManager, complaintId: string): Promise<Officer | null> {
  const complaint = await em.findOne(
    Complaint,
    { id: complaintId },
    { fields: ['recordedBy.displayName', 'recordedBy.official.position'] },
  );
  const recorder = complaint?.recordedBy;
  return recorder ? { name: recorder.displayName, position: recorder.official?.position ?? null } : null;
}

const fileSafe = (number: string) => number.replace(/[^0-9A-Za-z]+/g, '-');

/**
 * The slip and the form exist in two versions (R5): with the complainant's identity, for those who
 * may see it, and without; each is issued once, as its first reader prints it.
 */
export const identityVariant = (complaint: FullComplaint) => `${complaint.id}:${complaint.complainant ? 'identity' : 'withheld'}`;

export async function slipOrForm(
  em: EntityManager,
  reference: ReferenceData,
  complaint: FullComplaint,
  kind: IssuedDocumentKind.RECEIPT_SLIP | IssuedDocumentKind.COMPLAINT_FORM,
): Promise<DocumentToIssue> {
  const officer = await receivingOfficer(em, complaint.id);
  const number = formatReceiptNumber(complaint.receiptSeq, complaint.receiptYear);
  const slip = kind === IssuedDocumentKind.RECEIPT_SLIP;
  return {
    kind,
    subject: identityVariant(complaint),
    complaintId: complaint.id,
    number,
    title: `${slip ? 'ใบรับเรื่องร้องเรียน' : 'แบบฟอร์มการร้องเรียน'} ${number}`,
    fileName: `${slip ? 'receipt' : 'form'}-${fileSafe(number)}`,
    page: slip ? receiptSlip(complaint, reference, officer) : complaintForm(complaint, reference, officer),
  };
}

/** R3, R4, R8: a letter to the complainant, as it is sent (with the tracking page's QR code on paper, issue 12). */
export async function noticeDocument(
  reference: ReferenceData,
  complaint: FullComplaint,
  notice: NoticeView,
  publicUrl: string | null,
): Promise<DocumentToIssue> {
  const tracking = notice.method === NoticeMethod.LETTER && publicUrl ? await trackingPageQr(`${publicUrl}/track`) : null;
  const number = notice.outgoingNumber ?? null;
  return {
    kind: IssuedDocumentKind.NOTICE_LETTER,
    subject: notice.id,
    complaintId: complaint.id,
    number,
    title: `หนังสือแจ้งผู้ร้องเรียน ${number ?? ''}`.trim(),
    fileName: `notice-${fileSafe(number ?? notice.id)}`,
    page: noticeLetter(complaint, notice, reference, tracking),
  };
}

/** R6 (issue 13, item 4): the referral letter, if the complaint was referred. */
export async function referralDocument(
  em: EntityManager,
  reference: ReferenceData,
  user: SessionUser,
  complaint: FullComplaint,
): Promise<DocumentToIssue | null> {
  const referral = await referralOf(em, user, complaint.id);
  if (!referral) return null;
  const toName = reference.organisationByCode(referral.toOrganisationCode)?.nameTh ?? referral.toOrganisationCode;
  return {
    kind: IssuedDocumentKind.REFERRAL_LETTER,
    subject: complaint.id,
    complaintId: complaint.id,
    number: referral.letterNumber,
    title: `หนังสือส่งเรื่องร้องเรียน ${referral.letterNumber}`,
    fileName: `referral-${fileSafe(referral.letterNumber)}`,
    page: referralLetter(complaint, { ...referral, toName }, reference),
  };
}

/** R3, R4.4: the order appointing the committee, once one is appointed. */
export function committeeOrderDocument(reference: ReferenceData, complaint: FullComplaint): DocumentToIssue | null {
  if (!complaint.committee) return null;
  return {
    kind: IssuedDocumentKind.COMMITTEE_ORDER,
    subject: complaint.id,
    complaintId: complaint.id,
    number: complaint.committee.orderNumber,
    title: `คำสั่งแต่งตั้งคณะกรรมการสอบข้อเท็จจริง ${complaint.committee.orderNumber}`,
    fileName: `committee-order-${fileSafe(formatReceiptNumber(complaint.receiptSeq, complaint.receiptYear))}`,
    page: committeeOrder(complaint, reference),
  };
}

/** R4.5: the summary report to the executives, once the complaint has its result (or was not accepted). */
export function summaryDocument(reference: ReferenceData, complaint: FullComplaint, at = new Date()): DocumentToIssue | null {
  const done = [ComplaintStage.RESOLVED, ComplaintStage.CLOSED, ComplaintStage.NOT_ACCEPTED].includes(complaint.stage);
  if (!done) return null;
  const number = formatReceiptNumber(complaint.receiptSeq, complaint.receiptYear);
  return {
    kind: IssuedDocumentKind.SUMMARY_REPORT,
    subject: complaint.id,
    complaintId: complaint.id,
    number,
    title: `บันทึกรายงานสรุปผลการดำเนินการเรื่องร้องเรียน ${number}`,
    fileName: `summary-${fileSafe(number)}`,
    page: summaryReport(complaint, reference, at),
  };
}

/**
 * Issue 14, item 1: the documents a move makes (a notice, a referral letter, the committee's order,
 * the summary report of a closed complaint) are issued by the move, in its transaction: what they
 * say is what the complaint was then, whenever they are printed. Those already issued stay as they are.
 */
export async function issueLetters(
  em: EntityManager,
  reference: ReferenceData,
  user: SessionUser,
  complaintId: string,
  publicUrl: string | null,
): Promise<void> {
  const complaint = (await findComplaint(em, user, complaintId)) as FullComplaint | undefined;
  if (!complaint) return;
  const issued = new Set((await issuedForComplaints(em, [complaintId])).map((document) => `${document.kind}:${document.subject}`));
  for (const notice of complaint.notices) {
    if (!issued.has(`${IssuedDocumentKind.NOTICE_LETTER}:${notice.id}`)) {
      await issue(em, await noticeDocument(reference, complaint, notice, publicUrl), user);
    }
  }
  if (complaint.referred && !issued.has(`${IssuedDocumentKind.REFERRAL_LETTER}:${complaint.id}`)) {
    const letter = await referralDocument(em, reference, user, complaint);
    if (letter) await issue(em, letter, user);
  }
  const order = committeeOrderDocument(reference, complaint);
  if (order && !issued.has(`${IssuedDocumentKind.COMMITTEE_ORDER}:${complaint.id}`)) await issue(em, order, user);
  // R4.5: a closed complaint has its summary report; issued at the latest when it closes.
  const summary = complaint.stage === ComplaintStage.CLOSED ? summaryDocument(reference, complaint) : null;
  if (summary && !issued.has(`${IssuedDocumentKind.SUMMARY_REPORT}:${complaint.id}`)) await issue(em, summary, user);
}

/**
 * Contract, "Corrections and the register": a correction issues a new edition of the slip and the
 * form that were issued before it (each version, with and without the identity), which names the
 * edition it replaces; the earlier ones stay as they were.
 */
export async function reissueAfterCorrection(
  em: EntityManager,
  reference: ReferenceData,
  user: SessionUser,
  complaintId: string,
): Promise<void> {
  // One statement when nothing was issued yet (the correction's budget, budgets.test.ts).
  const issued = await issuedForComplaints(em, [complaintId]);
  const latest = new Map<string, IssuedDocumentRow>();
  for (const document of issued) {
    if (document.kind !== IssuedDocumentKind.RECEIPT_SLIP && document.kind !== IssuedDocumentKind.COMPLAINT_FORM) continue;
    const key = `${document.kind}:${document.subject}`;
    if ((latest.get(key)?.edition ?? 0) < document.edition) latest.set(key, document);
  }
  if (latest.size === 0) return;
  const complaint = (await findComplaint(em, user, complaintId)) as FullComplaint | undefined;
  if (!complaint) return;
  const versions = complaint.complainant ? [complaint, { ...complaint, complainant: null }] : [complaint];
  for (const kind of [IssuedDocumentKind.RECEIPT_SLIP, IssuedDocumentKind.COMPLAINT_FORM] as const) {
    for (const version of versions) {
      const replaced = latest.get(`${kind}:${identityVariant(version)}`);
      if (!replaced) continue;
      const next = await slipOrForm(em, reference, version, kind);
      await issue(em, { ...next, page: withReplacementNote(next.page, replaced, reference.timeZone) }, user, replaced);
    }
  }
}

/** A corrected edition says which one it replaces: its edition, date and hash. */
function withReplacementNote(page: string, replaced: IssuedDocumentRow, timeZone: string): string {
  const note = `<p class="small">ฉบับแก้ไข ครั้งที่ ${thaiDigits(replaced.edition)} แทนฉบับลงวันที่ <span class="nowrap">${thaiDate(replaced.issuedAt, timeZone)}</span> (SHA-256 <span class="nowrap">${replaced.htmlSha256.slice(0, 16)}…</span>)</p>`;
  return page.replace('</body>', () => `${note}</body>`);
}
