import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Division } from '../divisions/division.entity.js';

/** An official of the organisation: the people complaints are about and who handle them. */
@Entity({ tableName: 'official' })
export class Official {
  [OptionalProps]?: 'leftOn';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  fullName!: string;

  @Property({ type: 'text' })
  position!: string;

  @ManyToOne(() => Division, { fieldName: 'division_code' })
  division!: Division;

  /** The day the official left the body (YYYY-MM-DD); kept, since complaints may still name them. */
  @Property({ type: 'date', nullable: true })
  leftOn: string | null = null;
}
