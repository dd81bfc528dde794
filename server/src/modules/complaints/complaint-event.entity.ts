import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { ComplaintEventKind } from './complaint.enums.js';
import { Complaint } from './complaint.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

const refuse = `raise exception 'complaint_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';`;

/**
 * The append-only history of a complaint: one row per move. PostgreSQL itself refuses to update,
 * delete or truncate it, whatever the application does (workflow.md: "a correction is a new event,
 * never an edit of an old one"). TRUNCATE is refused by a statement trigger that the append_only_events
 * migration creates by hand: the schema differ cannot see truncate triggers.
 */
@Entity({ tableName: 'complaint_event', policies: [bodyRows] })
@Trigger({ name: 'append_only', timing: 'before', events: ['update', 'delete'], forEach: 'row', body: refuse })
@Index({ properties: ['complaint', 'at'] })
export class ComplaintEvent {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Complaint)
  complaint!: Complaint;

  @Enum({ items: () => ComplaintEventKind, type: 'text' })
  kind!: ComplaintEventKind;

  /** When it happened (may be backdated to a paper record). */
  @Property({ type: 'timestamptz' })
  at!: Date;

  /** When it was recorded in the system. */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date = new Date();

  @ManyToOne(() => User, { nullable: true })
  actor: User | null = null;

  /** The move's data: register numbers, decision, units, notice kind … */
  @Property({ type: 'jsonb' })
  data: Record<string, unknown> = {};
}
