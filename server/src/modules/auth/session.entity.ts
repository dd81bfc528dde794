import { OptionalProps, PrimaryKeyProp, type Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from './user.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * A signed-in browser. The cookie carries a random 256-bit token; only its SHA-256 is stored, so a
 * copy of this table cannot be replayed.
 */
@Entity({ tableName: 'session', policies: [bodyRows] })
export class Session {
  [PrimaryKeyProp]?: 'tokenHash';
  [OptionalProps]?: 'createdAt' | 'lastSeenAt';
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @PrimaryKey({ type: 'text' })
  tokenHash!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  user!: User;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** Absolute end of the session (SESSION_TTL_HOURS after sign-in). */
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Last request: a session unused for SESSION_IDLE_MINUTES ends. */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  lastSeenAt: Date = new Date();
}
