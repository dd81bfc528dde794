import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  type Source,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { unsafeTextRule } from './unsafe-text.js';

/**
 * Issue 6: the limits every document meets, the same over HTTP and WebSocket (graphql-armor's
 * rules). Sized well above the web app's largest document (the complaint file, depth 6).
 */
export const limits = { tokens: 4_000, depth: 10, aliases: 20, cost: 5_000, directives: 20 };

/** Report a refusal as a validation error (a 400 with the reason), rather than throw from validation. */
const report = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export const limitRules: ValidationRule[] = [
  ...([
    maxDepthRule({ n: limits.depth, flattenFragments: true, ...report }),
    maxAliasesRule({ n: limits.aliases, ...report }),
    costLimitRule({ maxCost: limits.cost, ...report }),
    maxDirectivesRule({ n: limits.directives, ...report }),
  ] as unknown as ValidationRule[]),
  // Not a size limit, but checked wherever the limits are: U+0000 in the document's literals.
  unsafeTextRule,
];

/** Parsing stops at `limits.tokens` tokens, before the document is ever validated. */
export function parseLimited(source: string | Source): DocumentNode {
  return parse(source, { maxTokens: limits.tokens });
}

/** The specified rules, the limits, and in production no introspection. */
export function validateLimited(schema: GraphQLSchema, document: DocumentNode, production: boolean): readonly GraphQLError[] {
  return validate(schema, document, [...specifiedRules, ...limitRules, ...(production ? [NoSchemaIntrospectionCustomRule] : [])]);
}

/** In production, a refused field is not followed by "Did you mean …?": the schema stays unlisted. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean .*\?$/, '');
}
