import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const AppointCommitteeMutation = graphql(`
  mutation AppointCommittee($input: AppointCommitteeInput!) {
    appointCommittee(input: $input) {
      complaint {
        id
        stage
        version
        ...ComplaintCard_complaint
      }
    }
  }
`);

/** R3, R4.4: a fact-finding committee (FACT_FINDING → COMMITTEE). */
export function useAppointCommittee() {
  // The answer rewrites the complaint in the cache, so the board moves its card; the file screen
  // also lists events and notices, so it is asked again when it is open.
  return useMutation(AppointCommitteeMutation, { refetchQueries: ['ComplaintFilePageQuery'] });
}
