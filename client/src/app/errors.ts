import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Messages } from './messages/th';

/** The stable `extensions.code` values the API gives its errors. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_TRANSITION';

/**
 * Whether the server answered with a GraphQL error carrying this code. Screens branch on codes,
 * never on messages, because messages are for people and may change.
 */
export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return (
    CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code)
  );
}

/**
 * What to tell the user about an error no screen handles specifically: whether the server could not
 * be reached at all, or it answered but failed.
 */
export function describeError(error: unknown, messages: Messages['common']): string {
  return CombinedGraphQLErrors.is(error) ? messages.failed : messages.unreachable;
}
