import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { Messages } from './messages/th';

/** The stable `extensions.code` values the API gives its errors. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  // Issue 11, item 3: the password was right; signIn needs the authenticator's code too.
  | 'SECOND_FACTOR_REQUIRED'
  // Contract, "The citizen's channel": too many submissions or wrong codes from one address.
  | 'RATE_LIMITED';

/**
 * Whether the server answered with a GraphQL error carrying this code. Screens branch on codes,
 * never on messages, because messages are for people and may change.
 */
export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

// A gateway in front of the app answers these while the app itself is down or restarting.
const gatewayStatuses = new Set([502, 503, 504]);

/**
 * The reference the server gives an unexpected error (`extensions.correlationId`): it points the
 * administrator to the full error in the server's log, so the user is shown it.
 */
function correlationIdOf(error: CombinedGraphQLErrors): string | undefined {
  for (const { extensions } of error.errors) {
    if (typeof extensions?.correlationId === 'string') return extensions.correlationId;
  }
  return undefined;
}

/**
 * What to tell the user about an error no screen handles specifically: whether the server could not
 * be reached at all, or it answered but failed (with the reference to quote, when it gave one).
 */
export function describeError(error: unknown, messages: Pick<Messages['common'], 'failed' | 'unreachable' | 'reference'>): string {
  if (CombinedGraphQLErrors.is(error)) {
    const reference = correlationIdOf(error);
    return reference ? `${messages.failed} ${messages.reference(reference)}` : messages.failed;
  }
  if (ServerError.is(error)) {
    return gatewayStatuses.has(error.statusCode) ? messages.unreachable : messages.failed;
  }
  if (ServerParseError.is(error)) return messages.failed;
  return messages.unreachable;
}

/**
 * The server's own explanation of a refused request, in the user's language
 * (`extensions.messageTh` / `messageEn`), when it gave one.
 */
export function serverMessage(error: unknown, lang: 'th' | 'en'): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  for (const { extensions, message } of error.errors) {
    const text = extensions?.[lang === 'en' ? 'messageEn' : 'messageTh'];
    if (typeof text === 'string') return text;
    if (extensions?.code === 'BAD_USER_INPUT' || extensions?.code === 'INVALID_TRANSITION') return message;
  }
  return undefined;
}
