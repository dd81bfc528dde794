import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { tokenReaches } from '../modules/api-tokens/token-reach.js';
import { passwordChangeRefusal, secondFactorEnrolmentRefusal, tokenRefused } from '../modules/auth/access.js';
import type { Context } from './context.js';
import { toGraphQLError } from './domain-errors.js';

/**
 * Refuses an API token a root field its scopes do not reach (token-reach.ts). The gate is the
 * schema's, wrapped around every root field from outside: it refuses as the API does, with the
 * GraphQLError, to whoever runs the field.
 */
export function requireTokenReach(ctx: Context, what: string): void {
  if (ctx.apiToken && !tokenReaches(ctx.apiToken, what)) throw toGraphQLError(tokenRefused());
  // Contract, "Accounts": a temporary password reaches me, changePassword and signOut only.
  const mustChange = passwordChangeRefusal(ctx, what);
  if (mustChange) throw toGraphQLError(mustChange);
  // Issue 11, item 3: a required second factor not yet on reaches the enrolment only.
  const mustEnrol = secondFactorEnrolmentRefusal(ctx, what);
  if (mustEnrol) throw toGraphQLError(mustEnrol);
}

/**
 * Issue 9, item 6: every root field of every operation type, on HTTP and WebSocket alike, first
 * asks the one allow-list whether an API token caller may run it, before its resolver decides
 * anything. (Subscriptions served by the LiveEventHub are asked in live-subscriptions.ts, which hands them over.)
 */
export function gateTokens(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const what = `${type!.name}.${field.name}`;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx: Context, info) => {
        requireTokenReach(ctx, what);
        return resolve(source, args, ctx, info);
      };
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, args, ctx: Context, info) => {
          requireTokenReach(ctx, what);
          return subscribe(source, args, ctx, info);
        };
      }
    }
  }
  return schema;
}
