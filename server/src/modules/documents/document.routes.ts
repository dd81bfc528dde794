import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import { scopeOf } from '../../http/request-scope.js';
import { sendError } from '../../http/send-error.js';
import { DomainError, complaintNotFound, forbidden } from '../shared/domain-error.js';
import { isUuid } from '../shared/input-checks.js';
import { requireUser } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { hasRole } from '../auth/session-user.js';
import { readsComplaints } from '../complaints/complaint-access.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { findComplaint } from '../complaints/complaint.queries.js';
import type { ComplaintRelations, ComplaintView } from '../complaints/complaint.views.js';
import { formatReceiptNumber } from '../complaints/receipt-number.js';
import { Notice } from '../notices/notice.entity.js';
import { complaintStatistics } from '../reports/statistics.service.js';
import { requireStatisticsReader } from '../reports/statistics-readers.js';
import type { PdfRenderer } from './pdf-renderer.js';
import { NoticeMethod } from '../complaints/complaint.enums.js';
import { trackingPageQr } from './tracking-qr.js';
import { complaintForm, noticeLetter, receiptSlip, referralLetter, statisticsReport, type Officer } from './templates.js';
import { referralOf } from '../complaints/referral.service.js';

/** A document as PDF, or with `.html` as the page it is printed from (a preview, and for screenshots). */
async function sendDocument(
  res: Parameters<RequestHandler>[1],
  renderer: PdfRenderer,
  documentHtml: string,
  name: string,
  asHtml: boolean,
) {
  res.setHeader('cache-control', 'no-store');
  if (asHtml) {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    // A document page carries its own styles and inlined fonts, and nothing else.
    res.setHeader(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; frame-ancestors 'none'",
    );
    res.send(documentHtml);
    return;
  }
  res.setHeader('content-type', 'application/pdf');
  res.setHeader('content-disposition', `inline; filename="${name}.pdf"`);
  res.send(await renderer.render(documentHtml));
}

const nameAndFormat = (file: string) => {
  const match = /^(.*)\.(pdf|html)$/.exec(file);
  return { name: match?.[1] ?? file, asHtml: match?.[2] === 'html' };
};

/**
 * Paperwork as PDF (issue 5): /documents/complaints/<id>/receipt.pdf and form.pdf (readers who may
 * see the complaint; identity on the form only for CENTER_OFFICER), /documents/notices/<id>.pdf
 * (CENTER_OFFICER: a letter names the complainant), /documents/statistics/<fiscalYear>.pdf?quarter=n.
 * Each also as `.html`, the page it is printed from.
 */
