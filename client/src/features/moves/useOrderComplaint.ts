import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const OrderComplaintMutation = graphql(`
  mutation OrderComplaint($input: OrderComplaintInput!) {
    orderComplaint(input: $input) {
      complaint {
        id
        stage
        version
        ...ComplaintCard_complaint
      }
    }
  }
`);

/** R2.2, R6: the commander takes it up with units, or not, with a reason. */
export function useOrderComplaint() {
  // The answer rewrites the complaint in the cache, so the board moves its card; the file screen
  // also lists events and notices, so it is asked again when it is open.
  return useMutation(OrderComplaintMutation, { refetchQueries: ['ComplaintFilePageQuery'] });
}
