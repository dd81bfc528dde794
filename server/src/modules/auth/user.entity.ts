import { randomUUID } from 'node:crypto';
import { ArrayType, OptionalProps } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Division } from '../divisions/division.entity.js';
import { Official } from '../officials/official.entity.js';
import type { Role } from './role.js';

/** A person who signs in. Roles decide what they may do (contract, "Who may do what"). */
@Entity({ tableName: 'app_user' })
@Check({
  name: 'app_user_roles_known',
  expression: "roles <@ array['ADMIN', 'CENTER_OFFICER', 'COMMANDER', 'DIVISION_OFFICER', 'EXECUTIVE', 'AUDITOR']::text[]",
})
export class User {
  [OptionalProps]?: 'active' | 'createdAt' | 'division' | 'official' | 'mustChangePassword';

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

  @ManyToOne(() => Division, { fieldName: 'division_code', nullable: true })
  division: Division | null = null;

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
}
