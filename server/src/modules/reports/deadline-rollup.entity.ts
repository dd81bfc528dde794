import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * Settled deadlines (MET, MET_LATE, CANCELLED) by the month of their complaint's receipt and rule,
 * kept current by a trigger on `deadline`. Open deadlines are counted from the deadline table itself
 * (few, and PENDING or OVERDUE depends on the instant of the query).
 */
@Entity({ tableName: 'deadline_rollup', policies: [bodyRows] })
export class DeadlineRollup {
  /** Issue 13: the body this row belongs to; part of its key (codes and numbers run per body). */
  @PrimaryKey({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string;

  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ type: 'text' })
  ruleCode!: string;

  @PrimaryKey({ type: 'text' })
  status!: string;

  /** How many deadlines; the column keeps the name its migration gave it. */
  @Property({ type: 'integer' })
  clocks!: number;
}
