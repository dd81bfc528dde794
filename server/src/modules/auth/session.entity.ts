import { OptionalProps, PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from './user.entity.js';

/**
 * A signed-in browser. The cookie carries a random 256-bit token; only its SHA-256 is stored, so a
 * copy of this table cannot be replayed.
 */
@Entity({ tableName: 'session' })
export class Session {
  [PrimaryKeyProp]?: 'tokenHash';
  [OptionalProps]?: 'createdAt' | 'lastSeenAt';

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
