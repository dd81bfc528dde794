import type { ApolloServerPlugin } from '@apollo/server';
import { appendAudit } from '../modules/audit/audit.service.js';
import type { Context } from './context.js';

/**
 * Issue 6: every read of a complainant's identity goes on the audit trail when the operation's
 * execution ends. Mutations are recorded by the mutation itself, in its own transaction
 * (audited-mutations.ts).
 *
 * Issue 15, item 3: at the end of execution, which Apollo awaits before any `willSendResponse`
 * hook runs (those run concurrently), so that the request's statement count (request-log-plugin.ts,
 * x-sql-statements) includes the audit's statements and the budget tests see them.
 */
export function auditPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue: ctx }) {
      return {
        async executionDidStart() {
          return {
            async executionDidEnd() {
              if (ctx.auditTrail.length) await appendAudit(ctx.standalone, ctx.auditTrail.splice(0));
            },
          };
        },
      };
    },
  };
}
