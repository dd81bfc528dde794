import { ApiScope, type TokenCaller } from './api-token.types.js';

/**
 * Issue 9, item 6: what an API token reaches, by scope: the one list every check consults (the
 * root fields of both transports, the file routes). Anything not on it answers FORBIDDEN
 * (contract: "An API token reaches complaintStatistics only").
 */
const tokenReach: Record<ApiScope, ReadonlySet<string>> = {
  [ApiScope.STATISTICS]: new Set(['Query.complaintStatistics']),
};

/** Does this token reach `what` (`Query.<field>`, `Mutation.<field>`, `GET <route>`)? */
export function tokenReaches(token: TokenCaller, what: string): boolean {
  return token.scopes.some((scope) => tokenReach[scope]?.has(what));
}
