import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { createTestDatabase } from './harness.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: MikroORM;

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([
    promise,
    new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)),
  ]);

beforeAll(async () => {
  database = await createTestDatabase();
  // One connection, so that a connection the pool never gets back shows at once.
  orm = await MikroORM.init(ormConfig({ databaseUrl: database.url, poolMax: 1 }));
});
afterAll(async () => {
  await database?.drop();
});

/**
 * Issue 9, item 12: when the database dies under a transaction, the transaction's ROLLBACK fails on
 * the dead connection, and Kysely (under MikroORM 7) then never hands that connection back to the
 * pool. Every outage with a transaction in flight cost the pool a connection for good: a full pool
 * later, every request waited for ever, and shutting down waited for the pool to drain.
 */
describe('the connection pool after a connection died inside a transaction', () => {
  it('gets the connection back, serves the next query and closes', async () => {
    const admin = new pg.Client({ connectionString: inject('databaseAdminUrl') });
    await admin.connect();
    try {
      const died = orm.em.fork().transactional(async (tx) => {
        const [{ pid }] = await tx
          .getConnection()
          .execute<{ pid: number }[]>('select pg_backend_pid() as pid', [], 'all', tx.getTransactionContext());
        await admin.query('select pg_terminate_backend($1)', [pid]);
        await tx.getConnection().execute('select 1', [], 'all', tx.getTransactionContext());
      });
      await expect(died).rejects.toThrow();
    } finally {
      await admin.end();
    }
    const [row] = await within(orm.em.getConnection().execute<{ one: number }[]>('select 1 as one'), 5_000, 'the next query');
    expect(row.one).toBe(1);
    await within(orm.close(true), 5_000, 'closing the pool');
  }, 20_000);
});
