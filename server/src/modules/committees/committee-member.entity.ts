import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CommitteeRole } from '../complaints/complaint.enums.js';
import { Official } from '../officials/official.entity.js';
import { Committee } from './committee.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

@Entity({ tableName: 'committee_member', policies: [bodyRows] })
export class CommitteeMember {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @ManyToOne(() => Committee, { primary: true, deleteRule: 'cascade' })
  committee!: Committee;

  @PrimaryKey({ type: 'smallint' })
  position!: number;

  @Property({ type: 'text' })
  fullName!: string;

  @Enum({ items: () => CommitteeRole, type: 'text' })
  role!: CommitteeRole;

  @ManyToOne(() => Official, { nullable: true })
  official: Official | null = null;
}
