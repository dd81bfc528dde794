/**
 * The contract's error codes (shared/contract/README.md, "Meanings"). RATE_LIMITED is the code
 * release 2 of the contract adds; nothing raises it yet.
 */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'INVALID_TRANSITION' | 'RATE_LIMITED' | SecondFactorCode;

/** Issue 11, item 3: the password was right; sign-in needs the account's TOTP or a recovery code too. */
type SecondFactorCode = 'SECOND_FACTOR_REQUIRED';

/**
 * A refusal a clerk can act on: a stable code, the message in Thai and in English, and details
 * that say more (`field`, `currentVersion`, `stage`, `id` …). It knows no transport: GraphQL and
 * the HTTP routes turn it into their answers (graphql/domain-errors.ts, http/send-error.ts).
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    readonly messageTh: string,
    readonly messageEn: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    // Thai first, then English: what a client that shows one text shows.
    super(`${messageTh} — ${messageEn}`);
  }
}

export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'กรุณาเข้าสู่ระบบก่อน', 'Please sign in first');

export const forbidden = (actionTh: string, actionEn: string) =>
  new DomainError('FORBIDDEN', `บทบาทของท่านไม่มีสิทธิ์${actionTh}`, `Your role may not ${actionEn}`);

/** Also the answer for a complaint the caller may not see: the two must be indistinguishable. */
export const complaintNotFound = (id: string) => new DomainError('NOT_FOUND', 'ไม่พบเรื่องร้องเรียนนี้', `No complaint with id ${id}`, { id });

export const badInput = (field: string, messageTh: string, messageEn: string) =>
  new DomainError('BAD_USER_INPUT', messageTh, messageEn, { field });

export const conflict = (currentVersion: number | null) =>
  new DomainError(
    'CONFLICT',
    'เรื่องนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดข้อมูลล่าสุดแล้วลองอีกครั้ง',
    'Someone else changed this complaint; reload it and try again',
    { currentVersion },
  );

export const invalidTransition = (stage: string, messageTh: string, messageEn: string) =>
  new DomainError('INVALID_TRANSITION', messageTh, messageEn, { stage });
