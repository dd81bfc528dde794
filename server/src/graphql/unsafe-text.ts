import type { NextFunction, Request, Response } from 'express';
import { Kind, type ASTNode, type ValidationRule } from 'graphql';
import { unsafeCharacter } from '@rongrian/schema/input-rules';
import { badInput } from '../modules/shared/domain-error.js';
import { errorExtensions, toGraphQLError } from './domain-errors.js';
import { fieldLabelTh } from './field-labels.js';

/**
 * U+0000, or half of a UTF-16 surrogate pair without its other half (schema/input-rules.js). No
 * PostgreSQL text or jsonb can hold them (the insert fails, and with it the request, as a 500);
 * JSON carries both (`"\u0000"`, `"\ud800"`) and GraphQL's `"\u0000"` escape makes the first.
 */
const unsafe = unsafeCharacter;

/** Deeper than any input of the schema (an address in a complainant in a complaint is 3). */
const maxDepth = 32;

export type UnsafeInput = { field: string; problem: 'character' | 'depth' };

/**
 * The first place in a decoded request (JSON values, query-string values) that holds unsafe text,
 * in a key or a value, or nests deeper than `maxDepth`; null if there is none. Iterative, so that
 * no input can exhaust the stack of the check itself.
 */
export function findUnsafeInput(value: unknown, root: string): UnsafeInput | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item.value === 'string') {
      if (unsafe.test(item.value)) return { field: item.path, problem: 'character' };
      continue;
    }
    if (!item.value || typeof item.value !== 'object') continue;
    // The path to the 32nd level is itself long: name where the nesting starts.
    if (item.depth >= maxDepth) return { field: `${item.path.slice(0, 60)}…`, problem: 'depth' };
    const entries = Array.isArray(item.value)
      ? item.value.map((inner, index) => [`[${index}]`, inner] as const)
      : Object.entries(item.value).map(([key, inner]) => [key, inner] as const);
    for (const [key, inner] of entries) {
      const path = key.startsWith('[') ? `${item.path}${key}` : item.path ? `${item.path}.${key}` : key;
      if (unsafe.test(key)) return { field: item.path || 'key', problem: 'character' };
      stack.push({ value: inner, path, depth: item.depth + 1 });
    }
  }
  return null;
}

/** The refusal: BAD_USER_INPUT naming the field. */
function unsafeInputRefusal({ field, problem }: UnsafeInput) {
  return problem === 'depth'
    ? badInput(field, `ข้อมูลที่ส่งมาซ้อนกันลึกเกินกำหนด (${fieldLabelTh(field)})`, `${field} is nested more than ${maxDepth} levels deep`)
    : badInput(
        field,
        `${fieldLabelTh(field)}: มีอักขระที่ใช้ไม่ได้ (อักขระว่าง U+0000 หรืออักขระที่ไม่สมบูรณ์) กรุณาพิมพ์ข้อความนั้นใหม่`,
        `${field} holds a character no text may hold (U+0000, or a UTF-16 surrogate without its pair)`,
      );
}

/** The refusal as GraphQL reports it: from a validation rule, or before a WebSocket document runs. */
export const unsafeInputError = (found: UnsafeInput) => toGraphQLError(unsafeInputRefusal(found));

/**
 * Issue 9, item 14: the same check at every door before anything runs. HTTP: the query string of
 * every route, and the JSON body of POST /graphql (query, variables, operationName, extensions),
 * answered 400 with the API's error shape; GET /graphql's `variables` and `extensions` are JSON
 * inside the query string, decoded here to be checked as well.
 */
export function refuseUnsafeRequest(req: Request, res: Response, next: NextFunction): void {
  const query = req.query as Record<string, unknown>;
  const found =
    findUnsafeInput(query, '') ??
    findUnsafeInput(req.body, '') ??
    (['variables', 'extensions'] as const).reduce<UnsafeInput | null>((first, key) => first ?? jsonParameter(query[key], key), null);
  if (!found) return next();
  const refusal = unsafeInputRefusal(found);
  res.status(400).json({ errors: [{ message: refusal.message, extensions: errorExtensions(refusal) }] });
}

function jsonParameter(value: unknown, name: string): UnsafeInput | null {
  if (typeof value !== 'string') return null;
  try {
    return findUnsafeInput(JSON.parse(value), name);
  } catch {
    return null; // Apollo answers malformed JSON itself.
  }
}

/** Where a literal sits in the document: `recordComplaint.input.subject`, `members[1].fullName`. */
function literalPath(chain: readonly (ASTNode | readonly ASTNode[])[], path: readonly (string | number)[]): string {
  const names: string[] = [];
  chain.forEach((ancestor, index) => {
    if (Array.isArray(ancestor)) return;
    const node = ancestor as ASTNode;
    if (node.kind === Kind.FIELD) names.push((node.alias ?? node.name).value);
    if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.push(node.name.value);
    if (node.kind === Kind.VARIABLE_DEFINITION) names.push(`$${node.variable.name.value}`);
    // A list's items hang off its `values` array: the key after that is the item's index.
    if (node.kind === Kind.LIST && names.length) names[names.length - 1] += `[${path[index + 1] ?? ''}]`;
  });
  return names.join('.') || 'query';
}

/**
 * Literals in the document: a GraphQL string escape (`"\u0000"`) decodes to U+0000 only once parsed,
 * so the raw-text check cannot see it. A validation rule, so it holds on HTTP and WebSocket alike
 * and the operation is refused before any of its root fields runs.
 */
export const unsafeTextRule: ValidationRule = (context) => ({
  StringValue(node, _key, parent, path, ancestors) {
    if (!unsafe.test(node.value)) return;
    const chain = parent ? [...ancestors, parent] : ancestors;
    context.reportError(unsafeInputError({ field: literalPath(chain, path), problem: 'character' }));
  },
});
