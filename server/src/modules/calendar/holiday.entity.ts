import { OptionalProps, PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/** A day government offices close (shared/domain/holidays-th.json, kept by administrators). */
@Entity({ tableName: 'holiday', policies: [bodyRows] })
@ObjectType({ description: 'A day government offices close (วันหยุดราชการ)' })
export class Holiday {
  [PrimaryKeyProp]?: ['organisationCode', 'date'];
  [OptionalProps]?: 'nameEn' | 'kind' | 'status';
  /** Issue 13: the body this row belongs to; part of its key (codes and numbers run per body). */
  @PrimaryKey({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string;

  /** YYYY-MM-DD in the organisation's time zone. */
  @PrimaryKey({ type: 'date' })
  @Field(() => String, { description: 'YYYY-MM-DD' })
  date!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  nameTh!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  nameEn: string | null = null;

  /** REGULAR, SUBSTITUTE, SPECIAL, GOVERNMENT_ONLY or LOCAL_ORDER. */
  @Property({ type: 'text' })
  @Field(() => String, { description: 'REGULAR, SUBSTITUTE, SPECIAL, GOVERNMENT_ONLY or LOCAL_ORDER' })
  kind: string = 'REGULAR';

  /** PROVISIONAL until the Cabinet announces the year's list, then CONFIRMED. */
  @Property({ type: 'text' })
  @Field(() => String, { description: 'PROVISIONAL or CONFIRMED' })
  status: string = 'CONFIRMED';
}
