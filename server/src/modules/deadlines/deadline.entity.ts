import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import { Complaint } from '../complaints/complaint.entity.js';
import { DeadlineStatus } from './deadline.enums.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * A statutory deadline on a complaint: one per rule that applies. The stored status is PENDING, MET,
 * MET_LATE or CANCELLED; OVERDUE is derived when read (PENDING and past due), so it is exact at
 * any instant, not only after a tick of the overdue job, which records when it raised the alert.
 */
/**
 * R10: settled deadlines into deadline_rollup, in the same transaction (see DeadlineRollup). A
 * corrected receipt (contract, "Corrections and the register") moves a settled clock's month too.
 */
const rollUp = `
  if tg_op = 'UPDATE' then
    if old.status = new.status and old.met_at is not distinct from new.met_at and old.received_at = new.received_at then
      return null;
    end if;
    if old.status <> 'PENDING' then
      update deadline_rollup set clocks = clocks - 1
       where organisation_code = old.organisation_code and month = date_trunc('month', old.received_at at time zone 'Asia/Bangkok')::date
         and rule_code = old.rule_code and status = old.status;
    end if;
  end if;
  if new.status <> 'PENDING' then
    insert into deadline_rollup (organisation_code, month, rule_code, status, clocks)
    values (new.organisation_code, date_trunc('month', new.received_at at time zone 'Asia/Bangkok')::date, new.rule_code, new.status, 1)
    on conflict (organisation_code, month, rule_code, status) do update set clocks = deadline_rollup.clocks + 1;
  end if;
  return null;`;

@Entity({ tableName: 'deadline', policies: [bodyRows] })
@Trigger({ name: 'roll_up', timing: 'after', events: ['insert', 'update'], forEach: 'row', body: rollUp })
@Index({
  name: 'deadline_open_received_index',
  expression: `create index "deadline_open_received_index" on "deadline" ("received_at", "rule_code") where status = 'PENDING'`,
})
@Index({
  name: 'deadline_open_due_index',
  expression: `create index "deadline_open_due_index" on "deadline" ("due_at") where met_at is null and status = 'PENDING' and overdue_alerted_at is null`,
})
@Index({
  name: 'deadline_open_due_soon_index',
  expression: `create index "deadline_open_due_soon_index" on "deadline" ("due_soon_at") where met_at is null and status = 'PENDING' and due_soon_alerted_at is null`,
})
// Issue 9, item 13: the alerts raised lately, replayed to clients that (re)connect.
@Index({
  name: 'deadline_overdue_alerted_index',
  expression: `create index "deadline_overdue_alerted_index" on "deadline" ("overdue_alerted_at") where overdue_alerted_at is not null`,
})
@Index({
  name: 'deadline_due_soon_alerted_index',
  expression: `create index "deadline_due_soon_alerted_index" on "deadline" ("due_soon_alerted_at") where due_soon_alerted_at is not null`,
})
export class Deadline {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @ManyToOne(() => Complaint, { primary: true, deleteRule: 'cascade' })
  complaint!: Complaint;

  /** The rule's code (in the complaint's body: each body keeps its own rules, issue 13). */
  @PrimaryKey({ type: 'text', fieldName: 'rule_code' })
  ruleCode!: string;

  /** The complaint's receivedAt, copied: statistics count deadlines by the period of their complaint. */
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  /** When its start event happened; null for a deadline cancelled before it started. */
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
