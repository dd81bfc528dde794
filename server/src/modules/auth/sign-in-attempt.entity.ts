import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Sign-in attempts counted per account, per known device and per client address, kept in
 * PostgreSQL so that every server process counts the same attempts (and a restart forgets none).
 * An attempt is counted before its password is checked (issue 9, item 9); a success gives it back.
 */
@Entity({ tableName: 'sign_in_attempt' })
export class SignInAttempt {
  [PrimaryKeyProp]?: 'key';

  /** `user:<username>`, `device:<token hash>` or `ip:<address>`. */
  @PrimaryKey({ type: 'text' })
  key!: string;

  /** Attempts counted in the current window, failed or still being checked. */
  @Property({ type: 'integer' })
  failures!: number;

  @Property({ type: 'timestamptz' })
  lastFailureAt!: Date;

  /** The attempt that last counted here: how the counting statement tells an attempt it may go on. */
  @Property({ type: 'uuid', nullable: true })
  lastAttemptId: string | null = null;
}
