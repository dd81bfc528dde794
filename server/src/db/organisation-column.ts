/**
 * Issue 13, item 1: the default of every `organisation_code` column, a function of the
 * organisation-on-every-row migration: the body the statement runs for (organisation-scope.ts);
 * in the system scope, the only body while there is one, else null, so that a row written there
 * without naming its body breaks the NOT NULL instead of landing in some body.
 */
export const organisationDefault = 'rongrian_current_organisation()';

/**
 * Issue 13, item 2, the second wall: the row-level security policy of every table that holds a
 * body's data. A statement sees and writes the rows of the body its connection runs for
 * (`rongrian.organisation`, set by mikro-orm.config.ts from organisation-scope.ts), all of them in
 * the system scope ('*'), and none on a connection that set no body. The owner is not subject to
 * it (migrations, backups).
 */
export const bodyRows = policyOn('organisation_code');

/** The policy on a body's key column, written as PostgreSQL prints it back (so the schema diff stays empty). */
export function policyOn(column: string) {
  const sameBody = `(current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, ${column}]))`;
  return { name: 'body_rows', using: sameBody, check: sameBody };
}
