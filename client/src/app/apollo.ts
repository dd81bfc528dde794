import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { publicBodyHeaders } from './public-body';

// Operation and fragment types come from GraphQL Codegen (src/gql), in the shape Apollo's data
// masking keys on.
declare module '@apollo/client' {
  // An augmentation: the interface adds Apollo's overrides to the type it merges into.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}

function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

/**
 * graphql-ws on the same origin: the browser sends the session cookie with the upgrade, so the
 * socket is signed in as the page is. Lazy: it opens with the first subscription (after sign-in)
 * and closes when the last one ends (sign-out), so a new user always gets a new socket.
 */
export const wsClient = createClient({
  url: webSocketUrl,
  lazy: true,
  retryAttempts: Infinity,
  shouldRetry: () => true,
  // Back off 1 s, 2 s, 4 s … up to 15 s, with jitter so a restarted server is not stormed.
  retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(15_000, 1000 * 2 ** retries) + Math.random() * 500)),
});

export const apolloClient = new ApolloClient({
  // The session is an HttpOnly cookie set by signIn: the app never holds a token, it only lets the
  // browser send the cookie. The server serves the app itself (Vite proxies /graphql in development),
  // so the API is always same-origin.
  link: ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(wsClient),
    new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: publicBodyHeaders() }),
  ),
  cache: new InMemoryCache({
    typePolicies: {
      // Deadlines, units and channels are values inside a complaint: take the server's list whole.
      Complaint: { fields: { deadlines: { merge: false }, units: { merge: false }, events: { merge: false }, notices: { merge: false } } },
      // A column's cards are one list whatever page asked for them: the board's "more" appends to it
      // (BoardPage, loadMore) and the live feed edits it (useBoardLive).
      BoardColumn: { fields: { complaints: { keyArgs: false, merge: false } } },
      Channel: { keyFields: ['code'] },
      Division: { keyFields: ['code'] },
      // One per deployment: runBackup's answer replaces what backupStatus showed.
      BackupStatus: { keyFields: [] },
    },
  }),
  // Each component reads only the fields its own fragment asks for, so a card re-renders alone when
  // its complaint changes, and nobody comes to depend on another component's data.
  dataMasking: true,
});

// After a dropped connection, whatever was pushed meanwhile is lost: ask again for what is on screen.
wsClient.on('connected', (_socket, _payload, wasRetry) => {
  if (wasRetry) void apolloClient.refetchQueries({ include: 'active' }).catch(() => undefined);
});
