import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Contract, "The citizen's channel": calls without a session counted per purpose and client
 * address in a fixed window, kept in PostgreSQL (as sign_in_attempt) so that every server process
 * counts the same calls. A row outlives its window only until the next call from the address.
 */
@Entity({ tableName: 'public_limit' })
export class PublicLimit {
  [PrimaryKeyProp]?: 'key';

  /** `submit:<address>`, `wrong-code:<address>` or `upload:<address>`. */
  @PrimaryKey({ type: 'text' })
  key!: string;

  /** Calls counted in the current window. */
  @Property({ type: 'integer' })
  hits!: number;

  @Property({ type: 'timestamptz' })
  windowStartedAt!: Date;
}
