import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, RequestHandler, Response } from 'express';
import { inOrganisation } from '../../db/organisation-scope.js';
import { statementsSoFar, withStatementTally } from '../../db/sql-statements.js';
import { scopeOf } from '../../http/request-scope.js';
import { httpStatusOf, sendError } from '../../http/send-error.js';
import { requireRole } from '../auth/access.js';
import { publicBodyHeader } from '../auth/authenticate.js';
import { Role } from '../auth/role.js';
import type { PdfRenderer } from '../documents/pdf-renderer.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { DomainError } from '../shared/domain-error.js';
import {
  archivedBytes,
  archivedVersions,
  archiveVersion,
  fiscalYearOfPath,
  o19Figures,
  publishedPdf,
  requirePublishedYear,
  sha256Of,
  type ItaFormat,
  type ItaPage,
} from './ita.service.js';
import { archivePage, chooserPage, memoPage, o18Page, o19Page, refusalPage } from './ita.templates.js';

/** A document page carries its own styles, inlined fonts and emblem, and nothing else (as document.routes.ts). */
const documentPolicy = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; frame-ancestors 'none'";
/** Issue 14, item 6: a public page may be cached for five minutes; an archived version never changes. */
const publicCache = 'public, max-age=300';
const immutable = 'public, max-age=31536000, immutable';

const noBody = (named: string) => new DomainError('NOT_FOUND', `ไม่พบหน่วยงานรหัส ${named} ในระบบนี้`, `No body ${named} on this deployment`);

/** The bytes of a page with its ETag (SHA-256 of the bytes); 304 when the reader holds them. */
function sendBytes(
  req: Request,
  res: Response,
  bytes: Buffer,
  sha256: string,
  format: ItaFormat,
  { cache, name }: { cache: string; name: string },
): void {
  const etag = `"${sha256}"`;
  res.setHeader('etag', etag);
  res.setHeader('cache-control', cache);
  res.setHeader('x-content-type-options', 'nosniff');
  const held = String(req.headers['if-none-match'] ?? '')
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''));
  if (held.includes(etag)) {
    res.status(304).end();
    return;
  }
  if (format === 'html') {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-security-policy', documentPolicy);
  } else {
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `inline; filename="${name}.pdf"`);
  }
  res.end(bytes);
}

/** `o19`, `o19.html`, `o19.pdf` → the page and its format. */
function pageAndFormat(file: string): { name: string; format: ItaFormat } | null {
  const match = /^([a-z0-9]+)(?:\.(html|pdf))?$/.exec(file);
  return match ? { name: match[1]!, format: (match[2] as ItaFormat | undefined) ?? 'html' } : null;
}

/**
 * Issue 14, item 6: the ITA pages, public, no session (contract, "Paperwork and publication"):
 * GET /ita/<fiscalYear>/o18 and /o19 (HTML; `.pdf` through the PdfRenderer), the archive of every
 * version published (/ita/<fiscalYear>/archive, each at /ita/<fiscalYear>/archive/<sha256>.html|.pdf),
 * and the executive's memo (/ita/<fiscalYear>/memo, signed in). A session or token changes nothing
 * on a public page: the body is the one the address names (`?body=`, since a website only links),
 * else `x-rongrian-body`, else the deployment's only body.
 */
