import { Entity, Index, ManyToOne } from '@mikro-orm/decorators/legacy';
import { Division } from '../divisions/division.entity.js';
import { Complaint } from './complaint.entity.js';

/** A division named in the commander's order; its officers see the complaint from then on. */
@Entity({ tableName: 'complaint_unit' })
@Index({ properties: ['division', 'complaint'] })
export class ComplaintUnit {
  @ManyToOne(() => Complaint, { primary: true, deleteRule: 'cascade' })
  complaint!: Complaint;

  @ManyToOne(() => Division, { primary: true, fieldName: 'division_code' })
  division!: Division;
}
