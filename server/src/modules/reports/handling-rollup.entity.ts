import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * R10: closed complaints by month of receipt and whole days from receipt to closing. The exact
 * total gives the average; the histogram gives percentiles to the day.
 */
@Entity({ tableName: 'handling_rollup', policies: [bodyRows] })
export class HandlingRollup {
  /** Issue 13: the body this row belongs to; part of its key (codes and numbers run per body). */
  @PrimaryKey({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string;

  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  days!: number;

  @Property({ type: 'integer' })
  complaints!: number;

  @Property({ type: 'double' })
  totalSeconds!: number;
}
