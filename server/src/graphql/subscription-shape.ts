import { getArgumentValues, getOperationAST, getVariableValues, Kind, print, visit, type ExecutionArgs, type FieldNode } from 'graphql';

/**
 * What a hub subscription's result for an event depends on in its request: the document and its
 * variables, less `alerts(since:)`. `since` decides only what is replayed when the subscription
 * starts, never an event's result, so subscribers who differ by it alone stay one audience.
 */
export function subscriptionShape(args: ExecutionArgs): { shape: string; since: Date | null } {
  const { schema, document, operationName } = args;
  const variables = (args.variableValues ?? {}) as Record<string, unknown>;
  const operation = getOperationAST(document, operationName);
  const alerts = operation?.selectionSet.selections.find(
    (selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value === 'alerts',
  );
  const field = schema.getSubscriptionType()?.getFields().alerts;
  if (!operation || !alerts || !field || !alerts.arguments?.some((argument) => argument.name.value === 'since')) {
    return { shape: `${print(document)}|${JSON.stringify(variables)}`, since: null };
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  const given = coerced.coerced ? getArgumentValues(field, alerts, coerced.coerced).since : null;
  const since = given instanceof Date && !Number.isNaN(given.getTime()) ? given : null;

  const withoutSince = visit(document, {
    Field: (node) =>
      node === alerts ? { ...node, arguments: node.arguments?.filter((argument) => argument.name.value !== 'since') } : undefined,
  });
  const used = new Set<string>();
  visit(withoutSince, {
    VariableDefinition: () => false,
    Variable: (node) => void used.add(node.name.value),
  });
  const shaped = visit(withoutSince, {
    VariableDefinition: (node) => (used.has(node.variable.name.value) ? undefined : null),
  });
  const usedValues = Object.fromEntries(Object.entries(variables).filter(([name]) => used.has(name)));
  return { shape: `${print(shaped)}|${JSON.stringify(usedValues)}`, since };
}
