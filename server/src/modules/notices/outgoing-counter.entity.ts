import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** The outgoing-letter register's running number per Buddhist-Era year (gap-free, like receipts). */
@Entity({ tableName: 'outgoing_counter' })
export class OutgoingCounter {
  [PrimaryKeyProp]?: 'year';

  @PrimaryKey({ type: 'smallint', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  lastNumber!: number;
}
