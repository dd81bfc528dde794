import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const RegisterComplaintMutation = graphql(`
  mutation RegisterComplaint($input: RegisterComplaintInput!) {
    registerComplaint(input: $input) {
      complaint {
        id
        stage
        version
        ...ComplaintCard_complaint
      }
    }
  }
`);

/** R2.1: entered in the SAO incoming-document register (RECEIVED → REGISTERED). */
export function useRegisterComplaint() {
  // The answer rewrites the complaint in the cache, so the board moves its card; the file screen
  // also lists events and notices, so it is asked again when it is open.
  return useMutation(RegisterComplaintMutation, { refetchQueries: ['ComplaintFilePageQuery'] });
}
