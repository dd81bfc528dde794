import { PrimaryKeyProp, type Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * A slice (at most 1 MiB) of a file's bytes in the PostgreSQL store, written while the upload is
 * still arriving, so that no upload is ever held whole in the server's memory (issue 12,
 * "Performance"). No foreign key: the slices come before the file's row, which is inserted once
 * the upload is complete and checked; slices whose row never came are removed by the orphan
 * clean-up (file.service.ts, removeOrphanFiles).
 */
@Entity({ tableName: 'stored_file_part', policies: [bodyRows] })
export class StoredFilePart {
  [PrimaryKeyProp]?: ['fileId', 'seq'];
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @PrimaryKey({ type: 'uuid' })
  fileId!: string;

  @PrimaryKey({ type: 'integer' })
  seq!: number;

  @Property({ type: 'blob' })
  bytes!: Buffer;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  writtenAt: Date = new Date();
}
