import type { ComplaintStage, Role } from '../gql/graphql';

// The workflow of shared/domain/workflow.md as the client needs it: which move takes a complaint
// from one stage to another, and who may make it (shared/contract/README.md, "Who may do what").
// The server decides; this only keeps the board from offering what it would refuse.

/** The board's column order. NOT_ACCEPTED branches off AWAITING_ORDER and ends there: last. */
export const stageOrder: readonly ComplaintStage[] = [
  'RECEIVED',
  'REGISTERED',
  'AWAITING_ORDER',
  'ORDERED',
  'FACT_FINDING',
  'COMMITTEE',
  'RESOLVED',
  'CLOSED',
  'NOT_ACCEPTED',
];

export type MoveKind =
  | 'register'
  | 'submit'
  | 'order'
  | 'notAccept'
  | 'distribute'
  | 'appoint'
  | 'resolve'
  | 'close';

export type Move = { kind: MoveKind; from: ComplaintStage; to: ComplaintStage; roles: Role[] };

export const moves: readonly Move[] = [
  { kind: 'register', from: 'RECEIVED', to: 'REGISTERED', roles: ['CENTER_OFFICER'] }, // R2.1
  { kind: 'submit', from: 'REGISTERED', to: 'AWAITING_ORDER', roles: ['CENTER_OFFICER'] }, // R2.2
  { kind: 'order', from: 'AWAITING_ORDER', to: 'ORDERED', roles: ['COMMANDER'] }, // R2.2, R6
  { kind: 'notAccept', from: 'AWAITING_ORDER', to: 'NOT_ACCEPTED', roles: ['COMMANDER'] }, // R6
  { kind: 'distribute', from: 'ORDERED', to: 'FACT_FINDING', roles: ['CENTER_OFFICER'] }, // R2.3
  { kind: 'appoint', from: 'FACT_FINDING', to: 'COMMITTEE', roles: ['COMMANDER'] }, // R3, R4.4
  { kind: 'resolve', from: 'FACT_FINDING', to: 'RESOLVED', roles: ['CENTER_OFFICER', 'DIVISION_OFFICER'] },
  { kind: 'resolve', from: 'COMMITTEE', to: 'RESOLVED', roles: ['CENTER_OFFICER', 'DIVISION_OFFICER'] },
  { kind: 'close', from: 'RESOLVED', to: 'CLOSED', roles: ['CENTER_OFFICER'] }, // R3, R4.5
];

/** The moves a user with these roles may make from a stage. */
export function movesFrom(stage: ComplaintStage, roles: readonly Role[]): Move[] {
  return moves.filter((move) => move.from === stage && move.roles.some((role) => roles.includes(role)));
}

/** The move from one stage to another, if the workflow has one and these roles may make it. */
export function moveBetween(
  from: ComplaintStage,
  to: ComplaintStage,
  roles: readonly Role[],
): Move | undefined {
  return movesFrom(from, roles).find((move) => move.to === to);
}

/** Notices are recorded by the Center (sendNotice), at any stage after receipt. */
export function canSendNotice(roles: readonly Role[]): boolean {
  return roles.includes('CENTER_OFFICER');
}
