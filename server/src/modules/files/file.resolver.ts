import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireRole } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { findComplaint } from '../complaints/complaint.queries.js';
import { ComplaintPayload, ComplaintView } from '../complaints/complaint.views.js';
import { complaintNotFound } from '../shared/domain-error.js';
import { attachFiles, attachmentsOf } from './file.service.js';
import { AttachFilesInput, AttachmentView } from './file.types.js';

/**
 * One loader per operation: a list of complaints asking for their files asks once, in one
 * statement, not once per complaint (the board does not load them at all unless asked).
 */
const loaders = new WeakMap<Context, DataLoader<string, AttachmentView[]>>();

function attachmentLoader(ctx: Context & { user: NonNullable<Context['user']> }): DataLoader<string, AttachmentView[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    const user = ctx.user;
    loader = new DataLoader(async (ids) => {
      const found = await attachmentsOf(ctx.em, user, ids);
      return ids.map((id) => found.get(id) ?? []);
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

/** Contract, "The citizen's channel": evidence files on the complaint, and the Center's scans. */
@Resolver(() => ComplaintView)
export class FileResolver {
  @Mutation(() => ComplaintPayload, {
    description: "A CENTER_OFFICER's scans (staff uploads from POST /uploads) join the complaint; version + 1, on its history",
  })
  async attachFiles(@Arg('input', () => AttachFilesInput) input: AttachFilesInput, @Ctx() ctx: Context): Promise<ComplaintPayload> {
    const user = requireRole(ctx, [Role.CENTER_OFFICER], { th: 'แนบไฟล์หลักฐานกับเรื่องร้องเรียน', en: 'attach files to complaints' });
    const id = await attachFiles(ctx.em, user, input);
    const complaint = await findComplaint(ctx.em, user, id);
    if (!complaint) throw complaintNotFound(id);
    return { complaint };
  }

  @FieldResolver(() => [AttachmentView], {
    description:
      'Evidence files, oldest first: only to callers who may see the complainant (a file may carry identity), else empty. Served at GET /files/<id>',
  })
  attachments(@Root() complaint: ComplaintView, @Ctx() ctx: Context): Promise<AttachmentView[]> | AttachmentView[] {
    if (!ctx.user) return [];
    return attachmentLoader(ctx as Context & { user: NonNullable<Context['user']> }).load(complaint.id);
  }
}
