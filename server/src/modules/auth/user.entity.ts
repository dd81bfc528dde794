import { randomUUID } from 'node:crypto';
import { ArrayType, OptionalProps, type Opt } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Official } from '../officials/official.entity.js';
import type { Role } from './role.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/** A person who signs in. Roles decide what they may do (contract, "Who may do what"). */
@Entity({ tableName: 'app_user', policies: [bodyRows] })
@Check({
  name: 'app_user_roles_known',
  expression: "roles <@ array['ADMIN', 'CENTER_OFFICER', 'COMMANDER', 'DIVISION_OFFICER', 'EXECUTIVE', 'AUDITOR', 'OVERSEER']::text[]",
})
export class User {
  [OptionalProps]?: 'active' | 'createdAt' | 'divisionCode' | 'official' | 'mustChangePassword';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  username!: string;

  @Property({ type: 'text' })
  displayName!: string;

  /** argon2id, in the PHC string format (parameters and salt included). */
  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Property({ type: ArrayType, columnType: 'text[]' })
  roles!: Role[];

  /** The user's division, by its code in the user's body (issue 13: division codes run per body). */
  @Property({ type: 'text', nullable: true })
  divisionCode: string | null = null;

  /** The official this user is; the accused rule hides complaints naming that official. */
  @ManyToOne(() => Official, { nullable: true, unique: true })
  official: Official | null = null;

  @Property({ type: 'boolean' })
  active: boolean = true;

  /** Signed in with a temporary password (given by an administrator): it must be changed first. */
  @Property({ type: 'boolean', default: false })
  mustChangePassword: boolean = false;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;
}
