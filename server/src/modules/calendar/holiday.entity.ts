import { OptionalProps, PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';

/** A day government offices close (shared/domain/holidays-th.json, kept by administrators). */
@Entity({ tableName: 'holiday' })
@ObjectType({ description: 'A day government offices close (วันหยุดราชการ)' })
export class Holiday {
  [PrimaryKeyProp]?: 'date';
  [OptionalProps]?: 'nameEn' | 'kind' | 'status';

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
