import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Complaint } from './complaint.entity.js';

/** R5: an item of evidence listed on the form, with its number of copies. */
@Entity({ tableName: 'evidence' })
@Check({ name: 'evidence_copies_positive', expression: 'copies >= 1' })
export class Evidence {
  @ManyToOne(() => Complaint, { primary: true, deleteRule: 'cascade' })
  complaint!: Complaint;

  @PrimaryKey({ type: 'smallint' })
  position!: number;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'smallint' })
  copies: number = 1;
}
