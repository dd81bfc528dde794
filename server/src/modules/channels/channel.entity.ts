import { OptionalProps, PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/** R1: a channel through which complaints arrive. Reference data, keyed by its contract code. */
@Entity({ tableName: 'channel', policies: [bodyRows] })
@ObjectType({ description: 'A channel through which complaints arrive (manual R1)' })
export class Channel {
  [PrimaryKeyProp]?: ['organisationCode', 'code'];
  [OptionalProps]?: 'inUse' | 'contact';
  /** Issue 13: the body this row belongs to; part of its key (codes and numbers run per body). */
  @PrimaryKey({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string;

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

  /** Set-up file, "channels": the body uses this channel; `channels` answers only those in use. */
  @Property({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'The body takes complaints through it (set-up file, or ADMIN)' })
  inUse: boolean = true;

  /** The body's own contact for the channel (phone numbers, page, address), editable by ADMIN. */
  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The body's contact for this channel: phone numbers, page, address" })
  contact: string | null = null;
}
