import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestHandler, Response } from 'express';
import type { Config } from '../config.js';
import { appendAudit } from '../modules/audit/audit.service.js';
import { identityRead } from '../modules/audit/identity-read.js';
import type { Caller } from '../modules/auth/access.js';
import { passwordChangeRefusal, secondFactorEnrolmentRefusal } from '../modules/auth/access.js';
import { authenticate, publicBodyHeader } from '../modules/auth/authenticate.js';
import { sendError } from './send-error.js';
import type { ReferenceData } from '../modules/reference/reference-data.js';

/**
 * What a plain HTTP route (an export, a document) gets of its request: who calls, by the same
 * credentials as the GraphQL endpoint (a session cookie, or `Authorization: Bearer <token>`), its
 * own EntityManager, the reference data, and where identity reads go on the audit trail.
 */
export interface RequestScope extends Caller {
  requestId: string;
  em: EntityManager;
  reference: ReferenceData;
  /**
   * Issue 6: reads of these complaints' complainants, on the audit trail in the caller's name
   * before they leave, committed on their own (outside any transaction of the route).
   */
  auditIdentityReads(complaints: { id: string; receiptSeq: number; receiptYear: number }[], via: string): Promise<void>;
}

export interface RequestScopeServices {
  em: EntityManager;
  reference: ReferenceData;
  config: Pick<Config, 'sessionIdleMinutes' | 'env' | 'publicUrl'>;
}

const scopeKey = 'requestScope';

/** Builds the request's scope before its route runs (a route reads it with `scopeOf`). */
export function requestScope(services: RequestScopeServices): RequestHandler {
  return async (req, res, next) => {
    const { user, apiToken, authError } = await authenticate(services, {
      cookie: req.headers.cookie,
      authorization: req.headers.authorization,
      body: req.headers[publicBodyHeader],
    });
    // Contract, "Accounts": a temporary password reaches no document nor export.
    // Issue 11, item 3: nor does a required second factor not yet on.
    const what = `${req.method} ${req.baseUrl}`;
    const mustChange = passwordChangeRefusal({ user }, what) ?? secondFactorEnrolmentRefusal({ user }, what);
    if (mustChange) return sendError(res, mustChange);
    const requestId = randomUUID();
    const scope: RequestScope = {
      requestId,
      user,
      apiToken,
      authError,
      em: services.em.fork(),
      reference: services.reference,
      auditIdentityReads: (complaints, via) =>
        appendAudit(
          services.em.fork(),
          complaints.map((complaint) => identityRead({ user, requestId, ip: req.ip ?? null }, complaint, via)),
        ),
    };
    res.locals[scopeKey] = scope;
    next();
  };
}

/** The scope `requestScope` built for this request. */
export function scopeOf(res: Response): RequestScope {
  const scope = res.locals[scopeKey] as RequestScope | undefined;
  if (!scope) throw new Error('no request scope: mount requestScope() before the route (http/routes.ts)');
  return scope;
}
