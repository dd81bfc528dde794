import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * Issue 11, item 6: one real run of the import of a past register — who imported which file (its
 * SHA-256, never its content), when, and what came of its rows. A dry run leaves no batch.
 */
@Entity({ tableName: 'import_batch', policies: [bodyRows] })
@Index({ properties: ['sha256'] })
export class ImportBatch {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'text' })
  sha256!: string;

  /** Data rows in the file (blank rows aside). */
  @Property({ type: 'integer' })
  rows!: number;

  /** Complaints this run added. */
  @Property({ type: 'integer' })
  imported!: number;

  /** Rows whose complaint was already there, with the same content (an earlier run, or the app itself). */
  @Property({ type: 'integer' })
  alreadyPresent!: number;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  importedBy: User | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  importedAt: Date = new Date();
}
