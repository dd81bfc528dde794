import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { MeQuery } from '../session/MeQuery';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        username
        displayName
        roles
        mustChangePassword
        secondFactorEnabled
        mustEnrolSecondFactor
      }
    }
  }
`);

/** Signs in; the server answers with the session cookie and the user. */
export function useSignIn() {
  return useMutation(SignInMutation, {
    // signIn returns the same user Me asks for: writing it there switches the app to the board
    // without another round trip.
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeQuery, data: { me: data.signIn.user } });
    },
  });
}
