import { sql, type RawBuilder } from '../../db/sql.js';

/**
 * R5: a complaint's receipt number, `N/YYYY`: its running number within the year, then the
 * Buddhist-Era year of its receipt (contract, "Meanings"). Every place that shows, prints or
 * records one formats it here, or builds it in SQL with `receiptNumberSql`, so the format lives
 * once in each language.
 */
export function formatReceiptNumber(seq: number, year: number): string {
  return `${seq}/${year}`;
}

/**
 * `formatReceiptNumber` inside a statement, for a number the statement itself holds (a row being
 * inserted, say): the running number and the year as SQL expressions, e.g. `sql.ref('receipt_seq')`.
 */
export function receiptNumberSql(seq: RawBuilder<unknown>, year: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`${seq} || '/' || ${year}`;
}
