import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Complaint } from '../complaints/complaint.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/** R3, R4.4: a fact-finding committee appointed by the commander's order. */
@Entity({ tableName: 'committee', policies: [bodyRows] })
export class Committee {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Complaint, { unique: true, deleteRule: 'cascade' })
  complaint!: Complaint;

  @Property({ type: 'text' })
  orderNumber!: string;

  @Property({ type: 'timestamptz' })
  appointedAt!: Date;
}
