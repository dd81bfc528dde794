import { GraphQLError } from 'graphql';

/** The contract's error codes (shared/contract/README.md, "Meanings"). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_TRANSITION';

/**
 * An error a clerk can act on: a stable code, and the message in Thai first, then English. Clients
 * that show one language read `extensions.messageTh` / `extensions.messageEn`.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, messageTh: string, messageEn: string, details: Record<string, unknown> = {}) {
    super(`${messageTh} — ${messageEn}`, { extensions: { code, messageTh, messageEn, ...details } });
  }
}

export const unauthenticated = () =>
  new AppError('UNAUTHENTICATED', 'กรุณาเข้าสู่ระบบก่อน', 'Please sign in first');

export const forbidden = (actionTh: string, actionEn: string) =>
  new AppError('FORBIDDEN', `บทบาทของท่านไม่มีสิทธิ์${actionTh}`, `Your role may not ${actionEn}`);

/** Also the answer for a complaint the caller may not see: the two must be indistinguishable. */
export const complaintNotFound = (id: string) =>
  new AppError('NOT_FOUND', 'ไม่พบเรื่องร้องเรียนนี้', `No complaint with id ${id}`, { id });

export const badInput = (field: string, messageTh: string, messageEn: string) =>
  new AppError('BAD_USER_INPUT', messageTh, messageEn, { field });

export const conflict = (currentVersion: number | null) =>
  new AppError(
    'CONFLICT',
    'เรื่องนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดข้อมูลล่าสุดแล้วลองอีกครั้ง',
    'Someone else changed this complaint; reload it and try again',
    { currentVersion },
  );

export const invalidTransition = (stage: string, messageTh: string, messageEn: string) =>
  new AppError('INVALID_TRANSITION', messageTh, messageEn, { stage });
