import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * R10: complaints counted by the month of their receipt (Asia/Bangkok), channel, stage now,
 * outcome and not-accepted reason, kept current by a trigger on `complaint` in the same transaction as every change, so
 * statistics read a few hundred rows whatever the number of complaints.
 */
@Entity({ tableName: 'complaint_rollup', policies: [bodyRows] })
export class ComplaintRollup {
  /** Issue 13: the body this row belongs to; part of its key (codes and numbers run per body). */
  @PrimaryKey({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string;

  /** First day of the month of receipt, in Asia/Bangkok. */
  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ type: 'text' })
  channelCode!: string;

  @PrimaryKey({ type: 'text' })
  stage!: string;

  /** The outcome once resolved; '' before. */
  @PrimaryKey({ type: 'text' })
  outcome!: string;

  /** The R6 reason once not accepted; '' otherwise. */
  @PrimaryKey({ type: 'text' })
  reason!: string;

  /** Issue 13, item 4: the agency outside the deployment it came from ('' for none): LPA 3.2 counts Damrongdhama's apart. */
  @PrimaryKey({ type: 'text', default: '' })
  origin!: string;

  @Property({ type: 'integer' })
  complaints!: number;
}
