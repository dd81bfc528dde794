import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';
import { User } from '../auth/user.entity.js';
import { Complaint } from './complaint.entity.js';

/**
 * Issue 13, item 4 (R6, outcome REFERRED): a complaint sent to the agency it belongs to, by the
 * sending body's referral letter (its number from that body's outgoing register unless the clerk
 * gave one). When the agency is a body on this deployment the complaint arrives on its board, and
 * the sender keeps the number it was received under: the two rows are of two bodies, so the link
 * is by value, each body reading only its own side.
 */
@Entity({ tableName: 'referral', policies: [bodyRows] })
@Index({ properties: ['complaint'] })
export class Referral {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Issue 13: the sending body (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @ManyToOne(() => Complaint, { deleteRule: 'cascade' })
  complaint!: Complaint;

  /** The agency sent to: a body's code on this deployment, or the name of one outside it. */
  @Property({ type: 'text' })
  toOrganisationCode!: string;

  /** The referral letter's number (ที่ …), e.g. 12/2570. */
  @Property({ type: 'text' })
  letterNumber!: string;

  /** The complainant's identity went with it (only then does the receiving body hold it). */
  @Property({ type: 'boolean' })
  shareIdentity!: boolean;

  @Property({ type: 'timestamptz' })
  referredAt!: Date;

  @ManyToOne(() => User)
  referredBy!: User;

  /** On this deployment: the receipt number the receiving body recorded it under, and when. */
  @Property({ type: 'text', nullable: true })
  receivedAs: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  receivedAt: Date | null = null;
}
