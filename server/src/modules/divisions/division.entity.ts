import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/** A division (กอง/สำนัก) of the organisation that a complaint may be assigned to. */
@Entity({ tableName: 'division', policies: [bodyRows] })
@ObjectType({ description: 'A division (กอง/สำนัก) of the organisation' })
export class Division {
  [PrimaryKeyProp]?: ['organisationCode', 'code'];
  /** Issue 13: the body this row belongs to; part of its key (codes and numbers run per body). */
  @PrimaryKey({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string;

  @PrimaryKey({ type: 'text' })
  @Field(() => String, { description: 'Stable code, e.g. PALAD, ENGINEERING' })
  code!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  nameTh!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  nameEn!: string;

  @Property({ type: 'smallint' })
  position!: number;
}
