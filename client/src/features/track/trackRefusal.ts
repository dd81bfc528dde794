import { describeError, hasErrorCode, serverMessage } from '../../app/errors';
import type { Messages } from '../../app/messages/th';

/** What to tell the citizen of a refused code: the server's own words for a wrong code or the limit. */
export function trackRefusal(error: unknown, lang: 'th' | 'en', t: Messages): string {
  const said = serverMessage(error, lang);
  if (hasErrorCode(error, 'RATE_LIMITED')) return said ?? t.public.rateLimited;
  if (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT')) return said ?? t.common.failed;
  return said ?? describeError(error, t.common);
}
