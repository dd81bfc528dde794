import { ArrayType, type Opt } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Official } from '../officials/official.entity.js';
import { Complaint } from './complaint.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * R5: an official complained about, either linked to the register of officials or as the
 * complainant wrote the name. The link drives the accused rule (contract, overriding rule 1).
 */
@Entity({ tableName: 'accused', policies: [bodyRows] })
@Check({ name: 'accused_named', expression: 'coalesce(official_id::text, full_name, official_position, unit) is not null' })
export class Accused {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @ManyToOne(() => Complaint, { primary: true, deleteRule: 'cascade' })
  complaint!: Complaint;

  /** Order on the form, from 1. */
  @PrimaryKey({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => Official, { nullable: true })
  @Index()
  official: Official | null = null;

  @Property({ type: 'text', nullable: true })
  fullName: string | null = null;

  @Property({ type: 'text', nullable: true, fieldName: 'official_position' })
  officialPosition: string | null = null;

  /** The unit as the complainant wrote it (free text). */
  @Property({ type: 'text', nullable: true })
  unit: string | null = null;

  /**
   * How `official` was set (issue 9, item 4): CHOSEN by the clerk; SAME_NAME, the name written is
   * that official's; PROBABLE, what was written probably means that official (the clerk may say
   * it does not); null when no official is linked.
   */
  @Property({ type: 'text', nullable: true })
  @Check({ name: 'accused_link_check', expression: "link in ('CHOSEN', 'SAME_NAME', 'PROBABLE')" })
  link: string | null = null;

  /** Officials the clerk confirmed this accused is not, when the name made them a probable match. */
  @Property({ type: ArrayType, columnType: 'uuid[]', defaultRaw: `'{}'` })
  notOfficialIds: string[] = [];
}
