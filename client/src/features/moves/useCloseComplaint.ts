import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const CloseComplaintMutation = graphql(`
  mutation CloseComplaint($input: CloseComplaintInput!) {
    closeComplaint(input: $input) {
      complaint {
        id
        stage
        version
        ...ComplaintCard_complaint
      }
    }
  }
`);

/** R3, R4.5: the case is closed (RESOLVED → CLOSED). */
export function useCloseComplaint() {
  // The answer rewrites the complaint in the cache, so the board moves its card; the file screen
  // also lists events and notices, so it is asked again when it is open.
  return useMutation(CloseComplaintMutation, { refetchQueries: ['ComplaintFilePageQuery'] });
}
