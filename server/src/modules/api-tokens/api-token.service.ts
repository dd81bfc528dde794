import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, rows, sql } from '../../db/sql.js';
import { DomainError } from '../shared/domain-error.js';
import { isUuid } from '../shared/input-checks.js';
import { tokenHash } from '../auth/session.service.js';
import type { ApiScope, ApiTokenView, TokenCaller } from './api-token.types.js';

/** Instants come from the driver as text; the API's DateTimeISO wants Dates. */
function withDates(token: ApiTokenView): ApiTokenView {
  return {
    ...token,
    createdAt: new Date(token.createdAt),
    lastUsedAt: token.lastUsedAt && new Date(token.lastUsedAt),
    revokedAt: token.revokedAt && new Date(token.revokedAt),
  };
}

const tokenColumns = sql`id, name, scopes, created_at as "createdAt", last_used_at as "lastUsedAt", revoked_at as "revokedAt"`;

export async function createApiToken(
  em: EntityManager,
  createdBy: string,
  input: { name: string; scopes: ApiScope[] },
): Promise<{ token: string; apiToken: ApiTokenView }> {
  const token = `rgn_${randomBytes(32).toString('base64url')}`;
  const apiToken = await firstRow<ApiTokenView>(
    em,
    sql`insert into api_token (id, name, token_hash, scopes, created_by_id)
        values (gen_random_uuid(), ${input.name.trim()}, ${tokenHash(token)}, ${[...new Set(input.scopes)]}::text[], ${createdBy}::uuid)
        returning ${tokenColumns}`,
  );
  return { token, apiToken: withDates(apiToken!) };
}

export async function listApiTokens(em: EntityManager): Promise<ApiTokenView[]> {
  return (await rows<ApiTokenView>(em, sql`select ${tokenColumns} from api_token order by created_at desc`)).map(withDates);
}

export async function revokeApiToken(em: EntityManager, id: string): Promise<ApiTokenView> {
  const revoked = isUuid(id)
    ? await firstRow<ApiTokenView>(
        em,
        sql`update api_token set revoked_at = coalesce(revoked_at, now()) where id = ${id}::uuid returning ${tokenColumns}`,
      )
    : undefined;
  if (!revoked) throw new DomainError('NOT_FOUND', 'ไม่พบโทเคนนี้', `No API token with id ${id}`, { id });
  return withDates(revoked);
}

/** The caller behind a token, noting its use; null if unknown or revoked. */
async function callerForToken(em: EntityManager, token: string): Promise<TokenCaller | null> {
  const caller = await firstRow<TokenCaller>(
    em,
    sql`update api_token set last_used_at = now()
         where token_hash = ${tokenHash(token)} and revoked_at is null
        returning id, name, scopes`,
  );
  return caller ?? null;
}

const invalidToken = () =>
  new DomainError('UNAUTHENTICATED', 'โทเคนไม่ถูกต้องหรือถูกเพิกถอนแล้ว', 'The API token is unknown or revoked');

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
