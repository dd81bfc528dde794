import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';

/** A division (กอง/สำนัก) of the organisation that a complaint may be assigned to. */
@Entity({ tableName: 'division' })
@ObjectType({ description: 'A division (กอง/สำนัก) of the organisation' })
export class Division {
  [PrimaryKeyProp]?: 'code';

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
