import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const ChangePasswordMutation = graphql(`
  mutation ChangePasswordPage($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ok
    }
  }
`);

/** Contract, "Accounts": a new password; the user's other sessions end. */
export function useChangePassword() {
  return useMutation(ChangePasswordMutation);
}
