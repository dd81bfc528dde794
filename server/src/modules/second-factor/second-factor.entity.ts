import { OptionalProps, PrimaryKeyProp, type Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * A user's TOTP authenticator (issue 11, item 3; RFC 6238: SHA-1, 6 digits, 30 s). One per user:
 * an enrolment begun and not confirmed is replaced by the next one; it signs in only once
 * `confirmedAt` is set. The secret never leaves the server after confirmation.
 */
@Entity({ tableName: 'second_factor', policies: [bodyRows] })
export class SecondFactor {
  [PrimaryKeyProp]?: 'user';
  [OptionalProps]?: 'createdAt' | 'confirmedAt' | 'lastUsedStep';
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  user!: User;

  /** The base32 secret, sealed by secret-box.ts (AES-256-GCM under SECOND_FACTOR_KEY when it is set). */
  @Property({ type: 'text', hidden: true })
  secret!: string;

  /** Set by the first valid code: from then on sign-in asks for a code. */
  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;

  /** The last 30-second step whose code was accepted: a code of this step or before is refused (replay). */
  @Property({ type: 'integer', nullable: true })
  lastUsedStep: number | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
