import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

const refuse = `raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';`;

/**
 * The audit trail: who did what, when, from where; every mutation, every sign-in (failed ones
 * too) and every read of a complainant's identity. Append-only (a trigger refuses UPDATE and
 * DELETE, another TRUNCATE) and hash-chained: each entry holds the hash of the one before, so an
 * edit made around the triggers (by a superuser, say) breaks the chain where it was made.
 * Entries are written by the `audit_append` function (migration), which keeps the chain.
 */
@Entity({ tableName: 'audit_entry', policies: [bodyRows] })
@Trigger({ name: 'append_only', timing: 'before', events: ['update', 'delete'], forEach: 'row', body: refuse })
@Index({ properties: ['target'] })
export class AuditEntry {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault, nullable: true })
  organisationCode!: string | (null & Opt);

  /** Read as a string: the API's ID, and no BigInt to serialise. */
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at!: Date;

  @Property({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The username, or the API token's name. */
  @Property({ type: 'text', nullable: true })
  actor!: string | null;

  /** The operation (RecordComplaint, SignIn …) or IDENTITY_READ. */
  @Property({ type: 'text' })
  action!: string;

  /** What it was about: a complaint id, a username. */
  @Property({ type: 'text', nullable: true })
  target!: string | null;

  /** OK, or the error code it was refused with. */
  @Property({ type: 'text' })
  outcome!: string;

  /** The input (secrets removed) and what changed. */
  @Property({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Property({ type: 'text', nullable: true })
  requestId!: string | null;

  @Property({ type: 'text', nullable: true })
  ip!: string | null;

  @Property({ type: 'text' })
  prevHash!: string;

  @Property({ type: 'text' })
  hash!: string;
}
