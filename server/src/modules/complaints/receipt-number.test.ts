import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/harness.js';
import { ormConfig } from '../../db/mikro-orm.config.js';
import { firstRow, sql } from '../../db/sql.js';
import { formatReceiptNumber, receiptNumberSql } from './receipt-number.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: MikroORM;

beforeAll(async () => {
  database = await createTestDatabase({ empty: true });
  orm = await MikroORM.init(ormConfig({ databaseUrl: database.url }));
});
afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

describe('receipt numbers (R5: N/YYYY)', () => {
  it('are the running number, a slash and the Buddhist-Era year', () => {
    expect(formatReceiptNumber(7, 2569)).toBe('7/2569');
  });

  it('read the same when a statement builds them in SQL', async () => {
    const row = await firstRow<{ number: string }>(
      orm.em.fork(),
      sql`select ${receiptNumberSql(sql`${1234}::int`, sql`${2569}::int`)} as number`,
    );
    expect(row?.number).toBe(formatReceiptNumber(1234, 2569));
  });
});