export function documentRoutes(renderer: PdfRenderer, publicUrl: string | null = null) {
  /** R5: who recorded the complaint, for the receipt block. */
  const receivingOfficer = async (em: EntityManager, complaintId: string): Promise<Officer | null> => {
    const complaint = await em.findOne(
      Complaint,
      { id: complaintId },
      { fields: ['recordedBy.displayName', 'recordedBy.official.position'] },
    );
    const recorder = complaint?.recordedBy;
    return recorder ? { name: recorder.displayName, position: recorder.official?.position ?? null } : null;
  };

  const complaintDocument: RequestHandler = async (req, res) => {
    const scope = scopeOf(res);
    try {
      const user = requireUser(scope);
      if (!readsComplaints(user)) throw forbidden('ดูเอกสารเรื่องร้องเรียน', 'read complaint documents');
      const id = String(req.params.id);
      const complaint = isUuid(id)
        ? ((await findComplaint(scope.em, user, id)) as (ComplaintView & ComplaintRelations) | undefined)
        : undefined;
      if (!complaint) throw complaintNotFound(id);
      const officer = await receivingOfficer(scope.em, complaint.id);
      const { name: kind, asHtml } = nameAndFormat(String(req.params.document));
      if (kind === 'referral') {
        // Issue 13, item 4: the referral letter, the Center's (it prints no complainant).
        if (!hasRole(user, Role.CENTER_OFFICER)) throw forbidden('พิมพ์หนังสือส่งเรื่องต่อ', 'print referral letters');
        const referral = await referralOf(scope.em, user, complaint.id);
        if (!referral) throw new DomainError('NOT_FOUND', 'เรื่องนี้ยังไม่ได้ส่งต่อให้หน่วยงานอื่น', 'This complaint has not been referred');
        const toName = scope.reference.organisationByCode(referral.toOrganisationCode)?.nameTh ?? referral.toOrganisationCode;
        const letter = referralLetter(complaint, { ...referral, toName }, scope.reference);
        await sendDocument(res, renderer, letter, `referral-${referral.letterNumber.replace(/[^0-9A-Za-z]+/g, '-')}`, asHtml);
        return;
      }
      if (kind !== 'receipt' && kind !== 'form') throw new DomainError('NOT_FOUND', 'ไม่มีเอกสารนี้', `No document ${kind}`);
      const documentHtml =
        kind === 'receipt' ? receiptSlip(complaint, scope.reference, officer) : complaintForm(complaint, scope.reference, officer);
      if (complaint.complainant) await scope.auditIdentityReads([complaint], `GET /documents/complaints/${kind}`);
      await sendDocument(
        res,
        renderer,
        documentHtml,
        `${kind}-${formatReceiptNumber(complaint.receiptSeq, complaint.receiptYear).replace('/', '-')}`,
        asHtml,
      );
    } catch (error) {
      sendError(res, error);
    }
  };

  const noticeDocument: RequestHandler = async (req, res) => {
    const scope = scopeOf(res);
    try {
      const user = requireUser(scope);
      if (!hasRole(user, Role.CENTER_OFFICER)) throw forbidden('พิมพ์หนังสือแจ้งผู้ร้องเรียน', 'print letters to complainants');
      const { name: noticeId, asHtml } = nameAndFormat(String(req.params.file));
      const owner = isUuid(noticeId) ? await scope.em.findOne(Notice, { id: noticeId }, { fields: ['complaint'] }) : null;
      const complaint = owner
        ? ((await findComplaint(scope.em, user, owner.complaint.id)) as (ComplaintView & ComplaintRelations) | undefined)
        : undefined;
      const notice = complaint?.notices.find((one) => one.id === noticeId);
      if (!complaint || !notice) throw new DomainError('NOT_FOUND', 'ไม่พบหนังสือแจ้งนี้', `No notice ${noticeId}`);
      if (complaint.complainant) await scope.auditIdentityReads([complaint], 'GET /documents/notices');
      // Issue 12, item 2: a letter sent by post carries the tracking page's address and its QR code,
      // from PUBLIC_URL only: never from the request's Host header, which a caller chooses (and an
      // issued letter keeps its bytes whatever address it is fetched at).
      const tracking = notice.method === NoticeMethod.LETTER && publicUrl ? await trackingPageQr(`${publicUrl}/track`) : null;
      await sendDocument(
        res,
        renderer,
        noticeLetter(complaint, notice, scope.reference, tracking),
        `notice-${(notice.outgoingNumber ?? noticeId).replace('/', '-')}`,
        asHtml,
      );
    } catch (error) {
      sendError(res, error);
    }
  };

  const statisticsDocument: RequestHandler = async (req, res) => {
    const scope = scopeOf(res);
    try {
      requireStatisticsReader(scope, 'GET /documents/statistics');
      const { name, asHtml } = nameAndFormat(String(req.params.file));
      const fiscalYear = Number(name);
      const quarter = req.query.quarter ? Number(req.query.quarter) : null;
      const stats = await complaintStatistics(scope.em, scope.reference, fiscalYear, quarter, scope.user?.officialId ?? null);
      await sendDocument(
        res,
        renderer,
        statisticsReport(stats, scope.reference),
        `statistics-${fiscalYear}${quarter ? `-q${quarter}` : ''}`,
        asHtml,
      );
    } catch (error) {
      sendError(res, error);
    }
  };

  return { complaintDocument, noticeDocument, statisticsDocument };
}
