import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { wsClient } from '../../app/apollo';
import { hasErrorCode } from '../../app/errors';
import { forgetSession } from './forgetSession';
import { MeQuery } from './MeQuery';

/** The close code the server gives a WebSocket whose session ended or was refused. */
const sessionEnded = 4403;

/**
 * The server closes the WebSocket (4403) when the session ends without this page signing out:
 * signed out in another tab, expired (idle or at its absolute end), the account disabled. The page
 * then asks who is signed in; when nobody is, it forgets everything as sign-out does and shows
 * the sign-in page, instead of a board that no longer changes.
 */
export function useSessionEndedElsewhere(): void {
  const client = useApolloClient();
  useEffect(
    () =>
      wsClient.on('closed', (event) => {
        if ((event as { code?: number }).code !== sessionEnded) return;
        client.query({ query: MeQuery, fetchPolicy: 'network-only' }).then(
          ({ data }) => (data?.me ? undefined : forgetSession(client)),
          (error: unknown) => (hasErrorCode(error, 'UNAUTHENTICATED') ? forgetSession(client) : undefined),
        );
      }),
    [client],
  );
}
