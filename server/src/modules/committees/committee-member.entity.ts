import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CommitteeRole } from '../complaints/complaint.enums.js';
import { Official } from '../officials/official.entity.js';
import { Committee } from './committee.entity.js';

@Entity({ tableName: 'committee_member' })
export class CommitteeMember {
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
