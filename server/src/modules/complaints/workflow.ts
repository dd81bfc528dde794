import { committeeMinMembers } from '@rongrian/schema/input-rules';
import { badInput, forbidden, invalidTransition } from '../shared/domain-error.js';
import { Role } from '../auth/role.js';
import {
  CommitteeRole,
  ComplaintEventKind,
  ComplaintOutcome,
  ComplaintStage,
  MoveKind,
  NotAcceptedReason,
  NoticeKind,
  OrderDecision,
  type NoticeMethod,
} from './complaint.enums.js';

/*
 * The workflow of shared/domain/workflow.md, defined once. Each move names the stages it is made
 * from, the roles that may make it (contract, "Who may do what") and the rule on the division,
 * its preconditions, and the fields it needs; where it leads is its plan, and what it writes its
 * effects (move-effects.ts, with the committees', notices' and resolutions' own). `availableMoves`,
 * `availableNoticeKinds`, `notAcceptedReasons`, `reportingDivision` and `planMove` read the same
 * table, so what the web app offers is what the server accepts, and jobs, seeds and tests meet the
 * same rule.
 */

/** The moves, with the data each needs. */
export type Move =
  | { kind: 'REGISTER'; registerNumber: string }
  | { kind: 'SUBMIT_FOR_ORDER'; centerRegisterNumber: string }
  | { kind: 'ORDER'; decision: OrderDecision; units: string[]; reason: NotAcceptedReason | null; note: string | null }
  | { kind: 'DISTRIBUTE' }
  | { kind: 'APPOINT_COMMITTEE'; orderNumber: string; members: { fullName: string; role: CommitteeRole; officialId: string | null }[] }
  | { kind: 'RESOLVE'; outcome: ComplaintOutcome; findings: string }
  | { kind: 'SEND_NOTICE'; noticeKind: NoticeKind; method: NoticeMethod; paragraphs?: string[] | null }
  | { kind: 'CLOSE' }
  /** Contract, "Corrections and the register": what the correction changes is checked by the service. */
  | { kind: 'CORRECT' }
  /** Issue 13, item 4 (R6): sent to the agency it belongs to; the letter's number from the outgoing register unless given. */
  | { kind: 'REFER'; toOrganisationCode: string; letterNumber: string | null; shareIdentity: boolean };

/** The moves the workflow defines (REPLY is the tracking page's replyToComplainant, not a move of the stages). */
export type DefinedMoveKind = Move['kind'];

/** Who makes a move, as the rules need them. */
export interface Actor {
  roles: readonly Role[];
  divisionCode: string | null;
}

/** A division's report, as the outcome rule needs it. */
export interface UnitReportState {
  divisionCode: string;
  outcome: ComplaintOutcome;
  findings: string;
}

/** What the workflow's rules read of a complaint to tell which moves may be made now. */
export interface MoveContext {
  stage: ComplaintStage;
  hasContact: boolean;
  resultNoticeSent: boolean;
  /** The divisions named in the order, in the divisions' order. */
  unitCodes: string[];
  /** The divisions that have reported (R4.6). */
  reportedUnitCodes: string[];
  /** No complainant was given (บัตรสนเท่ห์). */
  anonymous: boolean;
  /** Recorded by mistake and voided by a correction: no move may be made on it any more. */
  voided?: boolean;
  /** R6: why it was not accepted, and what it was resolved with (a referral needs OTHER_AGENCY or REFERRED). */
  notAcceptedReason?: NotAcceptedReason | null;
  outcome?: ComplaintOutcome | null;
  /** Issue 13, item 4: already sent on to another agency. */
  referred?: boolean;
}

/** What a move needs to know about the complaint before it is made. */
export interface WorkflowState extends MoveContext {
  unitReports: UnitReportState[];
}

export interface PlannedMove {
  to: ComplaintStage;
  event: ComplaintEventKind;
  /** R4.6: the report of the caller's division that this move records. */
  unitReport?: UnitReportState;
  /** The outcome the complaint is resolved with, and the reports it rests on. */
  resolution?: { outcome: ComplaintOutcome; reports: UnitReportState[]; unreportedUnitCodes: string[] };
}

