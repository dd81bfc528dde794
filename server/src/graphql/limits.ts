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
import type { NextFunction, Request, Response } from 'express';
import { unsafeTextRule } from './unsafe-text.js';

/**
 * Issue 6: the limits every document meets, the same over HTTP and WebSocket (graphql-armor's
 * rules). Sized well above the web app's largest document (the complaint file, depth 6).
 */
export const limits = { tokens: 4_000, depth: 10, aliases: 20, cost: 5_000, directives: 20, documentCharacters: 100_000 };

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

/**
 * Issue 9, item 16: a document longer than this is refused before it is parsed (or hashed, or
 * cached). The web app's longest is under 2,000 characters; large texts travel as variables.
 */
export function documentTooLong(length: number): GraphQLError | null {
  if (length <= limits.documentCharacters) return null;
  return new GraphQLError(
    `เอกสาร GraphQL ยาวเกิน ${limits.documentCharacters.toLocaleString('en')} อักขระ — The GraphQL document is longer than ${limits.documentCharacters.toLocaleString('en')} characters; send large texts as variables`,
    { extensions: { code: 'GRAPHQL_PARSE_FAILED', http: { status: 413 } } },
  );
}

/** HTTP: the `query` of a POST body or a GET query string, measured before Apollo parses it. */
export function refuseLongDocument(req: Request, res: Response, next: NextFunction): void {
  const query = (req.body as { query?: unknown } | undefined)?.query ?? req.query.query;
  const error = typeof query === 'string' ? documentTooLong(query.length) : null;
  if (!error) return next();
  res.status(413).json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
}

/** Parsing stops at `limits.tokens` tokens, before the document is ever validated. */
export function parseLimited(source: string | Source): DocumentNode {
  const tooLong = documentTooLong(typeof source === 'string' ? source.length : source.body.length);
  if (tooLong) throw tooLong;
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
