import type { ApolloClient } from '@apollo/client';

/**
 * Issue 12, item 5: the proof of work the form adds to `submitComplaint` when the server asks for
 * one (`submissionChallenge`, solved in the browser by client/src/features/proof-of-work). That
 * query and solver come with the proof-of-work branch; until it is merged, there is nothing to add.
 * Called when the citizen presses "send": a challenge is good for 10 minutes and spent once.
 */
export async function proofOfWorkInput(_client: ApolloClient): Promise<{ proofOfWork?: string }> {
  return {};
}
