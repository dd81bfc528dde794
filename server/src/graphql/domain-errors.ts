import { GraphQLError } from 'graphql';
import { DomainError } from '../modules/shared/domain-error.js';

/**
 * What every client is told of a domain error, over HTTP, the WebSocket and the REST routes alike:
 * its code, both messages and its details. The one mapping of DomainError to the API's shape.
 */
export function errorExtensions(error: DomainError): Record<string, unknown> {
  return { code: error.code, messageTh: error.messageTh, messageEn: error.messageEn, ...error.details };
}

/**
 * A domain error as a GraphQLError, where graphql-js or graphql-ws want one as it is: reported by a
 * validation rule, thrown by a scalar, or refused by the WebSocket before a document runs (those
 * leave without passing through the formatter).
 */
export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: errorExtensions(error) });
}

/**
 * The domain error behind an error, if any. It arrives as it was thrown (a resolver's), or wrapped
 * once or twice, with the wrapper's message naming where: thrown by a scalar while a variable was
 * coerced ('Variable "$input" got invalid value … at "input.receivedAt"'), or reported by a
 * validation rule (Apollo's GRAPHQL_VALIDATION_FAILED around it).
 */
export function domainErrorIn(error: unknown): DomainError | null {
  let inner: unknown = error;
  while (inner instanceof GraphQLError) inner = inner.originalError;
  return inner instanceof DomainError ? inner : null;
}

/**
 * The code of an error as it was raised, for the log and the audit trail's outcome: a GraphQLError's
 * own (Apollo's GRAPHQL_VALIDATION_FAILED around a refused literal, say), else its domain error's.
 */
export function errorCodeOf(error: unknown): string {
  const own = error instanceof GraphQLError ? error.extensions?.code : undefined;
  if (typeof own === 'string') return own;
  return domainErrorIn(error)?.code ?? 'INTERNAL_SERVER_ERROR';
}
