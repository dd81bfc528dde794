import type { ApolloClient } from '@apollo/client';
import { clearAlerts } from '../alerts/alertStore';
import { MeQuery } from './MeQuery';

/**
 * Forgets everything the user who is no longer signed in could see, then asks Me again: it fails
 * with UNAUTHENTICATED, and App shows the sign-in page just as on a first visit.
 */
export async function forgetSession(client: ApolloClient): Promise<void> {
  // clearStore, not resetStore: the board and the rest must not be refetched, they would only fail.
  await client.clearStore();
  clearAlerts();
  // That failure is the expected answer and App renders it, so it is not an error here.
  await client.refetchQueries({ include: [MeQuery] }).catch(() => undefined);
}
