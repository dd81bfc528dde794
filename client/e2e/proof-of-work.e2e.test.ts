import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eServer, launchChromium, missing, startServer } from './harness';

// Issue 12, item 5: the website form's proof of work, solved in Debian's Chromium by the web app's
// own solver (src/features/proof-of-work/solveSubmissionChallenge.ts, Web Crypto), on the app's
// origin, against the built server in production mode (where PROOF_OF_WORK is on by default), with
// the CPU slowed 4× through the DevTools protocol (a phone, roughly): the time is reported, and the
// proof found is accepted by submitComplaint. Until the /report form calls it, the module is
// bundled here (vite, as the app is) and put into the page.
const solverEntry = fileURLToPath(new URL('../src/features/proof-of-work/solveSubmissionChallenge.ts', import.meta.url));

let server: E2eServer | undefined;
let browser: Browser | undefined;
let solverBundle = '';

interface Solved {
  proof: string;
  ms: number;
  counter: number;
}

declare global {
  interface Window {
    proofOfWork: { solveSubmissionChallenge(challenge: string): Promise<string> };
  }
}

async function bundleSolver(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry: solverEntry, formats: ['iife'], name: 'proofOfWork' } },
  })) as Rolldown.RolldownOutput[];
  return output[0].output[0].code;
}

/** Asks the server for a challenge and solves it in the page, timed there. */
const solveInPage = (page: Page) =>
  page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query SubmissionChallenge { submissionChallenge }' }),
    });
    const challenge = ((await response.json()) as { data: { submissionChallenge: string } }).data.submissionChallenge;
    const started = performance.now();
    const proof = await window.proofOfWork.solveSubmissionChallenge(challenge);
    const ms = performance.now() - started;
    return { proof, ms, counter: (JSON.parse(atob(proof)) as { solution: { counter: number } }).solution.counter };
  });

describe.skipIf(missing.length > 0)('the proof of work in Chromium (issue 12, item 5)', () => {
  beforeAll(async () => {
    [server, browser, solverBundle] = await Promise.all([startServer('pow'), launchChromium(), bundleSolver()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  it('solves the server challenge with Web Crypto at a 4× slowed CPU, and submitComplaint accepts the proof', async () => {
    const context = await browser!.newContext({ viewport: { width: 360, height: 740 }, locale: 'th-TH' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${server!.url}/`);
    // The app's CSP allows no inline script: the bundle is evaluated through the DevTools protocol.
    await page.evaluate(`${solverBundle};window.proofOfWork = proofOfWork;`);
    const cdp = await context.newCDPSession(page);
    const runs: Record<string, Solved[]> = {};
    for (const rate of [1, 4]) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      runs[rate] = [];
      for (let i = 0; i < 5; i++) runs[rate].push(await solveInPage(page));
    }
    const challenge = JSON.parse(atob(runs[4][0].proof)) as { challenge: { parameters: { cost: number } } };
    for (const [rate, solved] of Object.entries(runs)) {
      const perAttempt = solved.reduce((sum, one) => sum + one.ms / (one.counter + 1), 0) / solved.length;
      const times = solved.map((one) => Math.round(one.ms));
      // The worst case is the highest counter the server draws (PROOF_OF_WORK_MAX_NUMBER, 1000 by default).
      console.info(
        `[proof of work] Chromium, CPU ×${rate}: solved in ${times.join(', ')} ms (counters ${solved.map((one) => one.counter).join(', ')}); ` +
          `${perAttempt.toFixed(2)} ms per attempt of ${challenge.challenge.parameters.cost} PBKDF2 rounds → ${Math.round(perAttempt * 1001)} ms at the highest counter`,
      );
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // A generous bound only (the machine is shared): the design figure is the printed one.
    expect(Math.max(...runs[4].map((one) => one.ms))).toBeLessThan(10_000);

    const sent = await page.evaluate(async (proofOfWork) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation SubmitComplaint($input: SubmitComplaintInput!) { submitComplaint(input: $input) { receiptNumber trackingCode } }',
          variables: {
            input: {
              subject: 'เรียกรับเงินเพื่อออกใบอนุญาตก่อสร้าง',
              details: 'เจ้าหน้าที่กองช่างเรียกรับเงิน 5,000 บาท เพื่อเร่งออกใบอนุญาต',
              accused: [{ fullName: 'นายสมหมาย ไม่ทราบนามสกุล', position: 'พนักงานจ้างเหมาบริการ', unit: 'กองช่าง' }],
              evidence: [],
              proofOfWork,
            },
          },
        }),
      });
      return (await response.json()) as { data?: { submitComplaint: { receiptNumber: string } }; errors?: unknown[] };
    }, runs[4][4].proof);
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.submitComplaint.receiptNumber).toMatch(/^\d+\/25\d\d$/);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
