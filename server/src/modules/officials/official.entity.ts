import { randomUUID } from 'node:crypto';
import { OptionalProps, type Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Division } from '../divisions/division.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/** An official of the organisation: the people complaints are about and who handle them. */
@Entity({ tableName: 'official', policies: [bodyRows] })
export class Official {
  [OptionalProps]?: 'leftOn';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  fullName!: string;

  @Property({ type: 'text' })
  position!: string;

  @ManyToOne(() => Division, { joinColumns: ['organisation_code', 'division_code'] })
  division!: Division;

  /** The day the official left the body (YYYY-MM-DD); kept, since complaints may still name them. */
  @Property({ type: 'date', nullable: true })
  leftOn: string | null = null;

  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;
}
