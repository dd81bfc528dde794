import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts the SQL statements a unit of work sends (a GraphQL request, say), so that tests can hold
 * each operation to its statement budget and logs show it. Every query on every pooled connection
 * passes through `countStatement`.
 */
interface Tally {
  statements: number;
}

const tallies = new AsyncLocalStorage<Tally>();

export function withStatementTally<T>(run: () => T): T {
  return tallies.run({ statements: 0 }, run);
}

export function countStatement(): void {
  const tally = tallies.getStore();
  if (tally) tally.statements++;
}

export function statementsSoFar(): number {
  return tallies.getStore()?.statements ?? 0;
}
