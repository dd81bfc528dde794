import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2';

/** How long the solver may run before it gives up (a very slow phone, or a tab in the background). */
const timeoutMs = 60_000;

/**
 * Issue 12, item 5: solves the server's `submissionChallenge` (the JSON of an ALTCHA v2 challenge)
 * in the browser, with Web Crypto (altcha-lib's browser solver), and answers what goes into
 * `SubmitComplaintInput.proofOfWork`: base64 of the JSON `{ challenge, solution }` (the ALTCHA
 * widget's payload). Measured at about 0.6 s at most (1000 attempts) at a 4× slowed CPU (client/e2e/proof-of-work.e2e.test.ts).
 * Rejects when the challenge is not one or cannot be solved in time; the form then asks again.
 */
export async function solveSubmissionChallenge(challenge: string, signal?: AbortSignal): Promise<string> {
  const parsed = JSON.parse(challenge) as Challenge;
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort());
  const solution = await solveChallenge({ challenge: parsed, deriveKey, controller, timeout: timeoutMs });
  if (!solution) throw new Error('the proof of work was not solved in time');
  const payload = JSON.stringify({ challenge: parsed, solution });
  return btoa(payload);
}
