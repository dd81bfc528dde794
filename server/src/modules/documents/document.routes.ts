import type { RequestHandler, Response } from 'express';
import { scopeOf, type RequestScope } from '../../http/request-scope.js';
import { sendError } from '../../http/send-error.js';
import { DomainError, complaintNotFound, forbidden } from '../shared/domain-error.js';
import { isUuid } from '../shared/input-checks.js';
import { requireUser } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { hasRole } from '../auth/session-user.js';
import { readsComplaints } from '../complaints/complaint-access.js';
import { findComplaint } from '../complaints/complaint.queries.js';
import { Notice } from '../notices/notice.entity.js';
import { fiscalPeriod } from '../reports/fiscal-year.js';
import { complaintStatistics } from '../reports/statistics.service.js';
import { requireStatisticsReader } from '../reports/statistics-readers.js';
import type { PdfRenderer } from './pdf-renderer.js';
import {
  committeeOrderDocument,
  identityVariant,
  noticeDocument as noticeToIssue,
  referralDocument,
  slipOrForm,
  summaryDocument,
  type FullComplaint,
} from './complaint-documents.js';
import { IssuedDocumentKind } from './issued-document-kind.js';
import { issuedDocument, issuedOnce, issuedPage, issuedPdf, sha256, type IssuedDocumentRow } from './issued-documents.js';
import { statisticsReport } from './templates.js';

const nameAndFormat = (file: string) => {
  const match = /^(.*)\.(pdf|html)$/.exec(file);
  return { name: match?.[1] ?? file, asHtml: match?.[2] === 'html' };
};

/** A document page carries its own styles and inlined fonts, and nothing else. */
const pagePolicy = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; frame-ancestors 'none'";

/**
 * Issue 14, item 7: when Chromium cannot print (not installed, crashed), the clerk reads why in
 * Thai, and that the page itself can still be printed from the browser, not an English HTTP 500
 * (the renderer logs why it could not start).
 */
function sendUnprintable(res: Response, htmlAddress: string) {
  res.status(503).setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('retry-after', '60');
  res.send(`<!doctype html><html lang="th"><head><meta charset="utf-8"><title>พิมพ์เอกสารไม่ได้ในขณะนี้</title></head><body>
<h1>ระบบจัดทำไฟล์ PDF ไม่ได้ในขณะนี้</h1>
<p>เอกสารนี้ออกแล้วและเก็บไว้ครบถ้วน แต่เครื่องแม่ข่ายพิมพ์เป็น PDF ไม่ได้ชั่วคราว กรุณาลองใหม่อีกครั้งในอีกสักครู่ หรือเปิด<a href="${htmlAddress}">หน้าเอกสาร</a>แล้วสั่งพิมพ์จากเบราว์เซอร์ หากยังไม่ได้ กรุณาแจ้งผู้ดูแลระบบ</p>
<p lang="en">The server cannot print PDFs right now — the document is issued and kept; try again shortly, or open its page and print it from the browser.</p>
</body></html>`);
}

/**
 * An issued document as it was issued (issue 14, item 1): the PDF printed once and kept, or with
 * `.html` the page it is printed from; `ETag` is the SHA-256 of the bytes, the same for ever.
 */
async function sendIssued(
  res: Response,
  scope: RequestScope,
  renderer: PdfRenderer,
  document: IssuedDocumentRow,
  asHtml: boolean,
  ifNoneMatch: string | undefined,
) {
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-document-id', document.id);
  const answer = (etag: string, send: () => void) => {
    res.setHeader('etag', `"${etag}"`);
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === `"${etag}"`)) {
      res.status(304).end();
      return;
    }
    send();
  };
  if (asHtml) {
    const page = await issuedPage(scope.em, document.id);
    answer(document.htmlSha256, () => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('content-security-policy', pagePolicy);
      res.send(page);
    });
    return;
  }
  let printed: { pdf: Buffer; sha256: string };
  try {
    printed = await issuedPdf(scope.em, renderer, document);
  } catch {
    sendUnprintable(res, `/documents/issued/${document.id}.html`);
    return;
  }
  answer(printed.sha256, () => {
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `inline; filename="${document.fileName}.pdf"`);
    res.send(printed.pdf);
  });
}

/**
 * Paperwork (issues 5 and 14): /documents/complaints/<id>/receipt.pdf and form.pdf (readers who may
 * see the complaint; the identity on them only for those who may see it), referral.pdf and
 * /documents/notices/<id>.pdf (CENTER_OFFICER: letters), /documents/statistics/<fiscalYear>.pdf?quarter=n,
 * and every edition at /documents/issued/<id>.pdf. Each also as `.html`, the page it is printed from.
 * Each address answers the document's first edition, as it was issued, for ever (contract,
 * "Paperwork and publication").
 */
