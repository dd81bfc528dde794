import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Complaint } from '../complaints/complaint.entity.js';
import { DeadlineRule } from './deadline-rule.entity.js';
import { DeadlineStatus } from './deadline.enums.js';

/**
 * A statutory clock on a complaint: one per rule that applies. The stored status is PENDING, MET,
 * MET_LATE or CANCELLED; OVERDUE is derived when read (PENDING and past due), so it is exact at
 * any instant, not only after a tick of the overdue job, which records when it raised the alert.
 */
@Entity({ tableName: 'deadline' })
@Index({
  name: 'deadline_open_due_index',
  expression: `create index "deadline_open_due_index" on "deadline" ("due_at") where met_at is null and status = 'PENDING' and overdue_alerted_at is null`,
})
@Index({
  name: 'deadline_open_due_soon_index',
  expression: `create index "deadline_open_due_soon_index" on "deadline" ("due_soon_at") where met_at is null and status = 'PENDING' and due_soon_alerted_at is null`,
})
export class Deadline {
  @ManyToOne(() => Complaint, { primary: true, deleteRule: 'cascade' })
  complaint!: Complaint;

  @ManyToOne(() => DeadlineRule, { primary: true, fieldName: 'rule_code', updateRule: 'cascade' })
  rule!: DeadlineRule;

  /** When its start event happened; null for a clock cancelled before it started. */
  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  dueAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  dueSoonAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  metAt: Date | null = null;

  /** PENDING, MET, MET_LATE or CANCELLED. */
  @Enum({ items: () => DeadlineStatus, type: 'text' })
  status!: DeadlineStatus;

  @Property({ type: 'timestamptz', nullable: true })
  dueSoonAlertedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  overdueAlertedAt: Date | null = null;
}
