import { OptionalProps, PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from './user.entity.js';

/**
 * A browser a user has signed in from before (issue 9, item 10): its device cookie carries a random
 * 256-bit token, stored only as SHA-256. A correct password from a known device is not held back by
 * failures made elsewhere against the same account; the device has a limit of its own instead.
 */
@Entity({ tableName: 'known_device' })
export class KnownDevice {
  [PrimaryKeyProp]?: ['tokenHash', 'user'];
  [OptionalProps]?: 'createdAt' | 'lastUsedAt';

  @PrimaryKey({ type: 'text' })
  tokenHash!: string;

  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  lastUsedAt: Date = new Date();
}
