import type { Opt } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Complaint } from './complaint.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/** R5: an item of evidence listed on the form, with its number of copies. */
@Entity({ tableName: 'evidence', policies: [bodyRows] })
@Check({ name: 'evidence_copies_positive', expression: 'copies >= 1' })
export class Evidence {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @ManyToOne(() => Complaint, { primary: true, deleteRule: 'cascade' })
  complaint!: Complaint;

  @PrimaryKey({ type: 'smallint' })
  position!: number;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'smallint' })
  copies: number = 1;
}
