import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const SubmitForOrderMutation = graphql(`
  mutation SubmitForOrder($input: SubmitForOrderInput!) {
    submitForOrder(input: $input) {
      complaint {
        id
        stage
        version
        ...ComplaintCard_complaint
      }
    }
  }
`);

/** R2.2: entered in the Center register and put to the commander (REGISTERED → AWAITING_ORDER). */
export function useSubmitForOrder() {
  // The answer rewrites the complaint in the cache, so the board moves its card; the file screen
  // also lists events and notices, so it is asked again when it is open.
  return useMutation(SubmitForOrderMutation, { refetchQueries: ['ComplaintFilePageQuery'] });
}
