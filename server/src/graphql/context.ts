import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { TokenCaller } from '../modules/api-tokens/api-token.types.js';
import type { AuditRecord } from '../modules/audit/audit.service.js';
import type { SessionUser } from '../modules/auth/session-user.js';
import type { DomainError } from '../modules/shared/domain-error.js';
import { ComplaintLoaders } from '../modules/complaints/complaint.loaders.js';
import type { FileStore } from '../modules/files/file-store.js';
import type { FirstRunToken } from '../modules/organisation/first-run.js';
import type { ReferenceData } from '../modules/reference/reference-data.js';

/** What every resolver gets. One per HTTP request, one per WebSocket operation. */
export type Context = {
  requestId: string;
  user: SessionUser | null;
  /** Session token of the request, so that sign-out can end it. */
  sessionToken: string | null;
  /** An outside reporting tool, by its API token (then `user` is null). */
  apiToken: TokenCaller | null;
  /** Credentials that were sent but are no good (an unknown or revoked token): the answer to everything. */
  authError: DomainError | null;
  /** The operation's entity manager: inside a mutation, its transaction (audited-mutations.ts). */
  em: EntityManager;
  /**
   * Outside any transaction of the operation, each statement committed on its own: for what must
   * persist even when the mutation is refused and rolled back (a failed sign-in's count).
   */
  standalone: EntityManager;
  reference: ReferenceData;
  /** The first-run page's one-time token (issue 11), pending while no body is set up. */
  firstRun: FirstRunToken;
  config: Config;
  logger: Logger;
  loaders: ComplaintLoaders;
  /**
   * In a mutation marked `@WritesLater()`: runs its write in one transaction with the mutation's
   * audit entry (graphql/audited-mutations.ts). Unset elsewhere.
   */
  write?: <T>(work: () => Promise<T>) => Promise<T>;
  /** Reads of identities to put on the audit trail when the operation ends (audit-plugin.ts). */
  auditTrail: AuditRecord[];
  /** Present over HTTP only: sign-in and sign-out set the session cookie. */
  http?: { req: Request; res: Response };
};

export interface ContextServices {
  em: EntityManager;
  reference: ReferenceData;
  firstRun: FirstRunToken;
  config: Config;
  logger: Logger;
  /** Where the evidence files' bytes are (PostgreSQL, or the object store of FILE_STORE_URL). */
  files: FileStore;
}

/**
 * The context of one operation. Its reads run on `em`: a fork of the app's, unless the caller
 * says where (a live event is rendered on the snapshot its audience was decided on).
 */
export function buildContext(
  services: ContextServices,
  request: Pick<Context, 'requestId' | 'user' | 'sessionToken' | 'http'> & Partial<Pick<Context, 'apiToken' | 'authError'>>,
  em: EntityManager = services.em.fork(),
): Context {
  return {
    apiToken: null,
    authError: null,
    ...request,
    em,
    standalone: services.em.fork(),
    reference: services.reference,
    firstRun: services.firstRun,
    config: services.config,
    logger: services.logger.child({ requestId: request.requestId }),
    loaders: new ComplaintLoaders(em, request.user),
    auditTrail: [],
  };
}