export const stageLabels: Record<ComplaintStage, { th: string; en: string }> = {
  RECEIVED: { th: 'รับเรื่อง', en: 'received' },
  REGISTERED: { th: 'ลงทะเบียนรับ อบต.', en: 'registered' },
  AWAITING_ORDER: { th: 'เสนอผู้บังคับบัญชา', en: 'awaiting the order' },
  ORDERED: { th: 'ผู้บังคับบัญชาสั่งการ', en: 'ordered' },
  NOT_ACCEPTED: { th: 'ไม่รับพิจารณา', en: 'not accepted' },
  FACT_FINDING: { th: 'ตรวจสอบข้อเท็จจริง', en: 'fact-finding' },
  COMMITTEE: { th: 'คณะกรรมการสอบข้อเท็จจริง', en: 'committee' },
  RESOLVED: { th: 'ได้ข้อยุติ', en: 'resolved' },
  CLOSED: { th: 'ยุติเรื่อง', en: 'closed' },
};

/** Why a move may not be made now, in words a clerk can act on. */
type Refusal =
  /** The caller may not: the action they may not take. */
  | { code: 'FORBIDDEN'; action: { th: string; en: string } }
  /** The complaint is not there yet, or a precondition is unmet. */
  | { code: 'INVALID_TRANSITION'; th: string; en: string };

interface MoveRule<M extends Move> {
  /** The move in a sentence: "ไม่สามารถ…ได้", "Cannot … a complaint". */
  label: { th: string; en: string };
  from: readonly ComplaintStage[];
  roles: readonly Role[];
  /** Beyond role and stage: whether this caller may make the move on this complaint now. */
  refusal?: (state: MoveContext, actor: Actor) => Refusal | undefined;
  /** Where the move leads, after checking the fields it needs (BAD_USER_INPUT). */
  plan: (state: WorkflowState, move: M, actor: Actor) => PlannedMove;
}

type Rules = { [K in DefinedMoveKind]: MoveRule<Extract<Move, { kind: K }>> };

const center = [Role.CENTER_OFFICER];
const commander = [Role.COMMANDER];
const everyStageButClosed = Object.values(ComplaintStage).filter((stage) => stage !== ComplaintStage.CLOSED);
const afterReceipt = everyStageButClosed.filter((stage) => stage !== ComplaintStage.NOT_ACCEPTED);

/** Which stages each notice may be sent from. */
const noticeStages: Record<NoticeKind, readonly ComplaintStage[]> = {
  ACKNOWLEDGEMENT: afterReceipt,
  PROGRESS: afterReceipt,
  // R4.3: the result is known once the facts are settled.
  RESULT: [ComplaintStage.RESOLVED],
  // R6: the complainant is told why it was not taken up.
  NOT_ACCEPTED: [ComplaintStage.NOT_ACCEPTED],
};

const isCenter = (actor: Actor) => actor.roles.includes(Role.CENTER_OFFICER);

/**
 * The division whose report a DIVISION_OFFICER's resolution is, while the facts are being found by
 * several divisions; with one division, its officer's resolution resolves, as it always did.
 */
const reportsForDivision = (state: Pick<MoveContext, 'stage' | 'unitCodes'>, actor: Actor) =>
  !isCenter(actor) && state.stage === ComplaintStage.FACT_FINDING && state.unitCodes.length > 1 ? actor.divisionCode : null;

