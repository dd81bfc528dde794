import { inOrganisation, NO_ORGANISATION } from '../db/organisation-scope.js';
import { execute, GraphQLError, Kind, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
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

/**
 * Hands a subscription of a hub field to the LiveEventHub, which decides who receives each event;
 * the hub renders an event for an audience by executing this document once, with a context whose
 * reads run where the hub says (the snapshot its audience was decided on). A caller refused (by
 * the token allow-list or the hub) is answered with the error, as graphql-js answers a refused
 * subscription.
 */
export function subscribeLive(
  hub: LiveEventHub<ExecutionResult>,
  services: ContextServices,
  args: ExecutionArgs,
  { field, topic }: LiveField,
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
    return hub.subscribe({ topic, caller: context, sessionToken: context.sessionToken, ...subscriptionShape(args), render });
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: [error] };
    if (error instanceof DomainError) return { errors: [toGraphQLError(error)] };
    throw error;
  }
}
