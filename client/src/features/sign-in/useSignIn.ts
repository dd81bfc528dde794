import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { MeQuery, type SessionUser } from '../session/MeQuery';

type SignInMutationData = { signIn: { user: SessionUser } };
type SignInMutationVariables = { input: { username: string; password: string } };

const SignInMutation: TypedDocumentNode<SignInMutationData, SignInMutationVariables> = gql`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        username
        displayName
        roles
      }
    }
  }
`;

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
