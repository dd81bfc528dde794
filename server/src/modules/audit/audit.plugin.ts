import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../graphql/context.js';
import { appendAudit, withoutSecrets, type AuditRecord } from './audit.service.js';

/** The complaint or account a mutation was about, from its input or its answer. */
function targetOf(variables: Record<string, unknown> | undefined, data: Record<string, unknown> | null | undefined): string | null {
  const input = (variables?.input ?? {}) as Record<string, unknown>;
  if (typeof input.complaintId === 'string') return input.complaintId;
  for (const value of Object.values(data ?? {})) {
    const complaint = (value as { complaint?: { id?: unknown } } | null)?.complaint;
    if (typeof complaint?.id === 'string') return complaint.id;
  }
  if (typeof input.username === 'string') return input.username;
  return typeof input.date === 'string' ? input.date : typeof input.code === 'string' ? input.code : null;
}

/** What a mutation left behind: the complaint's id, stage and version (never its contents). */
function afterOf(data: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  for (const value of Object.values(data ?? {})) {
    const complaint = (value as { complaint?: Record<string, unknown> } | null)?.complaint;
    if (complaint) return { id: complaint.id, stage: complaint.stage, version: complaint.version };
  }
  return null;
}

/**
 * Issue 6: every mutation (refused ones too, a failed sign-in included) and every read of a
 * complainant's identity goes into the audit trail, after the operation, in a statement of its
 * own: a mutation rolled back is still on record.
 */
export function auditPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, operation, operationName, request, response, errors }) {
          const entries: AuditRecord[] = [...ctx.auditTrail];
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (operation?.operation === 'mutation') {
            const user = ctx.user;
            entries.unshift({
              actorId: user?.id ?? null,
              actor: user?.username ?? ctx.apiToken?.name ?? null,
              action: operationName ?? operation.selectionSet.selections.map((s) => ('name' in s ? s.name?.value : '')).join(','),
              target: targetOf(request.variables, body?.data as Record<string, unknown> | undefined),
              outcome: errors?.length ? String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'OK',
              // Before: what the caller saw (expectedVersion in the input); after: what the move left.
              data: {
                variables: withoutSecrets(request.variables ?? {}) as Record<string, unknown>,
                after: afterOf(body?.data as Record<string, unknown> | undefined),
              },
              requestId: ctx.requestId,
              ip: ctx.http?.req.ip ?? null,
            });
          }
          if (entries.length) await appendAudit(ctx.em, entries);
        },
      };
    },
  };
}
