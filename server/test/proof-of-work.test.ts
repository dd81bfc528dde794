import { randomBytes } from 'node:crypto';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissionChallenge } from '../src/modules/citizen/proof-of-work.js';
import { operation } from './contract.js';
import { websiteForm } from './factories.js';
import { errorCode, type GraphQLResponse } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

/**
 * Issue 12, item 5: the website form's proof of work (ALTCHA, altcha-lib). A server with
 * PROOF_OF_WORK on and a PROOF_OF_WORK_KEY, a second one on the same database without the key (it
 * uses the key kept in the database, and so does a third: they agree), and one with it off.
 * Each test acts from addresses of its own (TRUST_PROXY, X-Forwarded-For).
 */
const key = randomBytes(32);
let keyed: TestServer;
let kept: TestServer;
let keptToo: TestServer;
let off: TestServer;
let db: pg.Client;
let nextAddress = 1;
const newAddress = () => `198.51.100.${nextAddress++}`;

async function call(
  server: TestServer,
  query: string,
  variables: Record<string, unknown> = {},
  address = newAddress(),
): Promise<GraphQLResponse> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Pick<GraphQLResponse, 'data' | 'errors'>;
  return { status: response.status, ...body, statements: Number(response.headers.get('x-sql-statements')), headers: response.headers };
}

const challengeQuery = `query SubmissionChallenge { submissionChallenge }`;

async function challengeOf(server: TestServer): Promise<string> {
  const answer = await call(server, challengeQuery);
  expect(answer.errors).toBeUndefined();
  return answer.data.submissionChallenge as string;
}

/** What the browser does (client/src/features/proof-of-work), in Node: solve, then base64 of { challenge, solution }. */
async function solve(challengeJson: string): Promise<string> {
  const challenge = JSON.parse(challengeJson) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  expect(solution).not.toBeNull();
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

const formInput = (overrides: Record<string, unknown> = {}) =>
  websiteForm({ subject: `proof of work ${randomBytes(4).toString('hex')}`, ...overrides });

const submit = (server: TestServer, proofOfWork: string | undefined, address = newAddress(), overrides: Record<string, unknown> = {}) =>
  call(
    server,
    operation('SubmitComplaint'),
    { input: formInput({ ...(proofOfWork === undefined ? {} : { proofOfWork }), ...overrides }) },
    address,
  );

const complaints = async () => (await db.query<{ n: number }>(`select count(*)::int as n from complaint`)).rows[0].n;
const lastReceipt = async () => (await db.query<{ n: number }>(`select max(last_number)::int as n from receipt_counter`)).rows[0].n;

beforeAll(async () => {
  keyed = await startTestServer({
    PROOF_OF_WORK: 'true',
    PROOF_OF_WORK_KEY: key.toString('base64'),
    PROOF_OF_WORK_MAX_NUMBER: '200',
    TRUST_PROXY: 'true',
    PUBLIC_SUBMISSIONS_PER_HOUR: '2',
  });
  kept = await startTestServer({ PROOF_OF_WORK: 'true', PROOF_OF_WORK_MAX_NUMBER: '200', TRUST_PROXY: 'true' }, keyed);
  keptToo = await startTestServer({ PROOF_OF_WORK: 'true', PROOF_OF_WORK_MAX_NUMBER: '200', TRUST_PROXY: 'true' }, keyed);
  off = await startTestServer({ PROOF_OF_WORK: 'false' });
  db = new pg.Client({ connectionString: keyed.databaseUrl });
  await db.connect();
}, 60_000);
afterAll(async () => {
  await db?.end();
  await keptToo?.stop();
  await kept?.stop();
  await keyed?.stop();
  await off?.stop();
});

describe('submissionChallenge', () => {
  it('answers a signed ALTCHA challenge without a session, good for 10 minutes, with a counter up to PROOF_OF_WORK_MAX_NUMBER', async () => {
    const challenge = JSON.parse(await challengeOf(keyed)) as Challenge;
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(challenge.parameters).toMatchObject({ algorithm: 'PBKDF2/SHA-256', cost: 1000 });
    expect(challenge.parameters.keySignature).toMatch(/^[0-9a-f]{64}$/);
    const minutes = (challenge.parameters.expiresAt! * 1000 - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9);
    expect(minutes).toBeLessThanOrEqual(10);
    const solution = await solveChallenge({ challenge, deriveKey });
    // Deterministic mode: the counter is drawn between half the maximum and the maximum.
    expect(solution!.counter).toBeGreaterThanOrEqual(100);
    expect(solution!.counter).toBeLessThanOrEqual(200);
  });

  it('is null when PROOF_OF_WORK is off, and the form is then accepted without a proof', async () => {
    const answer = await call(off, challengeQuery);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.submissionChallenge).toBeNull();
    const sent = await submit(off, undefined);
    expect(sent.errors).toBeUndefined();
  });
});

