import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Complaint } from '../complaints/complaint.entity.js';
import { User } from '../auth/user.entity.js';
import { MessageAuthor } from './citizen.enums.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * Contract, "The citizen's channel": a message between the complainant (through the tracking
 * code) and the Center. It may carry identity: only who may see the complainant reads it.
 */
@Entity({ tableName: 'complaint_message', policies: [bodyRows] })
@Index({ properties: ['complaint', 'at'] })
// alerts(since:) replays NEW_MESSAGE from the messages of its window (alert.queries.ts).
@Index({ properties: ['at'] })
export class ComplaintMessage {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Complaint, { deleteRule: 'cascade' })
  complaint!: Complaint;

  @Enum({ items: () => MessageAuthor, type: 'text' })
  author!: MessageAuthor;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;

  /** The CENTER_OFFICER who replied; null for the complainant's messages. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  sentBy: User | null = null;
}
