import type { ApolloClient } from '@apollo/client';
import { solveSubmissionChallenge } from '../proof-of-work/solveSubmissionChallenge';
import { SubmissionChallengeQuery } from '../proof-of-work/SubmissionChallengeQuery';

/**
 * Issue 12, item 5: the proof of work the form adds to `submitComplaint` when the server asks for
 * one (`submissionChallenge`, solved in the browser by client/src/features/proof-of-work; about
 * 0.6 s at most with a 4× slowed CPU). Called when the citizen presses "send": a challenge is good
 * for 10 minutes and spent once, so it is never taken from the cache.
 */
export async function proofOfWorkInput(client: ApolloClient): Promise<{ proofOfWork?: string }> {
  const { data } = await client.query({ query: SubmissionChallengeQuery, fetchPolicy: 'no-cache' });
  const challenge = data?.submissionChallenge;
  return challenge ? { proofOfWork: await solveSubmissionChallenge(challenge) } : {};
}
