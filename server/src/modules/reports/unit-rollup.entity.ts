import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/** R10: complaints by the division they were assigned to and the month of their receipt. */
@Entity({ tableName: 'unit_rollup', policies: [bodyRows] })
export class UnitRollup {
  /** Issue 13: the body this row belongs to; part of its key (codes and numbers run per body). */
  @PrimaryKey({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string;

  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ type: 'text' })
  divisionCode!: string;

  @Property({ type: 'integer' })
  complaints!: number;
}
