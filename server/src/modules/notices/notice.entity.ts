import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { NoticeKind, NoticeMethod } from '../complaints/complaint.enums.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/** A written notice to the complainant (R3, R4.3, R4.4, R8) and when it was sent. */
@Entity({ tableName: 'notice', policies: [bodyRows] })
@Index({ properties: ['complaint', 'sentAt'] })
export class Notice {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Complaint, { deleteRule: 'cascade' })
  complaint!: Complaint;

  @Enum({ items: () => NoticeKind, type: 'text' })
  kind!: NoticeKind;

  @Enum({ items: () => NoticeMethod, type: 'text' })
  method!: NoticeMethod;

  @Property({ type: 'timestamptz' })
  sentAt!: Date;

  /** The letter's number in the outgoing register (ทะเบียนหนังสือส่ง): running number / B.E. year. */
  @Property({ type: 'text', nullable: true, unique: true })
  outgoingNumber: string | null = null;

  @ManyToOne(() => User, { nullable: true })
  recordedBy: User | null = null;

  /**
   * Issue 14, item 2: the letter's paragraphs as the clerk edited them before sending it, or null
   * when it was sent as the template wrote it (noticeParagraphs).
   */
  @Property({ type: 'json', nullable: true })
  paragraphs: string[] | null = null;
}
