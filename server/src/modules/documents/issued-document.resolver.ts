import DataLoader from 'dataloader';
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireRole } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { hasRole } from '../auth/session-user.js';
import { NoticeKind } from '../complaints/complaint.enums.js';
import { findComplaint } from '../complaints/complaint.queries.js';
import { ComplaintView } from '../complaints/complaint.views.js';
import { complaintNotFound } from '../shared/domain-error.js';
import { isUuid } from '../shared/input-checks.js';
import type { FullComplaint } from './complaint-documents.js';
import { noticeFactsOf, noticeParagraphs, noticeSubject } from './templates.js';
import { IssuedDocumentKind } from './issued-document-kind.js';
import { issuedForComplaints, type IssuedDocumentRow } from './issued-documents.js';

@ObjectType('IssuedDocument', {
  description: 'Issue 14, item 1: a document as it was issued, kept with its bytes (GET /documents/issued/<id>.pdf, or .html)',
})
export class IssuedDocumentView {
  @Field(() => ID)
  id!: string;

  @Field(() => IssuedDocumentKind)
  kind!: IssuedDocumentKind;

  @Field(() => Int, { description: '1 for the first; a correction of the complaint issues the next, which replaces it' })
  edition!: number;

  @Field(() => String, { nullable: true, description: 'The receipt number of a slip or form, the outgoing number of a letter' })
  number!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => Date)
  issuedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The display name of who issued it (null for the public form and for jobs)' })
  issuedBy!: string | null;

  @Field(() => String, { description: 'SHA-256 (hex) of its page (.html), its ETag there' })
  htmlSha256!: string;

  @Field(() => String, { nullable: true, description: 'SHA-256 (hex) of its PDF, its ETag there; null until first printed' })
  pdfSha256!: string | null;

  @Field(() => ID, { nullable: true, description: 'The edition this one replaces' })
  supersedesId!: string | null;

  @Field(() => String, { description: 'Where it is downloaded: /documents/issued/<id>.pdf' })
  pdfPath!: string;
}

@ObjectType('NoticeDraft', {
  description: 'Issue 14, item 2: the letter sendNotice would send, for the clerk to read and edit before sending it',
})
export class NoticeDraftView {
  @Field(() => String, { description: 'เรื่อง' }) subject!: string;
  @Field(() => String, { description: 'เรียน: the complainant' }) to!: string;
  @Field(() => [String], { description: 'The paragraphs as drafted from the complaint; sendNotice takes them back edited' })
  paragraphs!: string[];
}

const loaders = new WeakMap<Context, DataLoader<string, IssuedDocumentRow[]>>();

function issuedLoader(ctx: Context): DataLoader<string, IssuedDocumentRow[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await issuedForComplaints(ctx.em, ids);
      return ids.map((id) => found.filter((document) => document.complaintId === id));
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

/** Who may see a document is who may print it: the letters and the identity's versions are the Center's (R5). */
function mayRead(ctx: Context, complaint: ComplaintView, document: IssuedDocumentRow): boolean {
  const center = ctx.user !== null && hasRole(ctx.user, Role.CENTER_OFFICER);
  if (document.kind === IssuedDocumentKind.NOTICE_LETTER || document.kind === IssuedDocumentKind.REFERRAL_LETTER) return center;
  if (document.subject.endsWith(':identity')) return center;
  return document.complaintId === complaint.id;
}

@Resolver(() => ComplaintView)
export class IssuedDocumentResolver {
  @Query(() => NoticeDraftView, {
    description: 'Issue 14, item 2 (CENTER_OFFICER): the draft of a notice letter of this kind, from the complaint as it is now',
  })
  async noticeDraft(
    @Arg('complaintId', () => ID) complaintId: string,
    @Arg('kind', () => NoticeKind) kind: NoticeKind,
    @Ctx() ctx: Context,
  ): Promise<NoticeDraftView> {
    const user = requireRole(ctx, [Role.CENTER_OFFICER], { th: 'ร่างหนังสือแจ้งผู้ร้องเรียน', en: 'draft letters to complainants' });
    const complaint = isUuid(complaintId) ? ((await findComplaint(ctx.em, user, complaintId)) as FullComplaint | undefined) : undefined;
    if (!complaint) throw complaintNotFound(complaintId);
    const paragraphs = noticeParagraphs(noticeFactsOf(complaint, kind), ctx.reference.timeZone);
    return { subject: noticeSubject[kind], to: complaint.complainant?.fullName ?? 'ผู้ร้องเรียน', paragraphs };
  }

  @FieldResolver(() => [IssuedDocumentView], {
    description: 'Issue 14, item 1: what was issued for this complaint, when, by whom, with its hash, oldest first',
  })
  async issuedDocuments(@Root() complaint: ComplaintView, @Ctx() ctx: Context): Promise<IssuedDocumentView[]> {
    if (!ctx.user) return [];
    const documents = await issuedLoader(ctx).load(complaint.id);
    return documents
      .filter((document) => mayRead(ctx, complaint, document))
      .map((document) => ({
        id: document.id,
        kind: document.kind,
        edition: document.edition,
        number: document.number,
        title: document.title,
        issuedAt: document.issuedAt,
        issuedBy: document.issuedByName,
        htmlSha256: document.htmlSha256,
        pdfSha256: document.pdfSha256,
        supersedesId: document.supersedesId,
        pdfPath: `/documents/issued/${document.id}.pdf`,
      }));
  }
}