/** Moves go forward only, one step at a time (workflow.md, "Stages"). */
const rules: Rules = {
  REGISTER: {
    label: { th: 'ลงทะเบียนรับ', en: 'register' },
    from: [ComplaintStage.RECEIVED],
    roles: center,
    // R2.1
    plan: () => ({ to: ComplaintStage.REGISTERED, event: ComplaintEventKind.REGISTERED }),
  },
  SUBMIT_FOR_ORDER: {
    label: { th: 'ลงทะเบียนศูนย์ฯ และเสนอผู้บังคับบัญชา', en: 'submit for order' },
    from: [ComplaintStage.REGISTERED],
    roles: center,
    // R2.2
    plan: () => ({ to: ComplaintStage.AWAITING_ORDER, event: ComplaintEventKind.SUBMITTED_FOR_ORDER }),
  },
  ORDER: {
    label: { th: 'สั่งการ', en: 'order' },
    from: [ComplaintStage.AWAITING_ORDER],
    roles: commander,
    plan: planOrder,
  },
  DISTRIBUTE: {
    label: { th: 'แจกจ่ายให้หน่วยงาน', en: 'distribute' },
    from: [ComplaintStage.ORDERED],
    roles: center,
    // R2.3
    plan: () => ({ to: ComplaintStage.FACT_FINDING, event: ComplaintEventKind.DISTRIBUTED }),
  },
  APPOINT_COMMITTEE: {
    label: { th: 'แต่งตั้งคณะกรรมการ', en: 'appoint a committee for' },
    from: [ComplaintStage.FACT_FINDING],
    roles: commander,
    plan: planCommittee,
  },
  RESOLVE: {
    label: { th: 'บันทึกข้อยุติ', en: 'resolve' },
    from: [ComplaintStage.FACT_FINDING, ComplaintStage.COMMITTEE],
    // Contract: CENTER_OFFICER; DIVISION_OFFICER of an assigned unit.
    roles: [Role.CENTER_OFFICER, Role.DIVISION_OFFICER],
    refusal: (state, actor) => {
      if (isCenter(actor)) return undefined;
      if (!actor.divisionCode || !state.unitCodes.includes(actor.divisionCode)) {
        return {
          code: 'FORBIDDEN',
          action: { th: 'บันทึกข้อยุติของเรื่องที่มิได้มอบหมายให้กองของท่าน', en: 'resolve a complaint not assigned to your division' },
        };
      }
      // Contract, "Several divisions on one complaint": a division reports once.
      if (reportsForDivision(state, actor) && state.reportedUnitCodes.includes(actor.divisionCode)) {
        return {
          code: 'INVALID_TRANSITION',
          th: 'กองของท่านรายงานผลการตรวจสอบเรื่องนี้แล้ว รอรายงานของหน่วยงานอื่น',
          en: 'Your division has already reported on this complaint; the other divisions have yet to report',
        };
      }
      return undefined;
    },
    plan: planResolution,
  },
  SEND_NOTICE: {
    label: { th: 'ส่งหนังสือแจ้งผู้ร้องเรียน', en: 'send a notice on' },
    from: everyStageButClosed,
    roles: center,
    // workflow.md, "Notices": a complainant who left no contact gets none.
    refusal: (state) =>
      state.hasContact
        ? undefined
        : {
            code: 'INVALID_TRANSITION',
            th: 'ผู้ร้องเรียนไม่ได้ให้ช่องทางติดต่อไว้ จึงไม่มีการแจ้งเป็นหนังสือ',
            en: 'The complainant left no contact, so no notice can be sent',
          },
    plan: planNotice,
  },
  CLOSE: {
    label: { th: 'ยุติเรื่อง', en: 'close' },
    from: [ComplaintStage.RESOLVED],
    roles: center,
    // R3, R8: the complainant is told the result in writing before the case is closed.
    refusal: (state) =>
      state.hasContact && !state.resultNoticeSent
        ? {
            code: 'INVALID_TRANSITION',
            th: 'ยังปิดเรื่องไม่ได้: ต้องส่งหนังสือแจ้งผลถึงผู้ร้องเรียนก่อน',
            en: 'Cannot close yet: a RESULT notice must first be sent to the complainant',
          }
        : undefined,
    // R3, R4.5
    plan: () => ({ to: ComplaintStage.CLOSED, event: ComplaintEventKind.CLOSED }),
  },
  REFER: {
    label: { th: 'ส่งเรื่องต่อให้หน่วยงานที่มีอำนาจ', en: 'refer' },
    // Contract, "Many bodies on one deployment": a complaint not accepted as another agency's
    // (R6, OTHER_AGENCY), or resolved as one to refer (REFERRED), goes to that agency once.
    from: [ComplaintStage.NOT_ACCEPTED, ComplaintStage.RESOLVED],
    roles: center,
    refusal: (state) => {
      if (state.referred) {
        return { code: 'INVALID_TRANSITION', th: 'เรื่องนี้ส่งต่อให้หน่วยงานอื่นแล้ว', en: 'This complaint has already been referred' };
      }
      if (state.stage === ComplaintStage.NOT_ACCEPTED && state.notAcceptedReason !== NotAcceptedReason.OTHER_AGENCY) {
        return {
          code: 'INVALID_TRANSITION',
          th: 'ส่งต่อได้เฉพาะเรื่องที่ไม่รับไว้เพราะเป็นอำนาจของหน่วยงานอื่น',
          en: 'Only a complaint not accepted as another agency’s (OTHER_AGENCY) can be referred',
        };
      }
      if (state.stage === ComplaintStage.RESOLVED && state.outcome !== ComplaintOutcome.REFERRED) {
        return {
          code: 'INVALID_TRANSITION',
          th: 'ส่งต่อได้เฉพาะเรื่องที่มีข้อยุติให้ส่งหน่วยงานอื่นดำเนินการ',
          en: 'Only a complaint resolved as REFERRED can be referred',
        };
      }
      return undefined;
    },
    plan: (state) => ({ to: state.stage, event: ComplaintEventKind.REFERRED }),
  },
  CORRECT: {
    label: { th: 'แก้ไขข้อมูล', en: 'correct' },
    // Contract, "Corrections and the register": a mistake is corrected at any stage, closed ones too
    // (workflow.md: "a correction is a new event, never an edit of an old one").
    from: Object.values(ComplaintStage),
    roles: center,
    plan: (state) => ({ to: state.stage, event: ComplaintEventKind.CORRECTED }),
  },
};

