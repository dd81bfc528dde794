import { GraphQLScalarType, type ValueNode } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { earliestInstant as earliest } from '@rongrian/schema/input-rules';
import { DomainError } from '../modules/shared/domain-error.js';
import { toGraphQLError } from './domain-errors.js';

/**
 * The earliest instant any input may name: 1 January B.E. 2500 (1957) at midnight in Bangkok
 * (schema/input-rules.js, which the web app's forms check too). No complaint or event of a body
 * using Rongrian lies before it; graphql-scalars' DateTimeISO alone accepts `0001-01-01`.
 */
export const earliestInstant = new Date(earliest);

function bounded(instant: Date): Date {
  if (instant.getTime() < earliestInstant.getTime()) {
    // A GraphQLError as it is: graphql-js reports a literal's as given, and over the WebSocket
    // validation errors leave without the formatter.
    throw toGraphQLError(
      new DomainError(
        'BAD_USER_INPUT',
        'วันเวลาต้องไม่ก่อนวันที่ 1 มกราคม พ.ศ. 2500',
        `Instants before ${earliestInstant.toISOString()} (1 January 1957, B.E. 2500, in Bangkok) are refused`,
      ),
    );
  }
  return instant;
}

/** An instant as `Date.prototype.toISOString` writes it, which is what the API sends. */
const wireFormat = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Every instant the API takes (receivedAt, incidentAt, at …) is this scalar: DateTimeISO, the same
 * name and wire format, refusing instants before `earliestInstant` while the document's variables
 * and literals are coerced, so no resolver ever sees one.
 */
export const InstantScalar = new GraphQLScalarType<Date, string>({
  ...GraphQLDateTimeISO.toConfig(),
  // Issue 15, item 1: a hot read may select an instant already as this wire format (`isoInstant`
  // in db/sql.ts); it is sent as it came, without a round trip through Date.
  serialize: (value: unknown) =>
    typeof value === 'string' && wireFormat.test(value) ? value : (GraphQLDateTimeISO.serialize(value) as string),
  description: `${GraphQLDateTimeISO.description} Inputs before 1957-01-01T00:00:00+07:00 (B.E. 2500) are refused with BAD_USER_INPUT.`,
  parseValue: (value: unknown) => bounded(GraphQLDateTimeISO.parseValue(value) as Date),
  parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) =>
    bounded(GraphQLDateTimeISO.parseLiteral(ast, variables) as Date),
});
