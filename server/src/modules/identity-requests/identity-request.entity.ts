import { randomUUID } from 'node:crypto';
import { OptionalProps, type Opt } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { IdentityRequestStatus } from './identity-request.types.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * Issue 6, identity on request (GlobaLeaks' custodian model): an investigator asks to see a
 * complainant's identity, with a reason; a commander approves for a limited time, or refuses.
 */
@Entity({ tableName: 'identity_request', policies: [bodyRows] })
@Index({ properties: ['complaint', 'requester'] })
@Check({ name: 'identity_request_status_known', expression: "status in ('PENDING', 'APPROVED', 'REFUSED')" })
export class IdentityRequest {
  [OptionalProps]?: 'status' | 'createdAt';
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Complaint, { deleteRule: 'cascade' })
  complaint!: Complaint;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  requester!: User;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text' })
  status: IdentityRequestStatus = IdentityRequestStatus.PENDING;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  decidedBy: User | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  /** An approval ends here. */
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
