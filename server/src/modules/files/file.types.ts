import { IsInt } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { FileSource } from './file.enums.js';

/** What POST /uploads answers (contract): the upload's id for attachmentIds, and what was stored. */
export interface UploadView {
  id: string;
  fileName: string;
  mediaType: string;
  bytes: number;
  sha256: string;
}

@ObjectType('Attachment', {
  description: 'An evidence file of a complaint; it may carry identity, so only who may see the complainant is shown it (GET /files/<id>)',
})
export class AttachmentView {
  @Field(() => ID, { description: 'The upload id; the file is served at GET /files/<id>' }) id!: string;
  @Field(() => String, { description: "The sender's file name, with the extension of the type found in its content" }) fileName!: string;
  @Field(() => String, { description: 'The type found in its content (application/pdf, image/jpeg …)' }) mediaType!: string;
  @Field(() => Int, { description: 'Size of the stored file' }) bytes!: number;
  @Field(() => String, { description: 'SHA-256 of the stored file, hex (after image metadata was removed, for a public upload)' })
  sha256!: string;
  @Field(() => Date) uploadedAt!: Date;
  @Field(() => FileSource) source!: FileSource;
}

@InputType({ description: "A CENTER_OFFICER's scans (staff uploads from POST /uploads) joining a complaint" })
export class AttachFilesInput {
  @Field(() => ID) complaintId!: string;
  @Field(() => Int, { description: 'The version the client saw; a stale one fails with CONFLICT' }) @IsInt() expectedVersion!: number;
  // The count and the ids are checked by attachFiles (file.service.ts), with a message naming the field in Thai.
  @Field(() => [ID], { description: 'Staff uploads of the caller (POST /uploads with a session), not yet attached; 1 to 20' })
  attachmentIds!: string[];
}
