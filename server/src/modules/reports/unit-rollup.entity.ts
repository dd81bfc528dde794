import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** R10: complaints by the division they were assigned to and the month of their receipt. */
@Entity({ tableName: 'unit_rollup' })
export class UnitRollup {
  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ type: 'text' })
  divisionCode!: string;

  @Property({ type: 'integer' })
  complaints!: number;
}
