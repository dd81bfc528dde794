import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { ComplaintOutcome } from './complaint.enums.js';
import { Complaint } from './complaint.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

const refuse = `raise exception 'unit_report is append-only: % refused', tg_op using errcode = 'insufficient_privilege';`;

/**
 * R4.6: one assigned division's report of its fact-finding (contract, "Several divisions on one
 * complaint"). A division reports once; the last report resolves the complaint on them all, so
 * like the history they rest on, reports are never edited nor deleted (a division that has
 * reported cannot be removed either).
 */
@Entity({ tableName: 'unit_report', policies: [bodyRows] })
@Trigger({ name: 'append_only', timing: 'before', events: ['update', 'delete'], forEach: 'row', body: refuse })
export class UnitReport {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @ManyToOne(() => Complaint, { primary: true })
  complaint!: Complaint;

  /** The division's code (in the complaint's body: division codes run per body, issue 13). */
  @PrimaryKey({ type: 'text', fieldName: 'division_code' })
  divisionCode!: string;

  @Enum({ items: () => ComplaintOutcome, type: 'text' })
  outcome!: ComplaintOutcome;

  @Property({ type: 'text' })
  findings!: string;

  /** When the division reported (may be backdated to its paper report). */
  @Property({ type: 'timestamptz' })
  at!: Date;

  @ManyToOne(() => User)
  reportedBy!: User;
}
