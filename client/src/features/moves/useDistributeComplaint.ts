import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const DistributeComplaintMutation = graphql(`
  mutation DistributeComplaint($input: DistributeComplaintInput!) {
    distributeComplaint(input: $input) {
      complaint {
        id
        stage
        version
        ...ComplaintCard_complaint
      }
    }
  }
`);

/** R2.3: distributed to the ordered units (ORDERED → FACT_FINDING). */
export function useDistributeComplaint() {
  // The answer rewrites the complaint in the cache, so the board moves its card; the file screen
  // also lists events and notices, so it is asked again when it is open.
  return useMutation(DistributeComplaintMutation, { refetchQueries: ['ComplaintFilePageQuery'] });
}
