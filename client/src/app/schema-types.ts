// Enums of the API (shared/contract/README.md), written by hand until GraphQL Codegen generates the
// client's types from schema/schema.graphql; keep the names identical so the swap is mechanical.

export type Role =
  | 'ADMIN'
  | 'CENTER_OFFICER'
  | 'COMMANDER'
  | 'DIVISION_OFFICER'
  | 'EXECUTIVE'
  | 'AUDITOR';

export type ComplaintStage =
  | 'RECEIVED'
  | 'REGISTERED'
  | 'AWAITING_ORDER'
  | 'ORDERED'
  | 'NOT_ACCEPTED'
  | 'FACT_FINDING'
  | 'COMMITTEE'
  | 'RESOLVED'
  | 'CLOSED';
