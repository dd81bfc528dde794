import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import {
  execute,
  GraphQLError,
  Kind,
  subscribe,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { inOrganisation, NO_ORGANISATION } from '../db/organisation-scope.js';
import { appendAudit } from '../modules/audit/audit.service.js';
import { authenticate, publicBodyHeader, type Credentials } from '../modules/auth/authenticate.js';
import { tokenHash } from '../modules/auth/session.service.js';
import type { LiveEventHub } from '../modules/live-events/live-event-hub.js';
import { DomainError } from '../modules/shared/domain-error.js';
import { buildContext, type Context, type ContextServices } from './context.js';
import { toGraphQLError } from './domain-errors.js';
import { parseLimited, validateLimited, withoutSuggestions } from './limits.js';
import { liveFieldOf, liveFrames, subscribeLive } from './live-subscriptions.js';
import { findUnsafeInput, unsafeInputError } from './unsafe-text.js';

type Extra = Partial<Omit<Credentials, 'sessionExpiresAt'>>;

const mutationRefused = () =>
  toGraphQLError(
    new DomainError('BAD_USER_INPUT', 'การแก้ไขข้อมูลต้องส่งผ่าน HTTP', 'Mutations are sent over HTTP (POST /graphql), not over the WebSocket'),
  );

/**
 * GraphQL over WebSocket (graphql-ws) at /graphql, on the HTTP server's port: each socket is
 * authenticated as it opens and registered with its session, so that it is closed when the session
 * ends; subscriptions to the hub's fields are handed to the LiveEventHub. Returns what disposes of
 * every socket (Apollo's drain calls it).
 */
/** The body an operation's caller works for: the user's, or the API token's; none without credentials. */
const bodyOf = (context: Context): string => context.user?.organisationCode ?? context.apiToken?.organisationCode ?? NO_ORGANISATION;

export function serveWebSocket(
  httpServer: Server,
  schema: GraphQLSchema,
  services: ContextServices,
  liveEvents: LiveEventHub<ExecutionResult>,
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): Disposable {
  const production = services.config.env === 'production';
  // Issue 6: WebSocket messages are capped like request bodies.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 1024 * 1024 });
  // Issue 15, item 5: each operation's socket and subscription id, for the hub's results to be
  // written there as one serialised frame per audience (live-subscriptions.ts), not by graphql-ws.
  const frameWriter = liveFrames(formatError);
  const writers = new WeakMap<object, (result: ExecutionResult) => void>();
  return useServer<Record<string, unknown>, Extra>(
    {
      schema,
      // The upgrade request carries the session cookie, as HTTP requests do.
      // An API token comes as connectionParams.authorization (`Bearer <token>`).
      // Issue 6: a socket must authenticate (session cookie or API token) in its first 3 s, or it is closed.
      connectionInitWaitTimeout: 3_000,
      onConnect: async (ctx) => {
        const credentials = await authenticate(services, {
          cookie: ctx.extra.request.headers.cookie,
          authorization: ctx.connectionParams?.authorization,
          body: ctx.extra.request.headers[publicBodyHeader],
        });
        if (!credentials.user && !credentials.apiToken) return false; // closed with 4403 Forbidden
        Object.assign(ctx.extra, credentials);
        // The socket lives as long as its session: it is closed (4403) when the session ends by
        // sign-out, expiry or idleness, or when its user is disabled (live-sessions.ts).
        if (credentials.user && credentials.sessionToken && credentials.sessionExpiresAt) {
          liveEvents.sessions.open(tokenHash(credentials.sessionToken), credentials.sessionExpiresAt, ctx.extra.socket);
        }
        return true;
      },
      context: (ctx, id) => {
        const context = buildContext(services, {
          requestId: randomUUID(),
          user: ctx.extra.user ?? null,
          sessionToken: ctx.extra.sessionToken ?? null,
          apiToken: ctx.extra.apiToken ?? null,
          authError: ctx.extra.authError ?? null,
        });
        writers.set(context, frameWriter(ctx.extra.socket, id));
        return context;
      },
      // The same limits as over HTTP (limits.ts).
      parse: parseLimited,
      validate: (schemaToValidate, document) => validateLimited(schemaToValidate, document, production),
      onError: (_ctx, _id, _payload, errors) =>
        production ? errors.map((error) => new GraphQLError(withoutSuggestions(error.message), { extensions: error.extensions })) : errors,
      // Mutations go over HTTP, where every one is put on the audit trail (audited-mutations.ts).
      onSubscribe: (_ctx, _id, payload) => {
        // Issue 9, item 14: U+0000 and lone surrogates are refused here as over HTTP.
        const unsafe = findUnsafeInput(payload, '');
        if (unsafe) return [unsafeInputError(unsafe)];
        let document: DocumentNode;
        try {
          document = parseLimited(payload.query);
        } catch (error) {
          // A syntax error, or too many tokens: answered as an error message, the socket stays open.
          return [error instanceof GraphQLError ? error : new GraphQLError('Syntax Error')];
        }
        const mutation = document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation');
        if (mutation) return [mutationRefused()];
      },
      // The hub's fields are fanned out once per audience, each audience's result serialised once
      // and written to its sockets (so onNext below never sees them); anything else as graphql-js does it.
      // Issue 13: every operation of the socket runs in its caller's body (row-level security's
      // scope), as a request does over HTTP.
      execute: (args) => inOrganisation(bodyOf(args.contextValue as Context), () => execute(args)),
      subscribe: (args) =>
        inOrganisation(bodyOf(args.contextValue as Context), () => {
          const live = liveFieldOf(args.document);
          return live ? subscribeLive(liveEvents, services, args, live, writers.get(args.contextValue as object)) : subscribe(args);
        }),
      // The same error formatting as over HTTP: codes kept, internals masked (live-subscriptions.ts does it for the hub's).
      onNext: async (_ctx, _id, _payload, args, result) => {
        const context = args.contextValue as Context;
        if (context.auditTrail.length) await inOrganisation(bodyOf(context), () => appendAudit(context.em, context.auditTrail.splice(0)));
        if (!('errors' in result) || !result.errors) return result;
        return { ...result, errors: result.errors.map((error) => formatError(error, error) as GraphQLError) };
      },
    },
    wsServer,
  );
}
