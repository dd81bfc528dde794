import { randomUUID } from 'node:crypto';
import { ArrayType, OptionalProps, type Opt } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import type { ApiScope } from './api-token.types.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * A token for an outside reporting tool (the district, the province, the ITA). Shown once at
 * creation; only its SHA-256 is kept. It reaches the statistics and nothing else.
 */
@Entity({ tableName: 'api_token', policies: [bodyRows] })
@Check({ name: 'api_token_scopes_known', expression: "scopes <@ array['STATISTICS']::text[] and cardinality(scopes) > 0" })
export class ApiToken {
  [OptionalProps]?: 'createdAt';
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', unique: true, hidden: true })
  tokenHash!: string;

  @Property({ type: ArrayType, columnType: 'text[]' })
  scopes!: ApiScope[];

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy: User | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