const stageList = (stages: readonly ComplaintStage[]) => ({
  th: stages.map((stage) => `"${stageLabels[stage].th}"`).join(' หรือ '),
  en: stages.join(' or '),
});

/** FORBIDDEN unless one of the actor's roles may ever make a move of `kind` (contract, "Who may do what"). */
export function requireMover(kind: DefinedMoveKind, actor: Actor): void {
  const refusal = roleRefusal(kind, actor);
  if (refusal) throw forbidden(refusal.action.th, refusal.action.en);
}

function roleRefusal(kind: DefinedMoveKind, actor: Actor): Extract<Refusal, { code: 'FORBIDDEN' }> | undefined {
  const rule = rules[kind];
  if (rule.roles.some((role) => actor.roles.includes(role))) return undefined;
  return { code: 'FORBIDDEN', action: { th: `${rule.label.th}เรื่องร้องเรียน`, en: `${rule.label.en} a complaint` } };
}

/** Why `actor` may not make a move of `kind` on a complaint in `state` now; undefined when they may. */
function refusalOf(kind: DefinedMoveKind, state: MoveContext, actor: Actor): Refusal | undefined {
  const rule: MoveRule<Move> = rules[kind] as MoveRule<Move>;
  const byRole = roleRefusal(kind, actor);
  if (byRole) return byRole;
  if (state.voided) {
    return {
      code: 'INVALID_TRANSITION',
      th: `ไม่สามารถ${rule.label.th}เรื่องนี้ได้ เพราะเรื่องนี้ถูกยกเลิกแล้ว (บันทึกไว้โดยผิดพลาด)`,
      en: `Cannot ${rule.label.en} this complaint: it was voided (recorded by mistake)`,
    };
  }
  if (!rule.from.includes(state.stage)) {
    const needed = stageList(rule.from);
    return {
      code: 'INVALID_TRANSITION',
      th: `ไม่สามารถ${rule.label.th}เรื่องที่อยู่ในขั้น "${stageLabels[state.stage].th}" ได้ ต้องอยู่ในขั้น ${needed.th}`,
      en: `Cannot ${rule.label.en} a complaint at stage ${state.stage}: it must be at ${needed.en}`,
    };
  }
  return rule.refusal?.(state, actor);
}

/**
 * The moves `actor` may make on a complaint in `state` now (contract, "Moves a caller may make"):
 * a move listed is accepted when its input is complete, a move not listed is refused.
 */
export function availableMoves(state: MoveContext, actor: Actor): MoveKind[] {
  return (Object.keys(rules) as DefinedMoveKind[]).filter((kind) => !refusalOf(kind, state, actor)).map((kind) => MoveKind[kind]);
}

/**
 * The notices `actor` may send now (SEND_NOTICE with each kind): none when they may not send one,
 * else the kinds the complaint's stage allows.
 */
