import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import helmet from 'helmet';
import { GraphQLError, Kind, subscribe, type DocumentNode, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import type { Health } from '../health-check.js';
import { statementsSoFar, withStatementTally } from '../db/sql-statements.js';
import type { AlertHub } from '../modules/alerts/alert-hub.js';
import { auditPlugin } from '../modules/audit/audit.plugin.js';
import { appendAudit } from '../modules/audit/audit.service.js';
import { hubFields, type ComplaintEvent } from '../modules/alerts/alert.types.js';
import type { TokenCaller } from '../modules/api-tokens/api-token.types.js';
import type { SessionUser } from '../modules/auth/session-user.js';
import { documentRoutes } from '../modules/documents/document.routes.js';
import type { PdfRenderer } from '../modules/documents/pdf-renderer.js';
import { itaCsvRoute, registerExportRoute, statisticsExportRoute } from '../modules/reports/report.routes.js';
import { authenticate } from '../modules/auth/authenticate.js';
import { tokenHash } from '../modules/auth/session.service.js';
import { buildContext, type Context, type ContextServices } from './context.js';
import { AppError } from './errors.js';
import { createErrorFormatter } from './format-error.js';
import { requireTokenReach } from './token-gate.js';
import { DocumentStore } from './document-store.js';
import { limitRules, limits, parseLimited, refuseLongDocument, validateLimited, withoutSuggestions } from './limits.js';
import { findUnsafeInput, refuseUnsafeRequest, unsafeInputError } from './unsafe-text.js';

export interface GraphQLServer {
  httpServer: Server;
  listen(): Promise<string>;
  /** Stops taking requests, lets the ones in flight finish, closes every WebSocket. */
  stop(): Promise<void>;
}

/** The hub's topic when the document subscribes to one of its fields (alerts, complaintChanges). */
function hubFieldOf(document: DocumentNode): { field: string; topic: ComplaintEvent['topic'] } | undefined {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'subscription') continue;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind === Kind.FIELD && hubFields[selection.name.value]) return { field: selection.name.value, topic: hubFields[selection.name.value] };
    }
  }
  return undefined;
}

/** Logs every operation with its duration and SQL statement count; tests read the count too. */
function requestLogPlugin(config: Config): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName, errors }) {
          const statements = statementsSoFar();
          if (config.env !== 'production') response.http.headers.set('x-sql-statements', String(statements));
          contextValue.logger.info(
            {
              operation: operationName,
              ms: Math.round(performance.now() - started),
              statements,
              errors: errors?.map((error) => error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql',
          );
        },
      };
    },
  };
}

/**
 * One HTTP server on one port: the GraphQL API over HTTP (Apollo Server, express 5 integration)
 * and WebSocket (graphql-ws) at /graphql, and the built web app at / with an SPA fallback.
 */
