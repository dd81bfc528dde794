import type { ApolloServerPlugin } from '@apollo/server';
import { appendAudit } from '../modules/audit/audit.service.js';
import type { Context } from './context.js';

/**
 * Issue 6: every read of a complainant's identity goes on the audit trail when the operation ends.
 * Mutations are recorded by the mutation itself, in its own transaction (audited-mutations.ts).
 */
export function auditPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx }) {
          if (ctx.auditTrail.length) await appendAudit(ctx.standalone, ctx.auditTrail.splice(0));
        },
      };
    },
  };
}
