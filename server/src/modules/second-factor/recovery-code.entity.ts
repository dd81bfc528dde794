import { randomUUID } from 'node:crypto';
import { OptionalProps, type Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * A recovery code (issue 11, item 3): shown once at enrolment, stored only as SHA-256 (80 random
 * bits each, so a slow hash adds nothing), and good for one sign-in.
 */
@Entity({ tableName: 'recovery_code', policies: [bodyRows] })
@Unique({ properties: ['user', 'codeHash'] })
export class RecoveryCode {
  [OptionalProps]?: 'usedAt';
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'text' })
  codeHash!: string;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
