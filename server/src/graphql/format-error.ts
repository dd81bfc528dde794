import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { Logger } from '../logger.js';
import { domainErrorIn, errorExtensions } from './domain-errors.js';
import { constraintTh, fieldLabelTh } from './field-labels.js';
import { withoutSuggestions } from './limits.js';

/** Codes that describe the request, not the server: they go out as they are. */
const requestErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

interface FieldProblem {
  field: string;
  problems: string[];
  /** Issue 14, item 7: the field and its problems in Thai, no internal name ("เรื่อง: ยาวได้ไม่เกิน 500 ตัวอักษร"). */
  messageTh: string;
}

/** class-validator nests the errors of nested inputs; the client wants one list with paths. */
function flattenValidation(item: ValidationError, prefix = ''): FieldProblem[] {
  const field = prefix ? `${prefix}.${item.property}` : item.property;
  const own = item.constraints
    ? [
        {
          field,
          problems: Object.values(item.constraints),
          messageTh: `${fieldLabelTh(field)}: ${Object.entries(item.constraints)
            .map(([constraint, message]) => constraintTh(constraint, message))
            .join(' และ ')}`,
        },
      ]
    : [];
  return [...own, ...(item.children ?? []).flatMap((child) => flattenValidation(child, field))];
}

/**
 * The one place errors become responses (style.md, rule 6). Known errors keep their code and
 * message; invalid input names the fields and their problems; anything else leaves as a generic
 * error with a correlation id that points to the full error in the log — never SQL or a stack.
 */
export function createErrorFormatter(logger: Logger, production = false) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const domain = domainErrorIn(original);
    if (domain)
      return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: errorExtensions(domain) };
    if (original instanceof ArgumentValidationError) {
      const fields = original.extensions.validationErrors.flatMap((item) => flattenValidation(item));
      const summary = fields.map((entry) => `${entry.field}: ${entry.problems.join(', ')}`).join('; ');
      const messageTh = `ข้อมูลไม่ถูกต้อง ${fields.map((entry) => entry.messageTh).join('; ')}`;
      return {
        message: `${messageTh} — Invalid input: ${summary}`,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'BAD_USER_INPUT', messageTh, messageEn: `Invalid input: ${summary}`, fields, field: fields[0]?.field },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && requestErrorCodes.has(code)) {
      const message = production ? withoutSuggestions(formatted.message) : formatted.message;
      return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    const correlationId = randomUUID();
    logger.error({ err: original, correlationId, path: formatted.path }, 'unexpected error');
    return {
      message: `เกิดข้อผิดพลาดในระบบ (รหัสอ้างอิง ${correlationId}) — Internal error (reference ${correlationId})`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
    };
  };
}
