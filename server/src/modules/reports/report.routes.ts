import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { buildContext, type ContextServices } from '../../graphql/context.js';
import { callerForAuthorization } from '../api-tokens/api-token.service.js';
import { userForSession } from '../auth/session.service.js';
import { itaCsv, itaPublication } from './report.service.js';
import { requireStatisticsReader } from './statistics.resolver.js';

const statusOf: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

/**
 * GET /reports/ita/<fiscalYear>.csv: the ITA publication as a file to download, for the same
 * callers as the statistics (a session cookie, or `Authorization: Bearer` with STATISTICS).
 */
export function itaCsvRoute(services: ContextServices, sessionTokenOf: (cookie: string | undefined) => string | null): RequestHandler {
  return async (req, res) => {
    const fiscalYear = Number(/^(\d{4})\.csv$/.exec(String(req.params.file))?.[1]);
    const em = services.em.fork();
    const sessionToken = sessionTokenOf(req.headers.cookie);
    const user = sessionToken ? await userForSession(em, sessionToken) : null;
    const ctx = buildContext(services, {
      requestId: randomUUID(),
      user,
      sessionToken,
      ...(await callerForAuthorization(em, req.headers.authorization)),
    });
    try {
      requireStatisticsReader(ctx);
      const csv = itaCsv(await itaPublication(ctx.em, ctx.reference, fiscalYear));
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="ita-complaints-${fiscalYear}.csv"`);
      res.setHeader('cache-control', 'no-store');
      res.send(csv);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const code = String(error.extensions.code);
      res.status(statusOf[code] ?? 500).json({ errors: [{ message: error.message, extensions: { code } }] });
    }
  };
}
