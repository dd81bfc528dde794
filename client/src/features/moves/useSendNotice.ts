import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const SendNoticeMutation = graphql(`
  mutation SendNotice($input: SendNoticeInput!) {
    sendNotice(input: $input) {
      complaint {
        id
        stage
        version
        ...ComplaintCard_complaint
      }
    }
  }
`);

/** R3, R4, R8: a notice to the complainant; the stage does not change. */
export function useSendNotice() {
  // The answer rewrites the complaint in the cache, so the board moves its card; the file screen
  // also lists events and notices, so it is asked again when it is open.
  return useMutation(SendNoticeMutation, { refetchQueries: ['ComplaintFilePageQuery'] });
}
