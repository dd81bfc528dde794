import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Settled clocks (MET, MET_LATE, CANCELLED) by the month of their complaint's receipt and rule,
 * kept current by a trigger on `deadline`. Open clocks are counted from the deadline table itself
 * (few, and PENDING or OVERDUE depends on the instant of the query).
 */
@Entity({ tableName: 'deadline_rollup' })
export class DeadlineRollup {
  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ type: 'text' })
  ruleCode!: string;

  @PrimaryKey({ type: 'text' })
  status!: string;

  @Property({ type: 'integer' })
  clocks!: number;
}