describe('submitComplaint with PROOF_OF_WORK on', () => {
  it('refuses a form without a proof, with a proof that is not one, a tampered one, or one from another key (BAD_USER_INPUT, in Thai), storing nothing', async () => {
    const before = { complaints: await complaints(), receipt: await lastReceipt() };
    const missing = await submit(keyed, undefined);
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0].extensions).toMatchObject({ field: 'proofOfWork' });
    expect(missing.errors![0].extensions?.messageTh).toContain('การตรวจสอบป้องกันการส่งอัตโนมัติ');
    expect(missing.errors![0].extensions?.messageTh).toContain('กรุณากดส่งอีกครั้ง');
    expect(errorCode(await submit(keyed, ''))).toBe('BAD_USER_INPUT');
    expect(errorCode(await submit(keyed, 'bm90IGEgcHJvb2Y='))).toBe('BAD_USER_INPUT');
    expect(errorCode(await submit(keyed, '%%%'))).toBe('BAD_USER_INPUT');
    // A right solution with its key changed (the key, not the counter, is the proof: its HMAC is
    // signed in the challenge); and with the challenge's difficulty changed.
    const solved = JSON.parse(Buffer.from(await solve(await challengeOf(keyed)), 'base64').toString());
    const derived = solved.solution.derivedKey as string;
    const wrongKey = {
      ...solved,
      solution: { ...solved.solution, derivedKey: `${derived.slice(0, -1)}${derived.endsWith('0') ? '1' : '0'}` },
    };
    expect(errorCode(await submit(keyed, Buffer.from(JSON.stringify(wrongKey)).toString('base64')))).toBe('BAD_USER_INPUT');
    const easier = { ...solved, challenge: { ...solved.challenge, parameters: { ...solved.challenge.parameters, cost: 1 } } };
    const refused = await submit(keyed, Buffer.from(JSON.stringify(easier)).toString('base64'));
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions?.messageTh).toContain('ไม่ถูกต้อง');
    // Signed under another key: a challenge made by someone else's server.
    const foreign = await submissionChallenge({ enabled: true, maxNumber: 50, key: randomBytes(32) });
    expect(errorCode(await submit(keyed, await solve(foreign!)))).toBe('BAD_USER_INPUT');
    expect(await complaints()).toBe(before.complaints);
    // R5: gap-free receipt numbers — no refusal took one.
    expect(await lastReceipt()).toBe(before.receipt);
  });

  it('refuses an expired challenge, saying it is good for 10 minutes', async () => {
    const old = await submissionChallenge({ enabled: true, maxNumber: 50, key }, new Date(Date.now() - 11 * 60_000));
    const refused = await submit(keyed, await solve(old!));
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions?.messageTh).toContain('หมดเวลา');
    expect(refused.errors![0].extensions?.messageTh).toContain('10 นาที');
  });

  it('accepts a solved challenge once: a replay is refused, also at the same time, also on another server of the deployment', async () => {
    const proof = await solve(await challengeOf(keyed));
    const before = await complaints();
    const accepted = await submit(keyed, proof);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.submitComplaint.receiptNumber).toMatch(/^\d+\/25\d\d$/);
    const replayed = await submit(keyed, proof);
    expect(errorCode(replayed)).toBe('BAD_USER_INPUT');
    expect(replayed.errors![0].extensions?.messageTh).toContain('ใช้ส่งเรื่องไปแล้ว');
    expect(errorCode(await submit(kept, proof))).toBe('BAD_USER_INPUT');
    expect(await complaints()).toBe(before + 1);
    // One fresh proof sent five times at once, to two servers: one complaint.
    const once = await solve(await challengeOf(keyed));
    const answers = await Promise.all([keyed, kept, keyed, kept, keyed].map((server) => submit(server, once)));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(answers.filter((answer) => errorCode(answer) === 'BAD_USER_INPUT')).toHaveLength(4);
    expect(await complaints()).toBe(before + 2);
    // The used challenge is kept until it expires, with nothing else: no address, no complaint.
    const { rows } = await db.query(`select * from spent_challenge`);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(rows[0]).sort()).toEqual(['expires_at', 'nonce']);
  });

  it('without PROOF_OF_WORK_KEY, every server uses the key kept in the database: one signs, another verifies', async () => {
    const sent = await submit(keptToo, await solve(await challengeOf(kept)));
    expect(sent.errors).toBeUndefined();
    const { rows } = await db.query(`select octet_length(secret) as bytes from proof_of_work_key`);
    expect(rows).toEqual([{ bytes: 32 }]);
    // The key of PROOF_OF_WORK_KEY is another: its challenges are not the kept key's.
    expect(errorCode(await submit(kept, await solve(await challengeOf(keyed))))).toBe('BAD_USER_INPUT');
  });

  it('checks the proof before the address is counted: refused proofs do not use up its PUBLIC_SUBMISSIONS_PER_HOUR', async () => {
    const address = newAddress();
    for (let i = 0; i < 4; i++) expect(errorCode(await submit(keyed, 'bm90IGEgcHJvb2Y=', address))).toBe('BAD_USER_INPUT');
    expect((await db.query(`select hits from public_limit where key = $1`, [`submit:${address}`])).rows).toEqual([]);
    for (let i = 0; i < 2; i++) expect((await submit(keyed, await solve(await challengeOf(keyed)), address)).errors).toBeUndefined();
    // Past the limit, a good proof is refused RATE_LIMITED and not spent: it is good again in the next window.
    const proof = await solve(await challengeOf(keyed));
    expect(errorCode(await submit(keyed, proof, address))).toBe('RATE_LIMITED');
    expect((await submit(keyed, proof, newAddress())).errors).toBeUndefined();
  });

  it('a refusal of the form itself (a required field blank) leaves the proof unspent, so the corrected form goes through', async () => {
    const proof = await solve(await challengeOf(keyed));
    const address = newAddress();
    expect(errorCode(await submit(keyed, proof, address, { subject: '   ' }))).toBe('BAD_USER_INPUT');
    expect((await submit(keyed, proof, address)).errors).toBeUndefined();
  });
});