export function availableNoticeKinds(state: MoveContext, actor: Actor): NoticeKind[] {
  if (refusalOf('SEND_NOTICE', state, actor)) return [];
  return (Object.keys(noticeStages) as NoticeKind[]).filter((kind) => noticeStages[kind].includes(state.stage));
}

/** R6: the reasons an order may give for not accepting the complaint. */
export function notAcceptedReasons(state: Pick<MoveContext, 'anonymous'>): NotAcceptedReason[] {
  const reasons = Object.values(NotAcceptedReason);
  // The letter of this reason tells the complainant they were anonymous: not to one who gave a name.
  return state.anonymous ? reasons : reasons.filter((reason) => reason !== NotAcceptedReason.ANONYMOUS_WITHOUT_EVIDENCE);
}

/**
 * The division whose report the actor's RESOLVE would record rather than resolve the complaint
 * (several divisions, fact-finding, R4.6), when they may make it now; otherwise null.
 */
export function reportingDivision(state: MoveContext, actor: Actor): string | null {
  return refusalOf('RESOLVE', state, actor) ? null : reportsForDivision(state, actor);
}

/**
 * Decides whether `actor` may make `move` on a complaint in `state` and where it leads. A role
 * that may not make it is FORBIDDEN; a move the stage does not allow, or whose precondition is
 * unmet, is INVALID_TRANSITION; an allowed move lacking a field it needs is BAD_USER_INPUT
 * (workflow.md). Role, then stage, then fields.
 */
export function planMove(state: WorkflowState, actor: Actor, move: Move): PlannedMove {
  const refusal = refusalOf(move.kind, state, actor);
  if (refusal?.code === 'FORBIDDEN') throw forbidden(refusal.action.th, refusal.action.en);
  if (refusal) throw invalidTransition(state.stage, refusal.th, refusal.en);
  const rule = rules[move.kind] as MoveRule<Move>;
  return rule.plan(state, move, actor);
}

/** R2.2, R6: accept with the responsible units, or not accept with a reason. */
function planOrder(state: WorkflowState, move: Extract<Move, { kind: 'ORDER' }>): PlannedMove {
  if (move.decision === OrderDecision.ACCEPT) {
    if (move.units.length === 0) {
      throw badInput('units', 'ต้องระบุหน่วยงานที่รับผิดชอบอย่างน้อยหนึ่งหน่วย', 'Name at least one responsible unit to accept');
    }
    if (move.reason) {
      throw badInput('reason', 'เหตุผลที่ไม่รับพิจารณาใช้กับการสั่งไม่รับเท่านั้น', 'A reason is given only with NOT_ACCEPT');
    }
    return { to: ComplaintStage.ORDERED, event: ComplaintEventKind.ORDERED };
  }
  if (!move.reason) {
    throw badInput('reason', 'ต้องระบุเหตุผลที่ไม่รับพิจารณา (ข้อ 10 ของคู่มือ)', 'Give the reason for not accepting (manual R6)');
  }
  if (!notAcceptedReasons(state).includes(move.reason)) {
    throw badInput(
      'reason',
      'เรื่องนี้ผู้ร้องเรียนระบุชื่อไว้ จึงใช้เหตุผล "บัตรสนเท่ห์ที่ไม่มีพยานหลักฐาน" ไม่ได้ กรุณาเลือกเหตุผลอื่น',
      'This complaint names its complainant, so it cannot be refused as anonymous without evidence; choose another reason',
    );
  }
  if (move.units.length > 0) {
    throw badInput('units', 'เรื่องที่ไม่รับพิจารณาไม่มีหน่วยงานรับผิดชอบ', 'A complaint not accepted is assigned to no unit');
  }
  return { to: ComplaintStage.NOT_ACCEPTED, event: ComplaintEventKind.NOT_ACCEPTED };
}

