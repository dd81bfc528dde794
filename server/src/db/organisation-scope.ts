import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Issue 13, item 2 ("isolation twice"): the body whose rows a unit of work may touch. Every query
 * filters by the caller's organisation in its SQL (the first wall); row-level security is the
 * second: each pooled connection carries the session parameter `rongrian.organisation`, set from
 * this scope before the first statement that needs it (mikro-orm.config.ts), and every table that
 * holds a body's data admits only the rows of that body (Migration…_organisation_on_every_row).
 *
 * A request runs in its caller's body from the moment it is authenticated (before: the system
 * scope, in which the session is found). The system scope, `ALL_ORGANISATIONS`, is for the work
 * that spans bodies: sign-in's lookup, the deadline tick, the clean-up jobs, national statistics.
 * A scope without a body (an anonymous caller of a deployment with none) sees nothing.
 */
export const ALL_ORGANISATIONS = '*';
export const NO_ORGANISATION = '';

/** The setting row-level security reads (Migration…_organisation_on_every_row). */
export const organisationSetting = 'rongrian.organisation';

interface Scope {
  organisation: string;
  /** Narrowed to its caller's body: from then on only a local `inOrganisation` changes it. */
  narrowed?: boolean;
}

const scopes = new AsyncLocalStorage<Scope>();

/** Runs `work` in one body's scope (or the system's, `ALL_ORGANISATIONS`). */
export function inOrganisation<T>(organisation: string, work: () => T): T {
  return scopes.run({ organisation }, work);
}

/**
 * Runs `work` in a scope that starts as the system's and is narrowed, once the caller is known, by
 * `narrowOrganisation` (a request: its session is found across bodies, then it runs in its own).
 */
export function inRequestScope<T>(work: () => T): T {
  return scopes.run({ organisation: ALL_ORGANISATIONS }, work);
}

/**
 * Narrows the current request's scope to its caller's body, for the rest of the request: once, when
 * the caller is known (auth/authenticate.ts). A request never moves to another body afterwards, so
 * that nothing it carries (a tracking code, another account's credentials) can run the rest of its
 * fields, in the caller's name, in another body: work for another body runs in a local
 * `inOrganisation` instead.
 */
export function narrowOrganisation(organisation: string): void {
  const scope = scopes.getStore();
  if (!scope) return;
  if (scope.narrowed && scope.organisation !== organisation) throw new Error('a request is narrowed to its caller’s body once');
  scope.organisation = organisation;
  scope.narrowed = true;
}

/** The body the statements run for now: outside any scope, the system's (jobs, start-up, CLI). */
export function currentOrganisation(): string {
  return scopes.getStore()?.organisation ?? ALL_ORGANISATIONS;
}

/** The body the current work runs in, or undefined in the system scope (where a query names its own). */
export function currentBody(): string | undefined {
  const organisation = currentOrganisation();
  return organisation === ALL_ORGANISATIONS ? undefined : organisation;
}
