import { inOrganisation, NO_ORGANISATION } from '../db/organisation-scope.js';
import {
  execute,
  GraphQLError,
  Kind,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
} from 'graphql';
import type { ComplaintEvent } from '../modules/live-events/live-event.js';
import type { LiveEventHub, Render } from '../modules/live-events/live-event-hub.js';
import { DomainError } from '../modules/shared/domain-error.js';
import { buildContext, type Context, type ContextServices } from './context.js';
import { toGraphQLError } from './domain-errors.js';
import { subscriptionShape } from './subscription-shape.js';
import { requireTokenReach } from './token-gate.js';

/** The subscription fields the hub serves, by the topic of their events. */
const liveFields: Record<string, ComplaintEvent['topic']> = { alerts: 'alert', complaintChanges: 'change' };

export interface LiveField {
  field: string;
  topic: ComplaintEvent['topic'];
}

/** The hub's field and topic when the document subscribes to one (alerts, complaintChanges). */
export function liveFieldOf(document: DocumentNode): LiveField | undefined {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'subscription') continue;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind === Kind.FIELD && liveFields[selection.name.value])
        return { field: selection.name.value, topic: liveFields[selection.name.value] };
    }
  }
  return undefined;
}

/** How many `next` payloads were serialised (tests: once per audience, not once per socket). */
export const liveSerialisations = { count: 0 };

/**
 * Issue 15, item 5 (stack.md: graphql-ws stringifies a result per subscriber): the `next` frames of
 * the hub's results. A result is serialised once, on its first frame, with its errors formatted as
 * over HTTP, and encoded once as UTF-8; every subscriber of its audience (the hub hands them all the
 * same object) is written those bytes with only its own subscription id before them, byte for byte
 * the text frame graphql-ws would send: `{"id":<id>,"type":"next","payload":<the result>}`.
 */
export function liveFrames(formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError) {
  const payloads = new WeakMap<ExecutionResult, Buffer>();
  const closing = Buffer.from('}');
  const payloadOf = (result: ExecutionResult): Buffer => {
    let payload = payloads.get(result);
    if (payload === undefined) {
      liveSerialisations.count++;
      const formatted = result.errors ? { ...result, errors: result.errors.map((error) => formatError(error, error)) } : result;
      payload = Buffer.from(JSON.stringify(formatted));
      payloads.set(result, payload);
    }
    return payload;
  };
  /** What writes a subscription's results to its socket. */
  return (socket: { readonly readyState: number; send(data: Buffer, options: { binary: boolean }): void }, id: string) => {
    const head = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
    return (result: ExecutionResult) => {
      // As graphql-ws does: nothing to a socket that is closing (1 = OPEN). A text frame, as graphql-ws sends.
      if (socket.readyState !== 1) return;
      const payload = payloadOf(result);
      socket.send(Buffer.concat([head, payload, closing], head.length + payload.length + 1), { binary: false });
    };
  };
}

/**
 * Hands a subscription of a hub field to the LiveEventHub, which decides who receives each event;
 * the hub renders an event for an audience by executing this document once, with a context whose
 * reads run where the hub says (the snapshot its audience was decided on). A caller refused (by
 * the token allow-list or the hub) is answered with the error, as graphql-js answers a refused
 * subscription. With `deliver` (websocket.ts: a `liveFrames` writer), results go straight to the
 * socket and the returned iterator only ends the subscription.
 */
export function subscribeLive(
  hub: LiveEventHub<ExecutionResult>,
  services: ContextServices,
  args: ExecutionArgs,
  { field, topic }: LiveField,
  deliver?: (result: ExecutionResult) => void,
): AsyncIterableIterator<ExecutionResult> | ExecutionResult {
  const context = args.contextValue as Context;
  // Issue 13: an audience's rendering reads in its own body (row-level security's scope).
  const render: Render<ExecutionResult> = (root, reader) =>
    inOrganisation(reader.user?.organisationCode ?? NO_ORGANISATION, async () => {
      const readerContext = buildContext(services, { requestId: reader.requestId, user: reader.user, sessionToken: null }, reader.em);
      const result = (await execute({ ...args, contextValue: readerContext, rootValue: root })) as ExecutionResult;
      return { result, reads: readerContext.auditTrail, ok: !result.errors?.length };
    });
  try {
    // The hub's fields do not pass through their resolvers: the token allow-list is asked here (issue 9, item 6).
    requireTokenReach(context, `Subscription.${field}`);
    return hub.subscribe({ topic, caller: context, sessionToken: context.sessionToken, ...subscriptionShape(args), render, deliver });
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: [error] };
    if (error instanceof DomainError) return { errors: [toGraphQLError(error)] };
    throw error;
  }
}
