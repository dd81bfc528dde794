import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Role } from '../../app/schema-types';

export type SessionUser = {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
};

// `me` is nullable in the schema: the server answers UNAUTHENTICATED today, but a null user means
// signed out just the same.
export type MeQueryData = { me: SessionUser | null };

/**
 * Who is signed in. The app shows the sign-in page exactly when this fails with UNAUTHENTICATED (or
 * answers no user), so signing in and out work by changing what this query answers.
 */
export const MeQuery: TypedDocumentNode<MeQueryData, Record<string, never>> = gql`
  query Me {
    me {
      id
      username
      displayName
      roles
    }
  }
`;
