import type { ComplaintStage, MoveKind } from '../gql/graphql';

// The workflow of shared/domain/workflow.md as the client needs it. Which moves a user may make on
// a complaint is the server's answer (Complaint.availableMoves); the client only lays the stages
// out as the board's columns and knows where each move leads, to offer its column as a drop target.

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

/**
 * The stages a move may take a complaint to: the columns the board offers it as drop targets.
 * ORDER takes it up or does not accept it (R6). RESOLVE may also leave it in FACT_FINDING while other
 * divisions still have to report, but that is where it is already. A notice leaves it where it is,
 * and release 2's moves have no column of their own.
 */
export const stagesAfter: Record<MoveKind, readonly ComplaintStage[]> = {
  REGISTER: ['REGISTERED'], // R2.1
  SUBMIT_FOR_ORDER: ['AWAITING_ORDER'], // R2.2
  ORDER: ['ORDERED', 'NOT_ACCEPTED'], // R2.2, R6
  DISTRIBUTE: ['FACT_FINDING'], // R2.3
  APPOINT_COMMITTEE: ['COMMITTEE'], // R3, R4.4
  RESOLVE: ['RESOLVED'], // R4.3, R4.5, R4.6
  CLOSE: ['CLOSED'], // R3, R4.5
  SEND_NOTICE: [], // R3, R4, R8
  CORRECT: [],
  REPLY: [],
  REFER: [],
};

/** The move that takes a complaint to a stage, if one of its available moves does. */
export function moveTo(stage: ComplaintStage, moves: readonly MoveKind[]): MoveKind | undefined {
  return moves.find((move) => stagesAfter[move].includes(stage));
}

/** The stages a complaint's available moves may take it to: where its card may be dropped. */
export function stagesReachable(moves: readonly MoveKind[]): ReadonlySet<ComplaintStage> {
  return new Set(moves.flatMap((move) => stagesAfter[move]));
}
