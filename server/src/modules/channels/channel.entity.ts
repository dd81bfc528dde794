import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';

/** R1: a channel through which complaints arrive. Reference data, keyed by its contract code. */
@Entity({ tableName: 'channel' })
@ObjectType({ description: 'A channel through which complaints arrive (manual R1)' })
export class Channel {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  @Field(() => String, { description: 'Stable code, e.g. IN_PERSON, WEBSITE' })
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
