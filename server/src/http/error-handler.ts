import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger.js';

const messages: Record<string, [string, string]> = {
  PAYLOAD_TOO_LARGE: ['คำขอมีขนาดใหญ่เกินกำหนด (1 MB)', 'The request is larger than 1 MB'],
  BAD_REQUEST: ['คำขอไม่ถูกต้อง', 'The request is malformed'],
  INTERNAL_SERVER_ERROR: ['เกิดข้อผิดพลาดในระบบ', 'Internal error'],
};

/**
 * Errors outside GraphQL (a body over the limit, malformed JSON, a route that failed): a JSON
 * answer with a code, never express's page with a stack trace.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { status?: number; statusCode?: number; type?: string }, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 500) logger.error({ err: error }, 'unexpected error outside GraphQL');
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    res.status(status).json({ errors: [{ message: messages[code].join(' — '), extensions: { code } }] });
  };
}
