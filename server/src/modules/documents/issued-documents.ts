import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { firstRow, rows, sql } from '../../db/sql.js';
import { appendAudit } from '../audit/audit.service.js';
import type { SessionUser } from '../auth/session-user.js';
import { IssuedDocumentKind, issuedDocumentKindTh } from './issued-document-kind.js';
import { fontFaces, type PdfRenderer } from './pdf-renderer.js';

/** A document about to be issued: its page, as the templates render it, and what it is of. */
export interface DocumentToIssue {
  kind: IssuedDocumentKind;
  subject: string;
  complaintId: string | null;
  number: string | null;
  title: string;
  fileName: string;
  /** The whole page (templates.ts), fonts inlined. */
  page: string;
}

/** An issued document, without its bytes. */
export interface IssuedDocumentRow {
  id: string;
  kind: IssuedDocumentKind;
  subject: string;
  edition: number;
  complaintId: string | null;
  number: string | null;
  title: string;
  fileName: string;
  htmlSha256: string;
  pdfSha256: string | null;
  issuedAt: Date;
  issuedById: string | null;
  issuedByName: string | null;
  supersedesId: string | null;
}

/**
 * The inlined fonts are the same in every page: a page is kept without them, and they are put back
 * when it is served. Its served bytes (and so its hash) are those of the page as issued.
 */
const fontsMark = '/*rongrian:fonts*/';
const withoutFonts = (page: string) => page.replace(fontFaces(), () => fontsMark);
const withFonts = (kept: string) => kept.replace(fontsMark, () => fontFaces());

export const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

const columns = sql`d.id, d.kind, d.subject, d.edition, d.complaint_id as "complaintId", d.number, d.title, d.file_name as "fileName",
                    d.html_sha256 as "htmlSha256", d.pdf_sha256 as "pdfSha256", d.issued_at as "issuedAt",
                    d.issued_by_id as "issuedById", u.display_name as "issuedByName", d.supersedes_id as "supersedesId"`;

const withDate = (row: IssuedDocumentRow): IssuedDocumentRow => ({ ...row, issuedAt: new Date(row.issuedAt) });

/** The first edition of a document (what its own address answers for ever), if it was issued. */
export async function firstEdition(em: EntityManager, kind: IssuedDocumentKind, subject: string): Promise<IssuedDocumentRow | undefined> {
  const row = await firstRow<IssuedDocumentRow>(
    em,
    sql`select ${columns} from issued_document d left join app_user u on u.id = d.issued_by_id
         where d.kind = ${kind} and d.subject = ${subject} and d.edition = 1`,
  );
  return row && withDate(row);
}

export async function issuedDocument(em: EntityManager, id: string): Promise<IssuedDocumentRow | undefined> {
  const row = await firstRow<IssuedDocumentRow>(
    em,
    sql`select ${columns} from issued_document d left join app_user u on u.id = d.issued_by_id where d.id = ${id}::uuid`,
  );
  return row && withDate(row);
}

/** Every edition of every document issued for the complaints, oldest first (the file page's list). */
export async function issuedForComplaints(em: EntityManager, complaintIds: readonly string[]): Promise<IssuedDocumentRow[]> {
  const found = await rows<IssuedDocumentRow>(
    em,
    sql`select ${columns} from issued_document d left join app_user u on u.id = d.issued_by_id
         where d.complaint_id = any(${complaintIds}::uuid[]) order by d.issued_at, d.kind, d.edition`,
  );
  return found.map(withDate);
}

/**
 * Issues the next edition of a document: the first, or one that replaces the latest (a correction).
 * Two callers issuing the same edition at once keep one: the other reads it back.
 */
