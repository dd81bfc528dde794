import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * R5: the running receipt number per Buddhist-Era year. Incremented inside the recording statement,
 * so its row lock serialises concurrent recordings and a rolled-back one leaves no gap.
 */
@Entity({ tableName: 'receipt_counter' })
export class ReceiptCounter {
  [PrimaryKeyProp]?: 'year';

  @PrimaryKey({ type: 'smallint', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  lastNumber!: number;
}
