import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Complaint } from '../complaints/complaint.entity.js';

/**
 * Contract, "The citizen's channel": the tracking code of a complaint sent through the website,
 * kept only as the SHA-256 of its normalised form (never in clear: not here, not on the audit
 * trail, not in the logs). One per complaint.
 */
@Entity({ tableName: 'tracking_code' })
export class TrackingCode {
  /** Hex SHA-256 of the code, upper case without separators (tracking-code.ts). */
  @PrimaryKey({ type: 'text' })
  codeHash!: string;

  @ManyToOne(() => Complaint, { deleteRule: 'cascade', unique: true })
  complaint!: Complaint;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;
}
