/**
 * npm run bench:intake (issue 12, "Performance") — the website form's submitComplaint (no session:
 * the per-address count, the recording, the tracking code and its SHA-256) in submissions per
 * second at concurrency 10, next to recordComplaint by a Center clerk (a session) in the same run
 * on the same server and database, rounds interleaved; prints the ratio (goal ≥ 0.8). Then the cost
 * of the proof of work: the same submissions to a second server with PROOF_OF_WORK on (solved
 * beforehand, so that only the server's verification is in the figure), the verification alone
 * in-process, and submissionChallenge's rate. Then a 10 MiB and a 19 MiB upload's RSS growth in a
 * server process of its own. PUBLIC_SUBMISSIONS_PER_HOUR is raised: every call comes from 127.0.0.1.
 * Prints; asserts nothing. `BENCH_REQUESTS` (default 300) per round.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { startApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { seed } from '../src/db/seed.js';
import { createLogger } from '../src/logger.js';
import { checkProof, submissionChallenge } from '../src/modules/citizen/proof-of-work.js';
import { spawnServer } from '../test/server-process.js';
import { quick, reportRows } from './bench-result.js';

const perRound = Number(process.env.BENCH_REQUESTS ?? (quick ? 100 : 300));
const rounds = 3;
const concurrency = 10;
const logger = createLogger('warn');
const dataDir = `/tmp/rongrian-bench-intake-${process.pid}`;
const step = (what: string) => console.error(`[bench:intake] ${what}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const form = (i: number) => ({
  subject: `เรียกรับเงินเพื่อออกใบอนุญาตก่อสร้าง (${i})`,
  details: 'เจ้าหน้าที่กองช่างเรียกรับเงิน 5,000 บาท เพื่อเร่งออกใบอนุญาตก่อสร้างบ้านเลขที่ 12 หมู่ 3',
  requestedAction: 'ขอให้ตรวจสอบและดำเนินการทางวินัย',
  incidentAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
  incidentPlace: 'ที่ทำการ อบต.โคกแย้',
  complainant: {
    fullName: 'นายสมปอง ใจกล้า',
    age: 45,
    address: { houseNumber: '12', moo: '3', tambon: 'โคกแย้', amphoe: 'หนองแค', changwat: 'สระบุรี', postcode: '18230' },
    phone: '081-234-5678',
  },
  accused: [{ fullName: 'นายสมหมาย ไม่ทราบนามสกุล', position: 'พนักงานจ้างเหมาบริการ', unit: 'กองช่าง' }],
  evidence: [{ description: 'ภาพถ่ายการรับเงิน', copies: 2 }],
});

const submitDocument = `mutation SubmitComplaint($input: SubmitComplaintInput!) { submitComplaint(input: $input) { receiptNumber trackingCode } }`;
const recordDocument = `mutation RecordComplaint($input: RecordComplaintInput!) { recordComplaint(input: $input) { complaint { id receiptNumber } } }`;
const challengeDocument = `query SubmissionChallenge { submissionChallenge }`;

async function post(url: string, query: string, variables: object = {}, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`the bench's request was refused: ${JSON.stringify(body.errors)}`);
  return { body, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

/** `count` calls of `one(i)`, `concurrency` at a time: answers calls per second. */
async function rate(count: number, one: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await one(next++);
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

/** What the browser does, in Node: base64 of { challenge, solution }. */
async function solved(challengeJson: string): Promise<string> {
  const challenge = JSON.parse(challengeJson) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

const database = await startEmbeddedPostgres({ dataDir, port: 0, database: 'rongrian', logger, ephemeral: true });
const apps: App[] = [];
try {
  step('database started');
  const orm = await MikroORM.init(ormConfig({ databaseUrl: database.url }));
  await orm.migrator.up();
  await seed(orm.em.fork(), { demo: true });
  await orm.close(true);

  const env = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: database.url,
    JOBS: 'false',
    LOG_LEVEL: 'warn',
    PUBLIC_SUBMISSIONS_PER_HOUR: '100000',
  };
  step('seeded');
  const plain = await startApp(loadConfig({ ...env, PROOF_OF_WORK: 'false' }), logger);
  apps.push(plain);
  // The cheapest difficulty: what the server pays to verify does not depend on it (one HMAC of the key).
  const powConfig = loadConfig({ ...env, PROOF_OF_WORK: 'true', PROOF_OF_WORK_MAX_NUMBER: '10' });
  const guarded = await startApp(powConfig, logger);
  apps.push(guarded);
  step('servers started');
  const { cookie } = await post(plain.url, `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
    input: { username: 'center', password: 'rongrian-demo' },
  });

  let seq = 0;
  const submit = (url: string, proofOfWork?: string) =>
    post(url, submitDocument, { input: { ...form(seq++), ...(proofOfWork ? { proofOfWork } : {}) } });
  const record = () =>
    post(plain.url, recordDocument, { input: { ...form(seq++), channel: 'IN_PERSON', receivedAt: new Date().toISOString() } }, cookie);

  step('signed in');
  // Warm-up: JIT, pools, the statements' plans.
  await rate(50, () => submit(plain.url));
  await rate(50, () => record());

  step('warmed up');
  const submitted: number[] = [];
  const recorded: number[] = [];
  for (let round = 0; round < rounds; round++) {
    submitted.push(await rate(perRound, () => submit(plain.url)));
    recorded.push(await rate(perRound, () => record()));
  }
  const submitRate = median(submitted);
  const recordRate = median(recorded);
  console.log(
    `submitComplaint (no session, proof of work off), concurrency ${concurrency}: ${submitted.map((r) => r.toFixed(0)).join(', ')}/s → median ${submitRate.toFixed(0)}/s`,
  );
  console.log(
    `recordComplaint (Center clerk's session), concurrency ${concurrency}: ${recorded.map((r) => r.toFixed(0)).join(', ')}/s → median ${recordRate.toFixed(0)}/s`,
  );
  console.log(`ratio submitComplaint / recordComplaint: ${(submitRate / recordRate).toFixed(2)} (goal ≥ 0.8)`);
  reportRows([
    {
      benchmark: `website form: submitComplaint against recordComplaint, concurrency ${concurrency}`,
      measured: `${submitRate.toFixed(0)}/s`,
      baseline: `${recordRate.toFixed(0)}/s (recordComplaint by a clerk)`,
      ratio: submitRate / recordRate,
      goal: '≥ 0.8× (issue 12)',
      met: submitRate / recordRate >= 0.8,
    },
  ]);

  // The proof of work's cost to the server: proofs solved beforehand, then the same submissions.
  const proofs: string[] = [];
  for (let i = 0; i < perRound * rounds; i++)
    proofs.push(await solved((await post(guarded.url, challengeDocument)).body.data.submissionChallenge));
  const withProof: number[] = [];
  for (let round = 0; round < rounds; round++) {
    withProof.push(await rate(perRound, (i) => submit(guarded.url, proofs[round * perRound + i])));
  }
  console.log(
    `submitComplaint with PROOF_OF_WORK on (verified and spent), concurrency ${concurrency}: ${withProof.map((r) => r.toFixed(0)).join(', ')}/s → median ${median(withProof).toFixed(0)}/s (${((median(withProof) / submitRate) * 100).toFixed(0)} % of off)`,
  );
  console.log(
    `submissionChallenge (one more request per submission), concurrency ${concurrency}: ${(await rate(perRound, () => post(guarded.url, challengeDocument))).toFixed(0)}/s`,
  );
  const settings = { enabled: true, maxNumber: 10, key: randomBytes(32) };
  const verifyOnly: string[] = [];
  for (let i = 0; i < 200; i++) verifyOnly.push(await solved((await submissionChallenge(settings))!));
  let t = performance.now();
  // The signature and key check alone (the spent-challenge insert is in the figure above).
  for (const proof of verifyOnly) await checkProof(settings, proof);
  console.log(
    `verification alone (signature, expiry, key HMAC), in-process: ${(((performance.now() - t) / verifyOnly.length) * 1000).toFixed(0)} µs each`,
  );
  t = performance.now();
  for (let i = 0; i < 200; i++) await submissionChallenge(settings);
  console.log(
    `challenge creation alone (one PBKDF2 of 1000 rounds, two HMACs), in-process: ${(((performance.now() - t) / 200) * 1000).toFixed(0)} µs each`,
  );

  // A 10 MiB upload (issue 12, "Performance"), to a server in a process of its own (the server as
  // `npm start` runs it, on this database), whose peak resident set is read from /proc before and
  // after: streamed, the upload should add far less than its own size.
  const server = spawnServer({ DATABASE_URL: database.url, PUBLIC_UPLOADS_PER_HOUR: '1000' });
  try {
    const url = await server.started;
    const rss = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))![1]) / 1024;
    const upload = async (megabytes: number, type: string, name: string, bytes: Buffer) => {
      const body = new FormData();
      body.append('file', new Blob([bytes], { type }), name);
      const before = rss();
      let peak = before;
      const timer = setInterval(() => (peak = Math.max(peak, rss())), 2);
      const status = (await fetch(`${url}/uploads`, { method: 'POST', body })).status;
      clearInterval(timer);
      peak = Math.max(peak, rss());
      return `${megabytes} MiB ${name}: HTTP ${status}; the server process's RSS ${before.toFixed(1)} MiB, at its peak +${(peak - before).toFixed(1)} MiB`;
    };
    // Warm-up: the first upload loads busboy, file-type and sharp.
    await upload(1, 'application/pdf', 'warm-up.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2 ** 20)]));
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(10 * 2 ** 20), Buffer.from('\n%%EOF\n')]);
    console.log(await upload(10, 'application/pdf', 'bench.pdf', pdf));
    const pdf20 = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(19 * 2 ** 20), Buffer.from('\n%%EOF\n')]);
    console.log(await upload(19, 'application/pdf', 'bench-19.pdf', pdf20));
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
} finally {
  for (const app of apps.reverse()) await app.stop();
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}
