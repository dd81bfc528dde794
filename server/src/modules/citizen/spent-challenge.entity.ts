import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Issue 12, item 5: a proof of work already used (its challenge's nonce), kept until the challenge
 * expires so that one solution sends one complaint, on every server process. Nothing else: no
 * address, no link to the complaint.
 */
@Entity({ tableName: 'spent_challenge' })
export class SpentChallenge {
  [PrimaryKeyProp]?: 'nonce';

  /** The challenge's random nonce (hex), as signed by the server. */
  @PrimaryKey({ type: 'text' })
  nonce!: string;

  /** When the challenge expires: the row is removed after it (proof-of-work.ts). */
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}
