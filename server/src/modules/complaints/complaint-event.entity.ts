import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { ComplaintEventKind } from './complaint.enums.js';
import { Complaint } from './complaint.entity.js';

/**
 * The append-only history of a complaint: one row per move, never updated or deleted (a trigger
 * refuses both). A correction is a new event.
 */
@Entity({ tableName: 'complaint_event' })
@Index({ properties: ['complaint', 'at'] })
export class ComplaintEvent {
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
