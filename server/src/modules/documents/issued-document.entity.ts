import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Trigger, Unique } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';
import { IssuedDocumentKind } from './issued-document-kind.js';

/** An edition never changes, whatever the application does: only its PDF is kept once, the first time it is printed. */
const unchanged = `if (new.id, new.organisation_code, new.kind, new.subject, new.edition, new.complaint_id, new.number, new.title,
      new.file_name, new.html, new.html_sha256, new.issued_at)
     is distinct from
     (old.id, old.organisation_code, old.kind, old.subject, old.edition, old.complaint_id, old.number, old.title,
      old.file_name, old.html, old.html_sha256, old.issued_at)
     or (old.pdf is not null and (new.pdf is distinct from old.pdf or new.pdf_sha256 is distinct from old.pdf_sha256)) then
    raise exception 'an issued document never changes (issue 14)' using errcode = 'check_violation';
  end if;
  return new;`;

/**
 * Issue 14, item 1 (contract, "Paperwork and publication"): a document as it was issued — a slip,
 * a form, a letter, a report — rendered once and kept, so that every later download returns the
 * same bytes whatever happens to the complaint, the calendar or the body since. A correction
 * issues a further edition that names the one it replaces; an edition is never changed, except
 * that its PDF is printed once, the first time it is asked for, and kept from then on.
 */
@Entity({ tableName: 'issued_document', policies: [bodyRows] })
@Unique({ properties: ['organisationCode', 'kind', 'subject', 'edition'] })
@Index({ properties: ['complaint', 'issuedAt'] })
@Check({ name: 'issued_document_edition_positive', expression: 'edition >= 1' })
@Trigger({ name: 'unchanged', timing: 'before', events: ['update'], forEach: 'row', body: unchanged })
export class IssuedDocument {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => IssuedDocumentKind, type: 'text' })
  kind!: IssuedDocumentKind;

  /**
   * What it is the document of, with the version of it its reader may see: a complaint's or a
   * notice's id (a slip and a form with or without the complainant's identity, R5), a period of
   * the statistics (with the official it leaves out, issue 9).
   */
  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'smallint', default: 1 })
  edition: number & Opt = 1;

  @ManyToOne(() => Complaint, { nullable: true, deleteRule: 'cascade' })
  complaint: Complaint | null = null;

  /** Its number: the receipt number of a slip or form, the outgoing number of a letter. */
  @Property({ type: 'text', nullable: true })
  number: string | null = null;

  @Property({ type: 'text' })
  title!: string;

  /** The download's file name, without its extension. */
  @Property({ type: 'text' })
  fileName!: string;

  /** The page it is printed from, its inlined fonts left out (they are the same for every document). */
  @Property({ type: 'text', lazy: true })
  html!: string;

  /** SHA-256 (hex) of the page as served (`.html`), fonts included: its ETag. */
  @Property({ type: 'text' })
  htmlSha256!: string;

  /** The PDF, printed from the page the first time it was asked for; the same bytes ever after. */
  @Property({ type: 'blob', nullable: true, lazy: true })
  pdf: Buffer | null = null;

  /** SHA-256 (hex) of the PDF: its ETag. */
  @Property({ type: 'text', nullable: true })
  pdfSha256: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  issuedAt: Date & Opt = new Date();

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  issuedBy: User | null = null;

  /** The edition this one replaces (a correction of the complaint), if any. */
  @ManyToOne(() => IssuedDocument, { nullable: true, deleteRule: 'set null' })
  supersedes: IssuedDocument | null = null;
}
