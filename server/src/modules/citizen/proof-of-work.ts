import { createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { firstRow, sql } from '../../db/sql.js';
import { badInput } from '../shared/domain-error.js';

/**
 * Issue 12, item 5: the website form's proof of work, with ALTCHA (altcha-lib, its v2 challenges).
 * The server signs a challenge (`submissionChallenge`); the browser finds the counter whose
 * PBKDF2 key starts with the challenge's prefix (client/src/features/proof-of-work); the server
 * checks the signature, the expiry and the key, and that the challenge was not used before.
 *
 * What travels: the challenge as altcha-lib's `Challenge` in JSON, and the proof as the ALTCHA
 * widget's payload, base64 of the JSON `{ challenge, solution }`, so that the ALTCHA widget could
 * be used as well as our own solver.
 */
export const proofOfWorkAlgorithm = 'PBKDF2/SHA-256';

/**
 * PBKDF2 rounds of one attempt. Enough that the work, not the Web Crypto call's overhead, is what
 * an attempt costs: a browser then pays what a script outside one pays (README, "Proof of work").
 */
export const proofOfWorkCost = 1_000;

/** How long a challenge may be solved and sent: a form is sent right after it is solved. */
export const challengeMinutes = 10;

export interface ProofOfWorkSettings {
  enabled: boolean;
  /** The highest counter: the solver tries at most this many keys, and at least half as many. */
  maxNumber: number;
  /** The HMAC key (PROOF_OF_WORK_KEY or the one kept in the database, withProofOfWorkKey). */
  key: Buffer | null;
}

/** The two HMAC secrets altcha-lib wants, derived from the one key: the challenge's, the derived key's. */
function secretsOf(settings: ProofOfWorkSettings) {
  if (!settings.key) throw new Error('the proof of work is on but has no key (withProofOfWorkKey was not called)');
  const derive = (purpose: string) => createHmac('sha256', settings.key!).update(`rongrian proof of work: ${purpose}`).digest('hex');
  return { hmacSignatureSecret: derive('challenge'), hmacKeySignatureSecret: derive('derived key') };
}

/**
 * The key when PROOF_OF_WORK_KEY is not set: made once by the first server (32 random bytes) and
 * kept in the database, where every server of the deployment reads the same one.
 */
export async function keptProofOfWorkKey(em: EntityManager): Promise<Buffer> {
  const row = await firstRow<{ secret: Buffer }>(
    em,
    sql`with made as (
          insert into proof_of_work_key (id, secret) values (1, ${randomBytes(32)}) on conflict (id) do nothing returning secret
        )
        select secret from made union all select secret from proof_of_work_key where id = 1 limit 1`,
  );
  return row!.secret;
}

/** A signed challenge for the website form, as JSON; null when the proof of work is off. */
export async function submissionChallenge(settings: ProofOfWorkSettings, now = new Date()): Promise<string | null> {
  if (!settings.enabled) return null;
  const challenge = await createChallenge({
    algorithm: proofOfWorkAlgorithm,
    cost: proofOfWorkCost,
    // Deterministic mode: the server derives the key of a random counter and asks for its prefix.
    counter: randomInt(settings.maxNumber, Math.ceil(settings.maxNumber / 2)),
    deriveKey,
    expiresAt: new Date(now.getTime() + challengeMinutes * 60_000),
    ...secretsOf(settings),
  });
  return JSON.stringify(challenge);
}

const refused = (th: string, en: string) =>
  badInput(
    'proofOfWork',
    `${th} กรุณากดส่งอีกครั้ง เครื่องของท่านจะตรวจสอบใหม่ให้เอง (ข้อมูลที่กรอกไว้ยังไม่ถูกส่ง)`,
    `${en}; send the form again and your browser will do the check anew (nothing was sent)`,
  );

interface ProofPayload {
  challenge: Challenge;
  solution: Solution;
}

/** The ALTCHA payload in `proof`, or null when it is not one. */
function payloadOf(proof: string): ProofPayload | null {
  try {
    const payload = JSON.parse(Buffer.from(proof, 'base64').toString('utf8')) as Partial<ProofPayload> | null;
    const parameters = payload?.challenge?.parameters;
    if (!parameters || typeof parameters !== 'object' || typeof parameters.nonce !== 'string') return null;
    if (typeof payload!.challenge!.signature !== 'string' || !payload!.solution || typeof payload!.solution !== 'object') return null;
    return payload as ProofPayload;
  } catch {
    return null;
  }
}

/**
 * The stateless part of the check: the proof is an ALTCHA payload of a challenge this deployment
 * signed, not expired, whose derived key is right. Answers the challenge's nonce and expiry.
 */
export async function checkProof(
  settings: ProofOfWorkSettings,
  proof: string | null | undefined,
): Promise<{ nonce: string; expiresAt: number }> {
  if (!proof) {
    throw refused(
      'แบบฟอร์มนี้ยังไม่ผ่านการตรวจสอบป้องกันการส่งอัตโนมัติ',
      'The form came without its proof of work (the check against automated sending)',
    );
  }
  const payload = payloadOf(proof);
  const result = payload
    ? await verifySolution({ challenge: payload.challenge, solution: payload.solution, deriveKey, ...secretsOf(settings) }).catch(
        () => null,
      )
    : null;
  if (result?.expired) {
    throw refused(
      `การตรวจสอบป้องกันการส่งอัตโนมัติหมดเวลาแล้ว (ใช้ได้ ${challengeMinutes} นาทีหลังตรวจสอบ)`,
      `The proof of work expired (it is good for ${challengeMinutes} minutes)`,
    );
  }
  if (!payload || !result?.verified || typeof payload.challenge.parameters.expiresAt !== 'number') {
    throw refused('การตรวจสอบป้องกันการส่งอัตโนมัติไม่ถูกต้อง', 'The proof of work is not valid');
  }
  return { nonce: payload.challenge.parameters.nonce, expiresAt: payload.challenge.parameters.expiresAt };
}

/**
 * Issue 12, item 5: keeps a checked proof's challenge in `spent_challenge` on the submission's
 * own transaction, or refuses it as used before (BAD_USER_INPUT, field `proofOfWork`): two sends
 * of one proof at once wait on the row, and only one complaint is recorded. When the submission
 * is refused after this (a required field), the proof stays unspent and may be sent again.
 * Expired rows go on the way (verifySolution refuses an expired challenge before this).
 */
export async function spendProof(tx: EntityManager, { nonce, expiresAt }: { nonce: string; expiresAt: number }): Promise<void> {
  const spent = await firstRow<{ nonce: string }>(
    tx,
    // The expired rows are taken `skip locked`: two submissions never wait on each other's clean-up.
    sql`with expired as (
          delete from spent_challenge where nonce in (select nonce from spent_challenge where expires_at < now() for update skip locked)
        )
        insert into spent_challenge (nonce, expires_at) values (${nonce}, to_timestamp(${expiresAt}))
        on conflict (nonce) do nothing returning nonce`,
  );
  if (!spent) {
    throw refused('การตรวจสอบป้องกันการส่งอัตโนมัตินี้ใช้ส่งเรื่องไปแล้ว', 'This proof of work was already used to send a complaint');
  }
}
