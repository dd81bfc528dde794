import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type RequestHandler } from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import { withStatementTally } from '../db/sql-statements.js';
import { authenticate, publicBodyHeader } from '../modules/auth/authenticate.js';
import { auditPlugin } from './audit-plugin.js';
import { buildContext, type Context, type ContextServices } from './context.js';
import { DocumentStore } from './document-store.js';
import { limitRules, limits, refuseLongDocument } from './limits.js';
import { requestLogPlugin } from './request-log-plugin.js';
import { refuseUnsafeRequest } from './unsafe-text.js';

/**
 * Apollo Server for GraphQL over HTTP, started. Its drain waits for the HTTP requests in flight,
 * then `drainSockets` closes every WebSocket (websocket.ts).
 */
export async function startApollo(
  schema: GraphQLSchema,
  config: Pick<Config, 'env'>,
  httpServer: Server,
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
  drainSockets: () => void | Promise<void>,
): Promise<ApolloServer<Context>> {
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
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await drainSockets();
            },
          };
        },
      },
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
  return apollo;
}

/** POST and GET /graphql: the body and document limits, then Apollo with the caller's context. */
export function graphqlOverHttp(apollo: ApolloServer<Context>, services: ContextServices): RequestHandler[] {
  return [
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
        const credentials = await authenticate(services, {
          cookie: req.headers.cookie,
          authorization: req.headers.authorization,
          body: req.headers[publicBodyHeader],
        });
        return buildContext(services, { requestId: randomUUID(), ...credentials, http: { req, res } });
      },
    }),
  ];
}
