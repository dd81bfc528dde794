import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Issue 12, item 5: the proof of work's HMAC key when PROOF_OF_WORK_KEY is not set: made by the
 * first server that needs it and read by every other, so that all servers of a deployment sign and
 * verify challenges alike (one row).
 */
@Entity({ tableName: 'proof_of_work_key' })
export class ProofOfWorkKey {
  [PrimaryKeyProp]?: 'id';

  /** Always 1: one key per deployment. */
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id!: number;

  /** 32 random bytes. */
  @Property({ type: 'bytea' })
  secret!: Buffer;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt?: Date;
}
