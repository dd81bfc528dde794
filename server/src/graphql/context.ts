import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { SessionUser } from '../modules/auth/session-user.js';
import { ComplaintLoaders } from '../modules/complaints/complaint.loaders.js';
import type { ReferenceData } from '../modules/reference/reference-data.js';

/** What every resolver gets. One per HTTP request, one per WebSocket operation. */
export type Context = {
  requestId: string;
  user: SessionUser | null;
  /** Session token of the request, so that sign-out can end it. */
  sessionToken: string | null;
  em: EntityManager;
  reference: ReferenceData;
  config: Config;
  logger: Logger;
  loaders: ComplaintLoaders;
  /** Present over HTTP only: sign-in and sign-out set the session cookie. */
  http?: { req: Request; res: Response };
};

export interface ContextServices {
  em: EntityManager;
  reference: ReferenceData;
  config: Config;
  logger: Logger;
}

export function buildContext(
  services: ContextServices,
  request: { requestId: string; user: SessionUser | null; sessionToken: string | null; http?: Context['http'] },
): Context {
  const em = services.em.fork();
  return {
    ...request,
    em,
    reference: services.reference,
    config: services.config,
    logger: services.logger.child({ requestId: request.requestId }),
    loaders: new ComplaintLoaders(em, request.user),
  };
}
