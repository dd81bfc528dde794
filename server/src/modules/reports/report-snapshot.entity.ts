import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * R10: a quarterly or yearly report as issued: the figures it showed, frozen. Re-reading it returns
 * the same numbers whatever happened to the complaints since.
 */
@Entity({ tableName: 'report_snapshot', policies: [bodyRows] })
@Unique({ properties: ['fiscalYear', 'quarter'] })
@Check({ name: 'report_snapshot_quarter_range', expression: 'quarter >= 0 and quarter <= 4' })
export class ReportSnapshot {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'smallint' })
  fiscalYear!: number;

  /** 1–4, or 0 for the whole fiscal year (null in the API). */
  @Property({ type: 'smallint' })
  quarter!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  issuedAt: Date = new Date();

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  issuedBy: User | null = null;

  /** The ComplaintStatistics as issued. */
  @Property({ type: 'jsonb' })
  figures!: Record<string, unknown>;

  /**
   * Issue 9, item 3: the same figures without the complaints that accuse each official accused in
   * the period, by the official's id, frozen at issue too: what such an official is shown.
   */
  @Property({ type: 'jsonb', defaultRaw: `'{}'` })
  figuresExcludingAccused!: Record<string, unknown>;
}
