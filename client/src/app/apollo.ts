import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

// Operation and fragment types are written in GraphQL Codegen's shape (see ComplaintCard.tsx), so
// masked fragment types work today and generated types can replace the hand-written ones later.
declare module '@apollo/client' {
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}

export const apolloClient = new ApolloClient({
  // The session is an HttpOnly cookie set by signIn: the app never holds a token, it only lets the
  // browser send the cookie. The server serves the app itself (Vite proxies /graphql in development),
  // so the API is always same-origin.
  link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  cache: new InMemoryCache(),
  // Each component reads only the fields its own fragment asks for, so a card re-renders alone when
  // its complaint changes, and nobody comes to depend on another component's data.
  dataMasking: true,
});
