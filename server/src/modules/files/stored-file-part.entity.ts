import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A slice (at most 1 MiB) of a file's bytes in the PostgreSQL store, written while the upload is
 * still arriving, so that no upload is ever held whole in the server's memory (issue 12,
 * "Performance"). No foreign key: the slices come before the file's row, which is inserted once
 * the upload is complete and checked; slices whose row never came are removed by the orphan
 * clean-up (file.service.ts, removeOrphanFiles).
 */
@Entity({ tableName: 'stored_file_part' })
export class StoredFilePart {
  [PrimaryKeyProp]?: ['fileId', 'seq'];

  @PrimaryKey({ type: 'uuid' })
  fileId!: string;

  @PrimaryKey({ type: 'integer' })
  seq!: number;

  @Property({ type: 'blob' })
  bytes!: Buffer;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  writtenAt: Date = new Date();
}
