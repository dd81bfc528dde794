import { createServer, type Server } from 'node:http';
import compression from 'compression';
import express from 'express';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import type { Health } from '../health-check.js';
import { jsonErrorHandler } from '../http/error-handler.js';
import { securityHeaders } from '../http/headers.js';
import { httpRoutes } from '../http/routes.js';
import { webApp } from '../http/static-files.js';
import type { PdfRenderer } from '../modules/documents/pdf-renderer.js';
import type { LiveEventHub } from '../modules/live-events/live-event-hub.js';
import { graphqlOverHttp, startApollo } from './apollo.js';
import type { ContextServices } from './context.js';
import { createErrorFormatter } from './format-error.js';
import { refuseUnsafeRequest } from './unsafe-text.js';
import { serveWebSocket } from './websocket.js';
import { inRequestScope } from '../db/organisation-scope.js';

export interface GraphQLServer {
  httpServer: Server;
  listen(): Promise<string>;
  /** Stops taking requests, lets the ones in flight finish, closes every WebSocket. */
  stop(): Promise<void>;
}

/**
 * The composition root of the transport: one HTTP server on one port, with the GraphQL API over
 * HTTP (Apollo Server, apollo.ts) and WebSocket (graphql-ws, websocket.ts) at /graphql, the plain
 * HTTP routes (http/routes.ts) and the built web app at / (http/static-files.ts).
 */
export async function createGraphQLServer(
  schema: GraphQLSchema,
  services: ContextServices,
  liveEvents: LiveEventHub<ExecutionResult>,
  renderer: PdfRenderer,
  health: () => Promise<Health>,
): Promise<GraphQLServer> {
  const { config, logger } = services;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer = createServer(app);

  const formatError = createErrorFormatter(logger, config.env === 'production');
  const sockets = serveWebSocket(httpServer, schema, services, liveEvents, formatError);
  const apollo = await startApollo(schema, config, httpServer, formatError, () => sockets.dispose());

  // Issue 13: each request runs in a scope of its own, narrowed to its caller's body once known.
  app.use((_req, _res, next) => inRequestScope(next));
  app.use(securityHeaders());
  // Issue 15, item 4: answers above 1 KiB are compressed when the client accepts it (a board, an
  // export); the web app's files are compressed at build time and sent as they are.
  app.use(compression({ threshold: 1024 }));
  // Issue 9, item 14: no query string of any route may carry U+0000 or a lone surrogate.
  app.use(refuseUnsafeRequest);
  app.use(httpRoutes(services, renderer, health));
  app.use('/graphql', ...graphqlOverHttp(apollo, services));
  app.use(jsonErrorHandler(logger));
  app.use(webApp(config, logger));

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
