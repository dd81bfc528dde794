import {
  defaultFieldResolver,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { appendAudit, type AuditRecord } from '../modules/audit/audit.service.js';
import type { Context } from './context.js';
import { errorCodeOf } from './domain-errors.js';

/** Scalars whose values say nothing of a person: recorded as given. */
const recordedScalars = new Set(['Int', 'Float', 'Boolean', 'DateTimeISO']);

function auditedOf(extensions: { audited?: unknown } | null | undefined): boolean | undefined {
  return typeof extensions?.audited === 'boolean' ? extensions.audited : undefined;
}

interface Recorded {
  /** The values kept: codes, numbers, ids, instants (issue 9, item 2). */
  arguments: Record<string, unknown>;
  /** Every field the mutation was given, as paths (`input.accused[].fullName`). */
  given: string[];
}

/** `audited`: true keeps the value, false keeps nothing below, undefined decides by type. */
function record(type: GraphQLInputType, value: unknown, path: string, given: Set<string>, audited: boolean | undefined): unknown {
  if (isNonNullType(type)) return record(type.ofType, value, path, given, audited);
  if (value === null || value === undefined) return undefined;
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    return items.map((item) => record(type.ofType, item, `${path}[]`, given, audited) ?? null);
  }
  if (isInputObjectType(type)) {
    const kept: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(type.getFields())) {
      const inner = record(
        field.type,
        (value as Record<string, unknown>)[name],
        `${path}.${name}`,
        given,
        audited === false ? false : auditedOf(field.extensions),
      );
      if (inner !== undefined) kept[name] = inner;
    }
    return kept;
  }
  given.add(path);
  const kept = audited ?? (isEnumType(type) || recordedScalars.has(getNamedType(type).name));
  if (!kept) return undefined;
  return value instanceof Date ? value.toISOString() : value;
}

/** What the audit trail keeps of a mutation's arguments, as they were executed. */
export function recordedArguments(definitions: readonly GraphQLArgument[], args: Record<string, unknown>): Recorded {
  const given = new Set<string>();
  const kept: Record<string, unknown> = {};
  for (const definition of definitions) {
    const value = record(definition.type, args[definition.name], definition.name, given, auditedOf(definition.extensions));
    if (value !== undefined) kept[definition.name] = value;
  }
  return { arguments: kept, given: [...given].sort() };
}

/** The complaint or account a mutation was about, from its arguments or what it returned. */
function targetOf(definitions: readonly GraphQLArgument[], args: Record<string, unknown>, result: unknown): string | null {
  const input = (args.input ?? {}) as Record<string, unknown>;
  const inputType = getNamedType(definitions.find((definition) => definition.name === 'input')?.type);
  // A field marked @Audited(false) (a tracking code) is never a target either: nothing of it is kept.
  const secret = (name: string) => isInputObjectType(inputType) && auditedOf(inputType.getFields()[name]?.extensions) === false;
  const complaint = (result as { complaint?: { id?: unknown } } | null | undefined)?.complaint;
  const candidates = ['complaintId', 'requestId', 'username', 'date', 'code', 'id'].map((name) => (secret(name) ? undefined : input[name]));
  for (const candidate of [candidates[0], complaint?.id, ...candidates.slice(1)]) {
    if (typeof candidate === 'string') return candidate;
  }
  return null;
}

/** What a mutation left behind: the complaint's id, stage and version (never its contents). */
function afterOf(result: unknown): Record<string, unknown> | null {
  const complaint = (result as { complaint?: { id: string; stage: string; version: number } } | null | undefined)?.complaint;
  return complaint ? { id: complaint.id, stage: complaint.stage, version: complaint.version } : null;
}

/**
 * Issue 9, items 7 and 8: every mutation root field runs in one transaction with its audit entry.
 * The entry names the root field executed (not the operation name the client chose) and the
 * arguments as executed (variables and inline literals alike). A write that commits is on the
 * trail, because its entry commits with it; a crash cannot part them. A refused field is rolled
 * back, then its refusal is recorded in a statement of its own (it changed nothing). Mutations
 * are executed one root field after another, so swapping `ctx.em` for the field's transaction is
 * safe. A field marked `@WritesLater()` opens its transaction itself, through `ctx.write`, after
 * work that must hold none (sign-in checks a password first): the same entry, the same rule.
 */
export function auditMutations(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    const writesLater = field.extensions?.writesLater === true;
    const keepsNoAddress = field.extensions?.keepsNoAddress === true;
    field.resolve = async (source, args: Record<string, unknown>, ctx: Context, info) => {
      const recorded = recordedArguments(field.args, args);
      const entry = (result: unknown, outcome: string): AuditRecord => {
        const user = ctx.user ?? (result as { user?: { id: string; username: string } } | null | undefined)?.user ?? null;
        return {
          actorId: user?.id ?? null,
          actor: user?.username ?? ctx.apiToken?.name ?? null,
          action: info.fieldName,
          target: targetOf(field.args, args, result),
          outcome,
          data: { ...recorded, operation: info.operation.name?.value ?? null, after: afterOf(result) },
          requestId: ctx.requestId,
          ip: keepsNoAddress ? null : (ctx.http?.req.ip ?? null),
        };
      };
      let committed = false;
      const write = async <T>(work: () => Promise<T>): Promise<T> => {
        const outside = ctx.em;
        const result = await outside.transactional(async (tx) => {
          ctx.em = tx;
          try {
            const done = await work();
            await appendAudit(tx, [entry(done, 'OK')]);
            return done;
          } finally {
            ctx.em = outside;
          }
        });
        committed = true;
        return result;
      };
      try {
        if (!writesLater) return await write(async () => resolve(source, args, ctx, info));
        ctx.write = write;
        const result: unknown = await resolve(source, args, ctx, info);
        // Answered without writing anything: still on the trail.
        if (!committed) await appendAudit(ctx.standalone, [entry(result, 'OK')]);
        return result;
      } catch (error) {
        if (!committed) {
          await appendAudit(ctx.standalone, [entry(null, errorCodeOf(error))]).catch((auditError: unknown) =>
            ctx.logger.error({ err: auditError, action: info.fieldName }, 'the refusal of a mutation could not be put on the audit trail'),
          );
        }
        throw error;
      } finally {
        ctx.write = undefined;
      }
    };
  }
  return schema;
}
