import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.js';
import { CommitteeRole, ComplaintOutcome, ComplaintStage, NoticeKind, NoticeMethod, OrderDecision } from './complaint.enums.js';
import { Role } from '../auth/role.js';
import { planMove, type Actor, type Move, type WorkflowState } from './workflow.js';

const moves: Record<string, Move> = {
  REGISTER: { kind: 'REGISTER', registerNumber: '1' },
  SUBMIT_FOR_ORDER: { kind: 'SUBMIT_FOR_ORDER', centerRegisterNumber: '1' },
  ACCEPT: { kind: 'ORDER', decision: OrderDecision.ACCEPT, units: ['PALAD'], reason: null, note: null },
  NOT_ACCEPT: { kind: 'ORDER', decision: OrderDecision.NOT_ACCEPT, units: [], reason: 'OTHER' as never, note: null },
  DISTRIBUTE: { kind: 'DISTRIBUTE' },
  APPOINT_COMMITTEE: {
    kind: 'APPOINT_COMMITTEE',
    orderNumber: '1',
    members: [CommitteeRole.CHAIR, CommitteeRole.MEMBER, CommitteeRole.SECRETARY].map((role) => ({
      fullName: 'x',
      role,
      officialId: null,
    })),
  },
  RESOLVE: { kind: 'RESOLVE', outcome: ComplaintOutcome.REFERRED, findings: 'x' },
  CLOSE: { kind: 'CLOSE' },
};

/** workflow.md, "Stages": the only moves there are, and where each leads. */
const allowed: Record<ComplaintStage, Partial<Record<keyof typeof moves, ComplaintStage>>> = {
  RECEIVED: { REGISTER: ComplaintStage.REGISTERED },
  REGISTERED: { SUBMIT_FOR_ORDER: ComplaintStage.AWAITING_ORDER },
  AWAITING_ORDER: { ACCEPT: ComplaintStage.ORDERED, NOT_ACCEPT: ComplaintStage.NOT_ACCEPTED },
  ORDERED: { DISTRIBUTE: ComplaintStage.FACT_FINDING },
  NOT_ACCEPTED: {},
  FACT_FINDING: { APPOINT_COMMITTEE: ComplaintStage.COMMITTEE, RESOLVE: ComplaintStage.RESOLVED },
  COMMITTEE: { RESOLVE: ComplaintStage.RESOLVED },
  RESOLVED: { CLOSE: ComplaintStage.CLOSED },
  CLOSED: {},
};

/** A complaint at `stage`, assigned to one division, nothing reported, named or not. */
const complaintAt = (state: Partial<WorkflowState> & Pick<WorkflowState, 'stage'>): WorkflowState => ({
  hasContact: false,
  resultNoticeSent: false,
  anonymous: true,
  unitCodes: ['PALAD'],
  reportedUnitCodes: [],
  unitReports: [],
  ...state,
});

/** Someone whose role may make the move (contract, "Who may do what"). */
const makerOf = (move: Move): Actor => ({
  roles: move.kind === 'ORDER' || move.kind === 'APPOINT_COMMITTEE' ? [Role.COMMANDER] : [Role.CENTER_OFFICER],
  divisionCode: null,
});

const plan = (state: Partial<WorkflowState> & Pick<WorkflowState, 'stage'>, move: Move) =>
  planMove(complaintAt(state), makerOf(move), move);

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
  return 'OK';
};

describe('planMove (workflow.md)', () => {
  for (const stage of Object.values(ComplaintStage)) {
    for (const [name, move] of Object.entries(moves)) {
      const to = allowed[stage][name];
      it(`${stage} + ${name} → ${to ?? 'INVALID_TRANSITION'}`, () => {
        const state = { stage, hasContact: false, resultNoticeSent: false };
        if (to) expect(plan(state, move).to).toBe(to);
        else expect(codeOf(() => plan(state, move))).toBe('INVALID_TRANSITION');
      });
    }
  }

  it('checks the stage before the fields: a move out of turn is INVALID_TRANSITION even with missing data', () => {
    const incomplete: Move = { kind: 'ORDER', decision: OrderDecision.NOT_ACCEPT, units: [], reason: null, note: null };
    expect(codeOf(() => plan({ stage: ComplaintStage.RECEIVED, hasContact: true, resultNoticeSent: false }, incomplete))).toBe(
      'INVALID_TRANSITION',
    );
    expect(codeOf(() => plan({ stage: ComplaintStage.AWAITING_ORDER, hasContact: true, resultNoticeSent: false }, incomplete))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('R3, R8: closing needs a RESULT notice when the complainant left contact, not otherwise', () => {
    const resolved = { stage: ComplaintStage.RESOLVED, resultNoticeSent: false };
    expect(codeOf(() => plan({ ...resolved, hasContact: true }, moves.CLOSE))).toBe('INVALID_TRANSITION');
    expect(codeOf(() => plan({ ...resolved, hasContact: true, resultNoticeSent: true }, moves.CLOSE))).toBe('OK');
    expect(codeOf(() => plan({ ...resolved, hasContact: false }, moves.CLOSE))).toBe('OK');
  });

  it.each([
    [NoticeKind.ACKNOWLEDGEMENT, ComplaintStage.RECEIVED, 'OK'],
    [NoticeKind.PROGRESS, ComplaintStage.COMMITTEE, 'OK'],
    [NoticeKind.RESULT, ComplaintStage.RESOLVED, 'OK'],
    [NoticeKind.RESULT, ComplaintStage.COMMITTEE, 'INVALID_TRANSITION'],
    [NoticeKind.NOT_ACCEPTED, ComplaintStage.NOT_ACCEPTED, 'OK'],
    [NoticeKind.NOT_ACCEPTED, ComplaintStage.ORDERED, 'INVALID_TRANSITION'],
    [NoticeKind.PROGRESS, ComplaintStage.CLOSED, 'INVALID_TRANSITION'],
  ])('a %s notice at %s: %s; the stage stays', (kind, stage, expected) => {
    const move: Move = { kind: 'SEND_NOTICE', noticeKind: kind, method: NoticeMethod.LETTER };
    expect(codeOf(() => plan({ stage, hasContact: true, resultNoticeSent: false }, move))).toBe(expected);
    if (expected === 'OK') expect(plan({ stage, hasContact: true, resultNoticeSent: false }, move).to).toBe(stage);
  });

  it('sends no notice to a complainant who left no contact', () => {
    const move: Move = { kind: 'SEND_NOTICE', noticeKind: NoticeKind.ACKNOWLEDGEMENT, method: NoticeMethod.LETTER };
    expect(codeOf(() => plan({ stage: ComplaintStage.RECEIVED, hasContact: false, resultNoticeSent: false }, move))).toBe(
      'INVALID_TRANSITION',
    );
  });
});
