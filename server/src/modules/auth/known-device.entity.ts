import { OptionalProps, PrimaryKeyProp, type Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from './user.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * A browser a user has signed in from before (issue 9, item 10): its device cookie carries a random
 * 256-bit token, stored only as SHA-256. A correct password from a known device is not held back by
 * failures made elsewhere against the same account; the device has a limit of its own instead.
 */
@Entity({ tableName: 'known_device', policies: [bodyRows] })
export class KnownDevice {
  [PrimaryKeyProp]?: ['tokenHash', 'user'];
  [OptionalProps]?: 'createdAt' | 'lastUsedAt';
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @PrimaryKey({ type: 'text' })
  tokenHash!: string;

  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  lastUsedAt: Date = new Date();
}