export function itaRoutes(
  services: { em: EntityManager; reference: ReferenceData; config: { env: string } },
  renderer: PdfRenderer,
  clock: () => Date = () => new Date(),
) {
  const { reference } = services;
  const exposeStatements = services.config.env !== 'production';
  /** Versions known to be archived (this process): a page served again unchanged writes nothing. */
  const archived = new Set<string>();

  /** Counts the route's statements (budgets.test.ts reads x-sql-statements outside production). */
  const counted =
    (handler: (req: Request, res: Response) => Promise<void>): RequestHandler =>
    (req, res, next) =>
      withStatementTally(async () => {
        const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
        if (exposeStatements) {
          res.writeHead = ((...args: unknown[]) => {
            if (!res.headersSent) res.setHeader('x-sql-statements', String(statementsSoFar()));
            return writeHead(...args);
          }) as typeof res.writeHead;
        }
        await handler(req, res).catch(next);
      });

  /** A refusal as a Thai page, with the status of its code. */
  const refuse = (res: Response, error: unknown) => {
    if (!(error instanceof DomainError)) throw error;
    const page = Buffer.from(refusalPage(reference.organisation, error.messageTh, error.messageEn));
    res.status(httpStatusOf(error.code));
    res.setHeader('cache-control', 'no-store');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-security-policy', documentPolicy);
    res.end(page);
  };

  /**
   * Issue 14, item 7: when Chromium cannot print, a Thai page says so (503) and links the HTML
   * page, which a browser prints as well (the renderer logs why it could not start).
   */
  const unprintable = (res: Response, htmlAddress: string) => {
    const page = refusalPage(
      reference.organisation,
      'ระบบจัดทำไฟล์ PDF ไม่ได้ในขณะนี้ กรุณาลองใหม่อีกครั้งในอีกสักครู่ หรือเปิดหน้าเว็บแล้วสั่งพิมพ์จากเบราว์เซอร์',
      'The server cannot print PDFs right now: try again shortly, or open the web page and print it from the browser',
      htmlAddress,
    );
    res.status(503);
    res.setHeader('retry-after', '60');
    res.setHeader('cache-control', 'no-store');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-security-policy', documentPolicy);
    res.end(Buffer.from(page));
  };

  /**
   * Runs `work` in the body the address names; answers 404 for a body unknown, and on a
   * deployment of several bodies, a page naming none, with each body's link (400).
   */
  const inNamedBody = async (req: Request, res: Response, work: (body: string) => Promise<void>) => {
    const query = req.query.body;
    const header = req.headers[publicBodyHeader];
    const bodies = reference.organisations;
    let code: string | undefined;
    if (typeof query === 'string') {
      if (!reference.organisationByCode(query)) return refuse(res, noBody(query));
      code = query;
    } else if (typeof header === 'string' && reference.organisationByCode(header)) code = header;
    else if (bodies.length === 1) code = bodies[0]!.code;
    if (code === undefined) {
      if (bodies.length === 0) {
        return refuse(res, new DomainError('NOT_FOUND', 'ยังไม่ได้ตั้งค่าหน่วยงานในระบบนี้', 'No body is set up on this deployment yet'));
      }
      const path = req.originalUrl.split('?')[0]!;
      res.status(400);
      res.setHeader('cache-control', 'no-store');
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('content-security-policy', documentPolicy);
      res.end(Buffer.from(chooserPage(bodies, (body) => `${path}?body=${encodeURIComponent(body)}`)));
      return;
    }
    const body = code;
    await inOrganisation(body, () => work(body));
  };

  /** Archives a version once per process and content (the statement is idempotent across processes). */
  const keep = async (em: EntityManager, body: string, version: Parameters<typeof archiveVersion>[1]) => {
    const key = [body, version.page, version.fiscalYear, version.format, version.sha256].join('|');
    if (archived.has(key)) return;
    await archiveVersion(em, version);
    if (archived.size > 10_000) archived.clear();
    archived.add(key);
  };

  /** GET /ita/<fiscalYear>/(o18|o19)[.html|.pdf] */
  const page = counted(async (req, res) => {
    try {
      const fiscalYear = fiscalYearOfPath(String(req.params.fiscalYear));
      const file = pageAndFormat(String(req.params.file));
      const which = file && ({ o18: 'O18', o19: 'O19' } as Record<string, ItaPage>)[file.name];
      if (!file || !which) throw new DomainError('NOT_FOUND', 'ไม่มีหน้านี้', `No page ${String(req.params.file)}`);
      await inNamedBody(req, res, async (body) => {
        try {
          const now = clock();
          requirePublishedYear(fiscalYear, reference.timeZone, now);
          const em = services.em.fork();
          let documentHtml: string;
          if (which === 'O18') documentHtml = o18Page(reference, fiscalYear);
          else {
            const { rounds, statistics } = await o19Figures(em, reference, fiscalYear);
            documentHtml = o19Page(reference, fiscalYear, rounds, statistics, now);
          }
          const bytes = Buffer.from(documentHtml);
          const sha256 = sha256Of(bytes);
          await keep(em, body, { page: which, fiscalYear, format: 'html', bytes, sha256, sourceSha256: sha256 });
          const name = `ita-${which.toLowerCase()}-${fiscalYear}`;
          if (file.format === 'html') return sendBytes(req, res, bytes, sha256, 'html', { cache: publicCache, name });
          let pdf: { bytes: Buffer; sha256: string };
          try {
            pdf = await publishedPdf(em, { page: which, fiscalYear, sourceSha256: sha256 }, () => renderer.render(documentHtml));
          } catch {
            return unprintable(res, req.originalUrl.replace(/\.pdf(?=\?|$)/, ''));
          }
          sendBytes(req, res, pdf.bytes, pdf.sha256, 'pdf', { cache: publicCache, name });
        } catch (error) {
          refuse(res, error);
        }
      });
    } catch (error) {
      refuse(res, error);
    }
  });

  /** GET /ita/<fiscalYear>/archive: the versions published, with their instants and hashes. */
  const archive = counted(async (req, res) => {
    try {
      const fiscalYear = fiscalYearOfPath(String(req.params.fiscalYear));
      await inNamedBody(req, res, async (body) => {
        const versions = await archivedVersions(services.em.fork(), fiscalYear);
        const link = (path: string) => `${path}?body=${encodeURIComponent(body)}`;
        const bytes = Buffer.from(archivePage(reference, fiscalYear, versions, link));
        sendBytes(req, res, bytes, sha256Of(bytes), 'html', { cache: 'public, max-age=60', name: 'archive' });
      });
    } catch (error) {
      refuse(res, error);
    }
  });

  /** GET /ita/<fiscalYear>/archive/<sha256>.(html|pdf): exactly the bytes that were published. */
  const archivedVersion = counted(async (req, res) => {
    try {
      const fiscalYear = fiscalYearOfPath(String(req.params.fiscalYear));
      const match = /^([0-9a-f]{64})(?:\.(html|pdf))?$/.exec(String(req.params.file));
      const missing = new DomainError('NOT_FOUND', 'ไม่พบฉบับที่เผยแพร่นี้', 'No such published version');
      if (!match) throw missing;
      const sha256 = match[1]!;
      await inNamedBody(req, res, async () => {
        const found = await archivedBytes(services.em.fork(), fiscalYear, sha256, (match[2] as ItaFormat | undefined) ?? null);
        if (!found) return refuse(res, missing);
        sendBytes(req, res, found.bytes, sha256, found.format, {
          cache: immutable,
          name: `ita-${fiscalYear}-${sha256.slice(0, 12)}`,
        });
      });
    } catch (error) {
      refuse(res, error);
    }
  });

  /**
   * GET /ita/<fiscalYear>/memo[.html|.pdf] (after requestScope): the acknowledgement memo to the
   * Chief Executive, for CENTER_OFFICER, COMMANDER and EXECUTIVE of the caller's body; its figures
   * leave out the complaints that accuse the reader (issue 9, item 3), as every signed-in read does.
   */
  const memo = counted(async (req, res) => {
    const scope = scopeOf(res);
    try {
      const user = requireRole(scope, [Role.CENTER_OFFICER, Role.COMMANDER, Role.EXECUTIVE], {
        th: 'ดูบันทึกข้อความรายงานผลการดำเนินงานเรื่องร้องเรียน',
        en: 'read the memo on the complaint statistics',
      });
      const fiscalYear = fiscalYearOfPath(String(req.params.fiscalYear));
      const format = req.params.format === 'pdf' ? 'pdf' : 'html';
      if (req.params.format !== undefined && req.params.format !== 'pdf' && req.params.format !== 'html') {
        throw new DomainError('NOT_FOUND', 'ไม่มีหน้านี้', `No page memo.${req.params.format}`);
      }
      const now = clock();
      requirePublishedYear(fiscalYear, scope.reference.timeZone, now);
      const { rounds, statistics } = await o19Figures(scope.em, scope.reference, fiscalYear, user.officialId);
      const documentHtml = memoPage(scope.reference, fiscalYear, rounds, statistics, now);
      res.setHeader('cache-control', 'no-store');
      if (format === 'html') {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('content-security-policy', documentPolicy);
        res.end(Buffer.from(documentHtml));
        return;
      }
      let pdf: Buffer;
      try {
        pdf = await renderer.render(documentHtml);
      } catch {
        return unprintable(res, `/ita/${fiscalYear}/memo`);
      }
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', `inline; filename="ita-memo-${fiscalYear}.pdf"`);
      res.end(pdf);
    } catch (error) {
      sendError(res, error);
    }
  });

  return { page, archive, archivedVersion, memo };
}
