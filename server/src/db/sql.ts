import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type RawBuilder } from 'kysely';

export { sql, type RawBuilder };

/**
 * Runs hand-written SQL with bound parameters on the entity manager's connection (its transaction,
 * when inside one). Reads that must stay within a statement budget are written this way: one
 * set-based statement returning plain rows, no entity per row (stack.md, "Performance facts").
 */
export async function rows<T>(em: EntityManager, query: RawBuilder<T>): Promise<T[]> {
  const result = await query.execute(em.getKysely());
  return result.rows;
}

export async function firstRow<T>(em: EntityManager, query: RawBuilder<T>): Promise<T | undefined> {
  return (await rows(em, query))[0];
}

/** PostgreSQL's error for a row naming a parent that does not exist. */
export function isForeignKeyViolation(error: unknown): error is { constraint: string; detail?: string } {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23503';
}

/**
 * A timestamptz as the API's wire format (`toISOString`: UTC, milliseconds, `Z`), so that a hot
 * read hands it to GraphQL as it comes (graphql/instant.ts) instead of string → Date → string.
 */
export const isoInstant = (column: RawBuilder<unknown>) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