export function documentRoutes(renderer: PdfRenderer, publicUrl: string | null = null) {
  const auditOf = (scope: RequestScope, ip: string | undefined) => ({ requestId: scope.requestId, ip: ip ?? null });

  const complaintDocument: RequestHandler = async (req, res) => {
    const scope = scopeOf(res);
    try {
      const user = requireUser(scope);
      if (!readsComplaints(user)) throw forbidden('ดูเอกสารเรื่องร้องเรียน', 'read complaint documents');
      const id = String(req.params.id);
      const complaint = isUuid(id) ? ((await findComplaint(scope.em, user, id)) as FullComplaint | undefined) : undefined;
      if (!complaint) throw complaintNotFound(id);
      const { name: kind, asHtml } = nameAndFormat(String(req.params.document));
      let document: IssuedDocumentRow;
      if (kind === 'referral') {
        // Issue 13, item 4: the referral letter, the Center's (it prints no complainant).
        if (!hasRole(user, Role.CENTER_OFFICER)) throw forbidden('พิมพ์หนังสือส่งเรื่องต่อ', 'print referral letters');
        const letter = await referralDocument(scope.em, scope.reference, user, complaint);
        if (!letter) throw new DomainError('NOT_FOUND', 'เรื่องนี้ยังไม่ได้ส่งต่อให้หน่วยงานอื่น', 'This complaint has not been referred');
        document = await issuedOnce(scope.em, user, letter.kind, letter.subject, () => letter, auditOf(scope, req.ip));
      } else if (kind === 'committee-order' || kind === 'summary') {
        // Issue 14, item 2: the committee's order (R4.4) and the summary report to the executives (R4.5); no complainant on either.
        const made = kind === 'summary' ? summaryDocument(scope.reference, complaint) : committeeOrderDocument(scope.reference, complaint);
        if (!made) {
          throw new DomainError(
            'NOT_FOUND',
            kind === 'summary' ? 'เรื่องนี้ยังไม่มีผลการพิจารณา จึงยังไม่มีรายงานสรุปผล' : 'เรื่องนี้ยังไม่ได้แต่งตั้งคณะกรรมการสอบข้อเท็จจริง',
            kind === 'summary' ? 'This complaint has no result yet' : 'No committee was appointed for this complaint',
          );
        }
        document = await issuedOnce(scope.em, user, made.kind, made.subject, () => made, auditOf(scope, req.ip));
      } else if (kind === 'receipt' || kind === 'form') {
        const documentKind = kind === 'receipt' ? IssuedDocumentKind.RECEIPT_SLIP : IssuedDocumentKind.COMPLAINT_FORM;
        document = await issuedOnce(
          scope.em,
          user,
          documentKind,
          identityVariant(complaint),
          () => slipOrForm(scope.em, scope.reference, complaint, documentKind),
          auditOf(scope, req.ip),
        );
        if (complaint.complainant) await scope.auditIdentityReads([complaint], `GET /documents/complaints/${kind}`);
      } else {
        throw new DomainError('NOT_FOUND', 'ไม่มีเอกสารนี้', `No document ${kind}`);
      }
      await sendIssued(res, scope, renderer, document, asHtml, req.headers['if-none-match']);
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
      const complaint = owner ? ((await findComplaint(scope.em, user, owner.complaint.id)) as FullComplaint | undefined) : undefined;
      const notice = complaint?.notices.find((one) => one.id === noticeId);
      if (!complaint || !notice) throw new DomainError('NOT_FOUND', 'ไม่พบหนังสือแจ้งนี้', `No notice ${noticeId}`);
      // Issued when it was sent (issueLetters); a letter of before issue 14 is issued as first printed.
      // Issue 12, item 2: the tracking page's address from PUBLIC_URL only, never from the Host header.
      const document = await issuedOnce(
        scope.em,
        user,
        IssuedDocumentKind.NOTICE_LETTER,
        notice.id,
        () => noticeToIssue(scope.reference, complaint, notice, publicUrl),
        auditOf(scope, req.ip),
      );
      if (complaint.complainant) await scope.auditIdentityReads([complaint], 'GET /documents/notices');
      await sendIssued(res, scope, renderer, document, asHtml, req.headers['if-none-match']);
    } catch (error) {
      sendError(res, error);
    }
  };

  /**
   * R10: the report of a fiscal year or quarter. Once the period has ended it is issued, once, and
   * kept; while it runs it is a draft that says so and the date of its figures.
   */
  const statisticsDocument: RequestHandler = async (req, res) => {
    const scope = scopeOf(res);
    try {
      requireStatisticsReader(scope, 'GET /documents/statistics');
      const { name, asHtml } = nameAndFormat(String(req.params.file));
      const fiscalYear = Number(name);
      const quarter = req.query.quarter ? Number(req.query.quarter) : null;
      const excluding = scope.user?.officialId ?? null;
      const stats = await complaintStatistics(scope.em, scope.reference, fiscalYear, quarter, excluding);
      const fileName = `statistics-${fiscalYear}${quarter ? `-q${quarter}` : ''}`;
      const ended = fiscalPeriod(fiscalYear, quarter, scope.reference.timeZone).to.getTime() <= Date.now();
      if (ended && scope.user) {
        const kind = IssuedDocumentKind.STATISTICS_REPORT;
        const subject = `${fiscalYear}:${quarter ?? 0}:${excluding ?? '-'}`;
        const page = () => statisticsReport(stats, scope.reference);
        const title = `รายงานสรุปผลการดำเนินการเรื่องร้องเรียน ${fiscalYear}${quarter ? ` ไตรมาส ${quarter}` : ''}`;
        const document = await issuedOnce(
          scope.em,
          scope.user,
          kind,
          subject,
          () => ({ kind, subject, complaintId: null, number: null, title, fileName, page: page() }),
          auditOf(scope, req.ip),
        );
        await sendIssued(res, scope, renderer, document, asHtml, req.headers['if-none-match']);
        return;
      }
      // A running period's figures are a draft; an API token (which issues nothing) reads an ended period's as they stand.
      const page = statisticsReport(stats, scope.reference, ended ? {} : { draftAt: new Date() });
      res.setHeader('cache-control', 'no-store');
      if (asHtml) {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('content-security-policy', pagePolicy);
        res.send(page);
        return;
      }
      let pdf: Buffer;
      try {
        pdf = await renderer.render(page);
      } catch {
        sendUnprintable(res, `/documents/statistics/${fiscalYear}.html${quarter ? `?quarter=${quarter}` : ''}`);
        return;
      }
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', `inline; filename="${fileName}.pdf"`);
      res.setHeader('etag', `"${sha256(pdf)}"`);
      res.send(pdf);
    } catch (error) {
      sendError(res, error);
    }
  };

  /** Any edition of an issued document, at its own address, for those who may read its first. */
  const issuedDocumentRoute: RequestHandler = async (req, res) => {
    const scope = scopeOf(res);
    try {
      const user = requireUser(scope);
      const { name: id, asHtml } = nameAndFormat(String(req.params.file));
      const notFound = new DomainError('NOT_FOUND', 'ไม่พบเอกสารนี้', `No issued document ${id}`);
      const document = isUuid(id) ? await issuedDocument(scope.em, id) : undefined;
      if (!document) throw notFound;
      if (document.kind === IssuedDocumentKind.STATISTICS_REPORT) {
        requireStatisticsReader(scope, 'GET /documents/issued');
        // Issue 9, item 3: a report leaving out an official's complaints is that official's alone, and theirs the only one they read.
        if (!document.subject.endsWith(`:${user.officialId ?? '-'}`)) throw notFound;
      } else {
        if (!readsComplaints(user)) throw forbidden('ดูเอกสารเรื่องร้องเรียน', 'read complaint documents');
        const complaint = document.complaintId
          ? ((await findComplaint(scope.em, user, document.complaintId)) as FullComplaint | undefined)
          : undefined;
        if (!complaint) throw notFound;
        const letter = document.kind === IssuedDocumentKind.NOTICE_LETTER || document.kind === IssuedDocumentKind.REFERRAL_LETTER;
        if (letter && !hasRole(user, Role.CENTER_OFFICER)) throw forbidden('พิมพ์หนังสือของศูนย์ฯ', "print the Center's letters");
        const withIdentity = document.subject.endsWith(':identity') || document.kind === IssuedDocumentKind.NOTICE_LETTER;
        if (withIdentity && !complaint.complainant) throw notFound;
        if (withIdentity) await scope.auditIdentityReads([complaint], 'GET /documents/issued');
      }
      await sendIssued(res, scope, renderer, document, asHtml, req.headers['if-none-match']);
    } catch (error) {
      sendError(res, error);
    }
  };

  return { complaintDocument, noticeDocument, statisticsDocument, issuedDocumentRoute };
}
