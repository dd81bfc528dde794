import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const ResolveComplaintMutation = graphql(`
  mutation ResolveComplaint($input: ResolveComplaintInput!) {
    resolveComplaint(input: $input) {
      complaint {
        id
        stage
        version
        ...ComplaintCard_complaint
      }
    }
  }
`);

/** R4.3, R4.5: findings and outcome recorded (→ RESOLVED). */
export function useResolveComplaint() {
  // The answer rewrites the complaint in the cache, so the board moves its card; the file screen
  // also lists events and notices, so it is asked again when it is open.
  return useMutation(ResolveComplaintMutation, { refetchQueries: ['ComplaintFilePageQuery'] });
}