export async function issue(
  em: EntityManager,
  document: DocumentToIssue,
  issuedBy: SessionUser | null,
  replacing: IssuedDocumentRow | null = null,
): Promise<IssuedDocumentRow> {
  const edition = replacing ? replacing.edition + 1 : 1;
  const inserted = await firstRow<IssuedDocumentRow>(
    em,
    sql`with d as (
          insert into issued_document (id, kind, subject, edition, complaint_id, number, title, file_name, html, html_sha256, issued_by_id, supersedes_id)
          values (gen_random_uuid(), ${document.kind}, ${document.subject}, ${edition}, ${document.complaintId}::uuid, ${document.number},
                  ${document.title}, ${document.fileName}, ${withoutFonts(document.page)}, ${sha256(document.page)},
                  ${issuedBy?.id ?? null}::uuid, ${replacing?.id ?? null}::uuid)
          on conflict (organisation_code, kind, subject, edition) do nothing
          returning *)
        select ${columns} from d left join app_user u on u.id = d.issued_by_id`,
  );
  const issued =
    inserted ??
    (await firstRow<IssuedDocumentRow>(
      em,
      sql`select ${columns} from issued_document d left join app_user u on u.id = d.issued_by_id
           where d.kind = ${document.kind} and d.subject = ${document.subject} and d.edition = ${edition}`,
    ));
  return withDate(issued!);
}

/**
 * The document at its own address: its first edition, issued now (rendered by `render`) when it
 * was not yet, in one transaction with its audit entry.
 */
export async function issuedOnce(
  em: EntityManager,
  user: SessionUser,
  kind: IssuedDocumentKind,
  subject: string,
  render: () => Promise<DocumentToIssue> | DocumentToIssue,
  audit: { requestId: string | null; ip: string | null },
): Promise<IssuedDocumentRow> {
  const found = await firstEdition(em, kind, subject);
  if (found) return found;
  const document = await render();
  return em.transactional(async (tx) => {
    const issued = await issue(tx, document, user);
    await appendAudit(tx, [issuedEntry(user, issued, audit)]);
    return issued;
  });
}

/** The audit entry of a document issued on download (a mutation's documents are in its own entry). */
function issuedEntry(user: SessionUser, issued: IssuedDocumentRow, audit: { requestId: string | null; ip: string | null }) {
  return {
    actorId: user.id,
    actor: user.username,
    action: 'issueDocument',
    target: issued.complaintId,
    outcome: 'OK',
    data: {
      document: issued.id,
      kind: issued.kind,
      kindTh: issuedDocumentKindTh[issued.kind],
      number: issued.number,
      sha256: issued.htmlSha256,
    },
    requestId: audit.requestId,
    ip: audit.ip,
  };
}

/** The page of an issued document, byte for byte as it was issued. */
export async function issuedPage(em: EntityManager, id: string): Promise<string> {
  const row = await firstRow<{ html: string }>(em, sql`select html from issued_document where id = ${id}::uuid`);
  return withFonts(row!.html);
}

/**
 * The PDF of an issued document: printed from its page the first time it is asked for, and kept;
 * two first requests at once print twice and both answer the one kept.
 */
export async function issuedPdf(
  em: EntityManager,
  renderer: PdfRenderer,
  document: IssuedDocumentRow,
): Promise<{ pdf: Buffer; sha256: string }> {
  const kept = await firstRow<{ pdf: Buffer | null; sha256: string | null }>(
    em,
    sql`select pdf, pdf_sha256 as sha256 from issued_document where id = ${document.id}::uuid`,
  );
  if (kept?.pdf && kept.sha256) return { pdf: kept.pdf, sha256: kept.sha256 };
  const printed = await renderer.render(await issuedPage(em, document.id));
  await sql`update issued_document set pdf = ${printed}, pdf_sha256 = ${sha256(printed)}
             where id = ${document.id}::uuid and pdf is null`.execute(em.getKysely());
  const stored = await firstRow<{ pdf: Buffer; sha256: string }>(
    em,
    sql`select pdf, pdf_sha256 as sha256 from issued_document where id = ${document.id}::uuid`,
  );
  return stored!;
}
