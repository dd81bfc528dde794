import type { Response } from 'express';
import { errorExtensions } from '../graphql/domain-errors.js';
import { DomainError, type ErrorCode } from '../modules/shared/domain-error.js';

/** The HTTP status of each code a route may answer with; any other is a 500. */
const statusOf: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  RATE_LIMITED: 429,
  SECOND_FACTOR_REQUIRED: 401,
};

/** The HTTP status a route answers a domain error's code with (500 for one no route should meet). */
export function httpStatusOf(code: ErrorCode): number {
  return statusOf[code] ?? 500;
}

/**
 * A route's refusal as JSON in the API's error shape, with the matching HTTP status. Anything but a
 * DomainError is rethrown, for express's error handler to answer (a 500, logged: error-handler.ts).
 */
export function sendError(res: Response, error: unknown): void {
  if (!(error instanceof DomainError)) throw error;
  res.status(statusOf[error.code] ?? 500).json({ errors: [{ message: error.message, extensions: errorExtensions(error) }] });
}
