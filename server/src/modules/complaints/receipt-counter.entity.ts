import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * R5: the running receipt number per Buddhist-Era year. Incremented inside the recording statement,
 * so its row lock serialises concurrent recordings and a rolled-back one leaves no gap.
 */
@Entity({ tableName: 'receipt_counter', policies: [bodyRows] })
export class ReceiptCounter {
  [PrimaryKeyProp]?: ['organisationCode', 'year'];
  /** Issue 13: the body this row belongs to; part of its key (codes and numbers run per body). */
  @PrimaryKey({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string;

  @PrimaryKey({ type: 'smallint', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  lastNumber!: number;
}
