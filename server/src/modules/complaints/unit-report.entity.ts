import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { Division } from '../divisions/division.entity.js';
import { ComplaintOutcome } from './complaint.enums.js';
import { Complaint } from './complaint.entity.js';

/**
 * R4.6: one assigned division's report of its fact-finding (contract, "Several divisions on one
 * complaint"). A division reports once; the last report resolves the complaint.
 */
@Entity({ tableName: 'unit_report' })
export class UnitReport {
  @ManyToOne(() => Complaint, { primary: true, deleteRule: 'cascade' })
  complaint!: Complaint;

  @ManyToOne(() => Division, { primary: true, fieldName: 'division_code' })
  division!: Division;

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
