import { randomBytes } from 'node:crypto';
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../shared/domain-error.js';
import { isUuid } from '../shared/input-checks.js';
import { tokenHash } from '../auth/session.service.js';
import { User } from '../auth/user.entity.js';
import { ApiToken } from './api-token.entity.js';
import type { ApiScope, TokenCaller } from './api-token.types.js';

export async function createApiToken(
  em: EntityManager,
  createdBy: string,
  input: { name: string; scopes: ApiScope[] },
): Promise<{ token: string; apiToken: ApiToken }> {
  const token = `rgn_${randomBytes(32).toString('base64url')}`;
  const apiToken = em.create(ApiToken, {
    name: input.name.trim(),
    tokenHash: tokenHash(token),
    scopes: [...new Set(input.scopes)],
    createdBy: em.getReference(User, createdBy),
  });
  await em.flush();
  return { token, apiToken };
}

export function listApiTokens(em: EntityManager): Promise<ApiToken[]> {
  return em.find(ApiToken, {}, { orderBy: { createdAt: 'desc' } });
}

/** Ends a token at once; revoking it again keeps the first instant. */
export async function revokeApiToken(em: EntityManager, id: string): Promise<ApiToken> {
  const revoked = isUuid(id)
    ? await em
        .createQueryBuilder(ApiToken)
        .update({ revokedAt: raw('coalesce(revoked_at, now())') })
        .where({ id })
        .returning('*')
        .getSingleResult()
    : null;
  if (!revoked) throw new DomainError('NOT_FOUND', 'ไม่พบโทเคนนี้', `No API token with id ${id}`, { id });
  return revoked;
}

/** The caller behind a token, noting its use in the same statement; null if unknown or revoked. */
async function callerForToken(em: EntityManager, token: string): Promise<TokenCaller | null> {
  return em
    .createQueryBuilder(ApiToken)
    .update({ lastUsedAt: raw('now()') })
    .where({ tokenHash: tokenHash(token), revokedAt: null })
    .returning(['id', 'name', 'scopes', 'organisationCode'])
    .execute<TokenCaller | null>('get');
}

const invalidToken = () => new DomainError('UNAUTHENTICATED', 'โทเคนไม่ถูกต้องหรือถูกเพิกถอนแล้ว', 'The API token is unknown or revoked');

/**
 * The reporting tool behind an `Authorization: Bearer <token>` value (HTTP header, or WebSocket
 * connectionParams.authorization), or the error to answer every operation with.
 */
export async function callerForAuthorization(
  em: EntityManager,
  authorization: unknown,
): Promise<{ apiToken: TokenCaller | null; authError: DomainError | null }> {
  if (authorization === undefined || authorization === null || authorization === '') return { apiToken: null, authError: null };
  const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization.trim()) : null;
  const apiToken = match ? await callerForToken(em, match[1]) : null;
  return { apiToken, authError: apiToken ? null : invalidToken() };
}