export async function createGraphQLServer(
  schema: GraphQLSchema,
  services: ContextServices,
  alerts: AlertHub,
  renderer: PdfRenderer,
  health: () => Promise<Health>,
): Promise<GraphQLServer> {
  const { config, logger } = services;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer = createServer(app);

  const production = config.env === 'production';
  const formatError = createErrorFormatter(logger, production);
  // Issue 6: WebSocket messages are capped like request bodies.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 1024 * 1024 });
  type Extra = { user?: SessionUser | null; sessionToken?: string | null; apiToken?: TokenCaller | null; authError?: AppError | null };
  const wsCleanup = useServer<Record<string, unknown>, Extra>(
    {
      schema,
      // The upgrade request carries the session cookie, as HTTP requests do.
      // An API token comes as connectionParams.authorization (`Bearer <token>`).
      // Issue 6: a socket must authenticate (session cookie or API token) in its first 3 s, or it is closed.
      connectionInitWaitTimeout: 3_000,
      onConnect: async (ctx) => {
        const credentials = await authenticate(services, { cookie: ctx.extra.request.headers.cookie, authorization: ctx.connectionParams?.authorization });
        if (!credentials.user && !credentials.apiToken) return false; // closed with 4403 Forbidden
        Object.assign(ctx.extra, credentials);
        // The socket lives as long as its session: it is closed (4403) when the session ends by
        // sign-out, expiry or idleness, or when its user is disabled (live-sessions.ts).
        if (credentials.user && credentials.sessionToken && credentials.sessionExpiresAt) {
          alerts.sessions.open(tokenHash(credentials.sessionToken), credentials.sessionExpiresAt, ctx.extra.socket);
        }
        return true;
      },
      context: (ctx) =>
        buildContext(services, {
          requestId: randomUUID(),
          user: ctx.extra.user ?? null,
          sessionToken: ctx.extra.sessionToken ?? null,
          apiToken: ctx.extra.apiToken ?? null,
          authError: ctx.extra.authError ?? null,
        }),
      // The same limits as over HTTP (limits.ts).
      parse: parseLimited,
      validate: (schemaToValidate, document) => validateLimited(schemaToValidate, document, production),
      onError: (_ctx, _id, _payload, errors) =>
        production ? errors.map((error) => new GraphQLError(withoutSuggestions(error.message), { extensions: error.extensions })) : errors,
      // Mutations go over HTTP, where every one is put on the audit trail (audit.plugin.ts).
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
        if (mutation) {
          return [new AppError('BAD_USER_INPUT', 'การแก้ไขข้อมูลต้องส่งผ่าน HTTP', 'Mutations are sent over HTTP (POST /graphql), not over the WebSocket')];
        }
      },
      // The hub's fields are fanned out once per audience; anything else as graphql-js does it.
      subscribe: (args) => {
        const hub = hubFieldOf(args.document);
        if (!hub) return subscribe(args);
        // The hub's fields do not pass through their resolvers: the token allow-list is asked here (issue 9, item 6).
        try {
          requireTokenReach(args.contextValue as Context, `Subscription.${hub.field}`);
        } catch (error) {
          return { errors: [error as GraphQLError] };
        }
        return alerts.subscribe(args, hub.topic);
      },
      // The same error formatting as over HTTP: codes kept, internals masked.
      onNext: async (_ctx, _id, _payload, args, result) => {
        const context = args.contextValue as Context;
        if (context.auditTrail.length) await appendAudit(context.em, context.auditTrail.splice(0));
        if (!('errors' in result) || !result.errors) return result;
        return { ...result, errors: result.errors.map((error) => formatError(error, error) as GraphQLError) };
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    parseOptions: { maxTokens: limits.tokens },
    validationRules: limitRules,
    // Issue 9, item 16: parsed documents are cached within a bound of what they hold (document-store.ts);
    // no client uses persisted queries, so no second cache of query texts either.
    documentStore: new DocumentStore(),
    persistedQueries: false,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.env !== 'production',
    csrfPrevention: true,
    // main.ts owns shutdown (drain, close the pool, stop the embedded database, exit 0).
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
      // Per-field cache hints cost 2× on a 400-card board and no response cache uses them (issue 2).
      ApolloServerPluginCacheControlDisabled(),
      // The web app lives at /; no landing page that would load code from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // The audit entry is written before the request is logged, so that its statement is counted.
      auditPlugin(),
      requestLogPlugin(config),
    ],
  });
  await apollo.start();

  // Issue 6: security headers on every response. No inline scripts or styles anywhere in the web
  // app, so the policy allows none; the WebSocket is same-origin ('self').
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  // Issue 9, item 14: no query string of any route may carry U+0000 or a lone surrogate.
  app.use(refuseUnsafeRequest);
  // Polled by load balancers and Docker: 503 while the database does not answer (health-check.ts).
  app.get('/health', async (_req, res) => {
    const state = await health();
    res.setHeader('cache-control', 'no-store');
    res.status(state.status === 'ok' ? 200 : 503).json(state);
  });
  app.get('/reports/ita/:file', itaCsvRoute(services));
  app.get('/exports/statistics.:format', statisticsExportRoute(services));
  app.get('/exports/:file', registerExportRoute(services));
  const documents = documentRoutes(services, renderer);
  app.get('/documents/complaints/:id/:document', documents.complaintDocument);
  app.get('/documents/notices/:file', documents.noticeDocument);
  app.get('/documents/statistics/:file', documents.statisticsDocument);
  app.use(
    '/graphql',
    (_req, res, next) => {
      // API answers are personal: never kept by a browser or a proxy.
      res.setHeader('cache-control', 'no-store');
      next();
    },
    express.json({ limit: '1mb' }),
    refuseLongDocument,
    refuseUnsafeRequest,
    (_req, _res, next) => withStatementTally(() => next()),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const credentials = await authenticate(services, { cookie: req.headers.cookie, authorization: req.headers.authorization });
        return buildContext(services, { requestId: randomUUID(), ...credentials, http: { req, res } });
      },
    }),
  );

  // Errors outside GraphQL (a body over the limit, malformed JSON): a JSON answer with a code, never
  // express's page with a stack trace.
  app.use((error: { status?: number; statusCode?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 500) logger.error({ err: error }, 'unexpected error outside GraphQL');
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const messages: Record<string, [string, string]> = {
      PAYLOAD_TOO_LARGE: ['คำขอมีขนาดใหญ่เกินกำหนด (1 MB)', 'The request is larger than 1 MB'],
      BAD_REQUEST: ['คำขอไม่ถูกต้อง', 'The request is malformed'],
      INTERNAL_SERVER_ERROR: ['เกิดข้อผิดพลาดในระบบ', 'Internal error'],
    };
    res.status(status).json({ errors: [{ message: messages[code].join(' — '), extensions: { code } }] });
  });

  const indexHtml = join(config.clientDist, 'index.html');
  if (existsSync(indexHtml)) {
    app.use(express.static(config.clientDist, { index: false, maxAge: '1h' }));
    app.get('/{*splat}', (_req, res) => {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(indexHtml);
    });
  } else {
    logger.warn({ clientDist: config.clientDist }, 'the web app is not built (npm run build); serving the API only');
  }

  return {
    httpServer,
    listen: () =>
      new Promise((resolveUrl, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          const address = httpServer.address();
          const port = typeof address === 'object' && address ? address.port : config.port;
          resolveUrl(`http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`);
        });
      }),
    stop: () => apollo.stop(),
  };
}
