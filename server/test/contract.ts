import { readFileSync } from 'node:fs';
import { Kind, parse, print, visit, type DefinitionNode, type DocumentNode } from 'graphql';

/**
 * The public contract's operations (shared/contract/operations.graphql, copied into
 * schema/contract/ so that a clone tests on its own; schema.test.ts fails when the copy drifts).
 */
export const contractPath = new URL('../../schema/contract/operations.graphql', import.meta.url);
export const contract = parse(readFileSync(contractPath, 'utf8'));

/** Fields of the contract that belong to a later issue and are not in the schema yet. */
export const notYetServed = new Set<string>();

function withoutLaterFields(document: DocumentNode): DocumentNode {
  return visit(document, {
    Field(node) {
      return notYetServed.has(node.name.value) ? null : undefined;
    },
  });
}

/** One contract operation with the fragments it uses, as a document string to send. */
export function operation(name: string): string {
  const document = withoutLaterFields(contract);
  const op = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name);
  if (!op) throw new Error(`no operation ${name} in the contract`);
  const fragments: DefinitionNode[] = [];
  const wanted = new Set<string>();
  visit(op, { FragmentSpread: (spread) => void wanted.add(spread.name.value) });
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION && wanted.has(definition.name.value)) fragments.push(definition);
  }
  return print({ kind: Kind.DOCUMENT, definitions: [op, ...fragments] });
}

export const operationNames = contract.definitions.flatMap((definition) =>
  definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
);