/** R3, R4.4: at least three members, exactly one chair. */
function planCommittee(_state: WorkflowState, move: Extract<Move, { kind: 'APPOINT_COMMITTEE' }>): PlannedMove {
  if (move.members.length < committeeMinMembers) {
    throw badInput(
      'members',
      `คณะกรรมการต้องมีอย่างน้อย ${committeeMinMembers} คน`,
      `A committee needs at least ${committeeMinMembers} members`,
    );
  }
  const chairs = move.members.filter((member) => member.role === CommitteeRole.CHAIR).length;
  if (chairs !== 1) {
    throw badInput(
      'members',
      chairs === 0 ? 'คณะกรรมการต้องมีประธาน 1 คน' : 'คณะกรรมการมีประธานได้เพียง 1 คน',
      chairs === 0 ? 'A committee needs a chair' : 'A committee has exactly one chair',
    );
  }
  return { to: ComplaintStage.COMMITTEE, event: ComplaintEventKind.COMMITTEE_APPOINTED };
}

/**
 * The outcome of several divisions' reports (contract, "Several divisions on one complaint"):
 * substantiated if any found so, else referred if any referred, else unsubstantiated.
 */
function outcomeOfReports(reports: readonly Pick<UnitReportState, 'outcome'>[]): ComplaintOutcome {
  const found = (outcome: ComplaintOutcome) => reports.some((report) => report.outcome === outcome);
  if (found(ComplaintOutcome.SUBSTANTIATED)) return ComplaintOutcome.SUBSTANTIATED;
  if (found(ComplaintOutcome.REFERRED)) return ComplaintOutcome.REFERRED;
  return ComplaintOutcome.UNSUBSTANTIATED;
}

/**
 * R4.3, R4.5, R4.6. In fact-finding, a DIVISION_OFFICER's resolution is their division's report:
 * the complaint is resolved by the last assigned division's report, on the outcome of them all.
 * The Center resolves at once, whatever is missing, and the history names who had not reported.
 * A committee's result is resolved at once by whoever may resolve.
 */
function planResolution(state: WorkflowState, move: Extract<Move, { kind: 'RESOLVE' }>, actor: Actor): PlannedMove {
  const division = reportsForDivision(state, actor);
  if (!division) {
    const reported = new Set(state.reportedUnitCodes);
    const unreportedUnitCodes =
      state.stage === ComplaintStage.FACT_FINDING && state.unitCodes.length > 1
        ? state.unitCodes.filter((code) => !reported.has(code))
        : [];
    return {
      to: ComplaintStage.RESOLVED,
      event: ComplaintEventKind.RESOLVED,
      resolution: { outcome: move.outcome, reports: [], unreportedUnitCodes },
    };
  }
  const unitReport = { divisionCode: division, outcome: move.outcome, findings: move.findings };
  const reports = [...state.unitReports, unitReport];
  const reported = new Set(reports.map((report) => report.divisionCode));
  if (state.unitCodes.some((code) => !reported.has(code))) {
    return { to: ComplaintStage.FACT_FINDING, event: ComplaintEventKind.UNIT_REPORTED, unitReport };
  }
  const ordered = state.unitCodes.map((code) => reports.find((report) => report.divisionCode === code)!);
  return {
    to: ComplaintStage.RESOLVED,
    event: ComplaintEventKind.RESOLVED,
    unitReport,
    resolution: { outcome: outcomeOfReports(ordered), reports: ordered, unreportedUnitCodes: [] },
  };
}

function planNotice(state: WorkflowState, move: Extract<Move, { kind: 'SEND_NOTICE' }>): PlannedMove {
  const allowed = noticeStages[move.noticeKind];
  if (!allowed.includes(state.stage)) {
    const needed = stageList(allowed);
    throw invalidTransition(
      state.stage,
      `ส่งหนังสือแจ้ง${noticeLabels[move.noticeKind]}ในขั้น "${stageLabels[state.stage].th}" ไม่ได้ ต้องอยู่ในขั้น ${needed.th}`,
      `A ${move.noticeKind} notice cannot be sent at stage ${state.stage}: it must be at ${needed.en}`,
    );
  }
  return { to: state.stage, event: ComplaintEventKind.NOTICE_SENT };
}

const noticeLabels: Record<NoticeKind, string> = {
  ACKNOWLEDGEMENT: 'การรับเรื่อง',
  PROGRESS: 'ความคืบหน้า',
  RESULT: 'ผลการดำเนินการ',
  NOT_ACCEPTED: 'การไม่รับพิจารณา',
};
