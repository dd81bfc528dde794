import { graphql } from '../../gql';

/**
 * Issue 12, item 5: the signed challenge the website form solves before sending (null when the
 * server's proof of work is off: send without `proofOfWork`). Ask for it when the citizen presses
 * "send" (it is good for 10 minutes), with `fetchPolicy: 'no-cache'`: each one is spent once.
 */
export const SubmissionChallengeQuery = graphql(`
  query SubmissionChallenge {
    submissionChallenge
  }
`);
