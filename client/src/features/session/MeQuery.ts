import { graphql } from '../../gql';
import type { MeQuery as MeQueryData } from '../../gql/graphql';

/** The signed-in user, as Me answers it. */
export type SessionUser = NonNullable<MeQueryData['me']>;

/**
 * Who is signed in. The app shows the sign-in page exactly when this fails with UNAUTHENTICATED (or
 * answers no user), so signing in and out work by changing what this query answers. `me` is
 * nullable in the schema: a null user means signed out just the same.
 */
export const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      displayName
      roles
      mustChangePassword
      secondFactorEnabled
      mustEnrolSecondFactor
    }
  }
`);
