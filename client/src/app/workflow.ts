import type { ComplaintStage, Role } from '../gql/graphql';

// The workflow of shared/domain/workflow.md as the client needs it: where each move takes a
// complaint, and (until the server says so itself) who may make it from which stage
// (shared/contract/README.md, "Who may do what"). The server decides; this only keeps the board
// and the file from offering what it would refuse.

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

/** A move, named as the server names it (its MoveKind). */
export type MoveKind =
  | 'REGISTER'
  | 'SUBMIT_FOR_ORDER'
  | 'ORDER'
  | 'DISTRIBUTE'
  | 'APPOINT_COMMITTEE'
  | 'RESOLVE'
  | 'SEND_NOTICE'
  | 'CLOSE';

/**
 * The stages a move may take a complaint to, which the board offers as drop targets. ORDER either
 * takes the complaint up or does not accept it (R6); a notice leaves it where it is.
 */
export const stagesAfter: Record<MoveKind, readonly ComplaintStage[]> = {
  REGISTER: ['REGISTERED'], // R2.1
  SUBMIT_FOR_ORDER: ['AWAITING_ORDER'], // R2.2
  ORDER: ['ORDERED', 'NOT_ACCEPTED'], // R2.2, R6
  DISTRIBUTE: ['FACT_FINDING'], // R2.3
  APPOINT_COMMITTEE: ['COMMITTEE'], // R3, R4.4
  RESOLVE: ['RESOLVED'], // R4.3, R4.5
  SEND_NOTICE: [], // R3, R4, R8
  CLOSE: ['CLOSED'], // R3, R4.5
};

/** The move that takes a complaint to a stage, if one of these (available) moves does. */
export function moveTo(stage: ComplaintStage, moves: readonly MoveKind[]): MoveKind | undefined {
  return moves.find((move) => stagesAfter[move].includes(stage));
}

/** The stages these (available) moves may take a complaint to: where its card may be dropped. */
export function stagesReachable(moves: readonly MoveKind[]): ReadonlySet<ComplaintStage> {
  return new Set(moves.flatMap((move) => stagesAfter[move]));
}

type MoveRule = { kind: MoveKind; from: readonly ComplaintStage[] | 'any'; roles: readonly Role[] };

const moveRules: readonly MoveRule[] = [
  { kind: 'REGISTER', from: ['RECEIVED'], roles: ['CENTER_OFFICER'] },
  { kind: 'SUBMIT_FOR_ORDER', from: ['REGISTERED'], roles: ['CENTER_OFFICER'] },
  { kind: 'ORDER', from: ['AWAITING_ORDER'], roles: ['COMMANDER'] },
  { kind: 'DISTRIBUTE', from: ['ORDERED'], roles: ['CENTER_OFFICER'] },
  { kind: 'APPOINT_COMMITTEE', from: ['FACT_FINDING'], roles: ['COMMANDER'] },
  { kind: 'RESOLVE', from: ['FACT_FINDING', 'COMMITTEE'], roles: ['CENTER_OFFICER', 'DIVISION_OFFICER'] },
  // Notices are recorded by the Center, at any stage after receipt.
  { kind: 'SEND_NOTICE', from: 'any', roles: ['CENTER_OFFICER'] },
  { kind: 'CLOSE', from: ['RESOLVED'], roles: ['CENTER_OFFICER'] },
];

/** The moves a user with these roles may make on a complaint at this stage. */
export function availableMoves(stage: ComplaintStage, roles: readonly Role[]): MoveKind[] {
  return moveRules
    .filter((rule) => (rule.from === 'any' || rule.from.includes(stage)) && rule.roles.some((role) => roles.includes(role)))
    .map((rule) => rule.kind);
}
