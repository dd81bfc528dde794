import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Failed sign-ins per username and per client address, kept in PostgreSQL so that every server
 * process counts the same attempts (and a restart forgets none).
 */
@Entity({ tableName: 'sign_in_attempt' })
export class SignInAttempt {
  [PrimaryKeyProp]?: 'key';

  /** `user:<username>` or `ip:<address>`. */
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  failures!: number;

  @Property({ type: 'timestamptz' })
  lastFailureAt!: Date;
}
