import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Complaint } from '../complaints/complaint.entity.js';

/** R3, R4.4: a fact-finding committee appointed by the commander's order. */
@Entity({ tableName: 'committee' })
export class Committee {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Complaint, { unique: true, deleteRule: 'cascade' })
  complaint!: Complaint;

  @Property({ type: 'text' })
  orderNumber!: string;

  @Property({ type: 'timestamptz' })
  appointedAt!: Date;
}
