import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const SubmitComplaintMutation = graphql(`
  mutation SubmitComplaint($input: SubmitComplaintInput!) {
    submitComplaint(input: $input) {
      receiptNumber
      trackingCode
    }
  }
`);

/**
 * Contract, "The citizen's channel": sends the public form (no session); the answer's tracking code
 * is shown once and never kept by the client (not in the cache: `no-cache`, nor in storage or a URL).
 */
export function useSubmitComplaint() {
  return useMutation(SubmitComplaintMutation, { fetchPolicy: 'no-cache' });
}
