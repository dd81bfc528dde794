import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * R10: closed complaints by month of receipt and whole days from receipt to closing. The exact
 * total gives the average; the histogram gives percentiles to the day.
 */
@Entity({ tableName: 'handling_rollup' })
export class HandlingRollup {
  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  days!: number;

  @Property({ type: 'integer' })
  complaints!: number;

  @Property({ type: 'double' })
  totalSeconds!: number;
}
