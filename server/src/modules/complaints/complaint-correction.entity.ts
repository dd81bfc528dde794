import { ArrayType, type Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { Complaint } from './complaint.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

const refuse = `raise exception 'complaint_correction is append-only: % refused', tg_op using errcode = 'insufficient_privilege';`;

/** One field's value before and after a correction, as shown in the history (text; instants as ISO 8601). */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
  /** Always false as stored; true only as read by a caller who may not see a complainant's field. */
  hidden: boolean;
}

/**
 * Contract, "Corrections and the register": one correction of a complaint (or its voiding), with
 * the before and after of every field it changed. Append-only like complaint_event: a correction
 * never edits an earlier one. The complainant's fields are kept apart (`identityChanges`), read only
 * by callers who may see the complainant (overriding rule 2); everyone else learns only that they
 * changed (their names, in `identityFields`).
 */
@Entity({ tableName: 'complaint_correction', policies: [bodyRows] })
@Trigger({ name: 'append_only', timing: 'before', events: ['update', 'delete'], forEach: 'row', body: refuse })
@Index({ properties: ['complaint', 'at'] })
export class ComplaintCorrection {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Complaint)
  complaint!: Complaint;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();

  @ManyToOne(() => User, { nullable: true })
  actor: User | null = null;

  @Property({ type: 'text' })
  reason!: string;

  /** The input's field names that really changed (`complainant`, `accused`, `receivedAt` …). */
  @Property({ type: ArrayType, columnType: 'text[]' })
  fields!: string[];

  /** The complaint was voided by this correction. */
  @Property({ type: 'boolean', default: false })
  voided: boolean = false;

  /** Before and after of every changed field but the complainant's. */
  @Property({ type: 'jsonb' })
  changes: FieldChange[] = [];

  /** Before and after of the complainant's changed fields (`complainant.fullName` …): identity. */
  @Property({ type: 'jsonb' })
  identityChanges: FieldChange[] = [];
}
