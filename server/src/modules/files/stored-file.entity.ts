import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { FileSource } from './file.enums.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * Contract, "The citizen's channel": an evidence file from POST /uploads. Unattached (no complaint)
 * until submitComplaint, sendTrackingMessage or attachFiles names it; an upload left unattached for
 * a day is removed (remove-orphan-files.ts). Its bytes are either in `stored_file_part` (the
 * PostgreSQL store, the default) or in an S3-compatible object store under `storeKey`
 * (FILE_STORE_URL). Nothing here says where a public upload came from: no address, no client details.
 */
@Entity({ tableName: 'stored_file', policies: [bodyRows] })
@Index({ properties: ['complaint', 'uploadedAt'] })
// The orphan clean-up reads only the unattached uploads, oldest first.
@Index({
  name: 'stored_file_unattached_index',
  expression: 'create index "stored_file_unattached_index" on "stored_file" ("uploaded_at") where "complaint_id" is null',
})
export class StoredFile {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Complaint, { nullable: true })
  complaint: Complaint | null = null;

  /** The name the sender gave (its directory and control characters removed), its extension that of the type found. */
  @Property({ type: 'text' })
  fileName!: string;

  /** The type found in the bytes (file-type), never the one the sender declared. */
  @Property({ type: 'text' })
  mediaType!: string;

  /** The stored file's size in bytes. */
  @Property({ type: 'integer' })
  bytes!: number;

  /** Hex SHA-256 of the stored bytes (after metadata removal, for a public image). */
  @Property({ type: 'text' })
  sha256!: string;

  /** The object's key, in the S3-compatible store. */
  @Property({ type: 'text', nullable: true })
  storeKey: string | null = null;

  @Enum({ items: () => FileSource, type: 'text' })
  source!: FileSource;

  /** The CENTER_OFFICER of a staff upload; null for a public one (the citizen has no account). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  uploadedBy: User | null = null;

  @Property({ type: 'timestamptz' })
  uploadedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  attachedAt: Date | null = null;
}
