import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/** The outgoing-letter register's running number per Buddhist-Era year (gap-free, like receipts). */
@Entity({ tableName: 'outgoing_counter', policies: [bodyRows] })
export class OutgoingCounter {
  [PrimaryKeyProp]?: ['organisationCode', 'year'];
  /** Issue 13: the body this row belongs to; part of its key (codes and numbers run per body). */
  @PrimaryKey({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string;

  @PrimaryKey({ type: 'smallint', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  lastNumber!: number;
}
