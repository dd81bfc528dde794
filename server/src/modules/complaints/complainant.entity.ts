import type { Opt } from '@mikro-orm/core';
import { Entity, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { Complaint } from './complaint.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * R5: who complained, every field of the appendix form. Kept apart from the complaint because it is
 * confidential: only CENTER_OFFICER users read it (contract, overriding rule 2).
 */
@Entity({ tableName: 'complainant', policies: [bodyRows] })
export class Complainant {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @OneToOne(() => Complaint, { primary: true, owner: true, deleteRule: 'cascade' })
  complaint!: Complaint;

  @Property({ type: 'text' })
  fullName!: string;

  @Property({ type: 'smallint', nullable: true })
  age: number | null = null;

  @Property({ type: 'text', nullable: true })
  houseNumber: string | null = null;

  @Property({ type: 'text', nullable: true })
  moo: string | null = null;

  @Property({ type: 'text', nullable: true })
  tambon: string | null = null;

  @Property({ type: 'text', nullable: true })
  amphoe: string | null = null;

  @Property({ type: 'text', nullable: true })
  changwat: string | null = null;

  @Property({ type: 'text', nullable: true })
  postcode: string | null = null;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;
}
