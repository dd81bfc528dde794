import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Complaint } from '../complaints/complaint.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * Contract, "The citizen's channel": the tracking code of a complaint sent through the website,
 * kept only as the SHA-256 of its normalised form (never in clear: not here, not on the audit
 * trail, not in the logs). One per complaint.
 */
@Entity({ tableName: 'tracking_code', policies: [bodyRows] })
export class TrackingCode {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  /** Hex SHA-256 of the code, upper case without separators (tracking-code.ts). */
  @PrimaryKey({ type: 'text' })
  codeHash!: string;

  @ManyToOne(() => Complaint, { deleteRule: 'cascade', unique: true })
  complaint!: Complaint;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;
}
