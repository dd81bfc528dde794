import { committeeMinMembers } from '@rongrian/schema/input-rules';
import { badInput, invalidTransition } from '../shared/domain-error.js';
import {
  CommitteeRole,
  ComplaintEventKind,
  ComplaintStage,
  NoticeKind,
  OrderDecision,
  type ComplaintOutcome,
  type NoticeMethod,
  type NotAcceptedReason,
} from './complaint.enums.js';
import type { WorkflowState } from './complaint.queries.js';

/** The moves of shared/domain/workflow.md, with the data each needs. */
export type Move =
  | { kind: 'REGISTER'; registerNumber: string }
  | { kind: 'SUBMIT_FOR_ORDER'; centerRegisterNumber: string }
  | { kind: 'ORDER'; decision: OrderDecision; units: string[]; reason: NotAcceptedReason | null; note: string | null }
  | { kind: 'DISTRIBUTE' }
  | { kind: 'APPOINT_COMMITTEE'; orderNumber: string; members: { fullName: string; role: CommitteeRole; officialId: string | null }[] }
  | { kind: 'RESOLVE'; outcome: ComplaintOutcome; findings: string }
  | { kind: 'SEND_NOTICE'; noticeKind: NoticeKind; method: NoticeMethod }
  | { kind: 'CLOSE' };

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

interface MoveRule {
  from: ComplaintStage[];
  th: string;
  en: string;
}

/** Moves go forward only, one step at a time (workflow.md, "Stages"). */
const moveRules: Record<Exclude<Move['kind'], 'SEND_NOTICE'>, MoveRule> = {
  REGISTER: { from: [ComplaintStage.RECEIVED], th: 'ลงทะเบียนรับ', en: 'register' },
  SUBMIT_FOR_ORDER: { from: [ComplaintStage.REGISTERED], th: 'ลงทะเบียนศูนย์ฯ และเสนอผู้บังคับบัญชา', en: 'submit for order' },
  ORDER: { from: [ComplaintStage.AWAITING_ORDER], th: 'สั่งการ', en: 'order' },
  DISTRIBUTE: { from: [ComplaintStage.ORDERED], th: 'แจกจ่ายให้หน่วยงาน', en: 'distribute' },
  APPOINT_COMMITTEE: { from: [ComplaintStage.FACT_FINDING], th: 'แต่งตั้งคณะกรรมการ', en: 'appoint a committee for' },
  RESOLVE: { from: [ComplaintStage.FACT_FINDING, ComplaintStage.COMMITTEE], th: 'บันทึกข้อยุติ', en: 'resolve' },
  CLOSE: { from: [ComplaintStage.RESOLVED], th: 'ยุติเรื่อง', en: 'close' },
};

/** Which stages each notice may be sent from. */
const noticeStages: Record<NoticeKind, ComplaintStage[]> = {
  ACKNOWLEDGEMENT: [
    ComplaintStage.RECEIVED, ComplaintStage.REGISTERED, ComplaintStage.AWAITING_ORDER, ComplaintStage.ORDERED,
    ComplaintStage.FACT_FINDING, ComplaintStage.COMMITTEE, ComplaintStage.RESOLVED,
  ],
  PROGRESS: [
    ComplaintStage.RECEIVED, ComplaintStage.REGISTERED, ComplaintStage.AWAITING_ORDER, ComplaintStage.ORDERED,
    ComplaintStage.FACT_FINDING, ComplaintStage.COMMITTEE, ComplaintStage.RESOLVED,
  ],
  // R4.3: the result is known once the facts are settled.
  RESULT: [ComplaintStage.RESOLVED],
  // R6: the complainant is told why it was not taken up.
  NOT_ACCEPTED: [ComplaintStage.NOT_ACCEPTED],
};

const stageList = (stages: ComplaintStage[]) => ({
  th: stages.map((stage) => stageLabels[stage].th).join(' หรือ '),
  en: stages.join(' or '),
});

export interface PlannedMove {
  to: ComplaintStage;
  event: ComplaintEventKind;
}

/**
 * Decides whether `move` may be made on a complaint in `state` and where it leads. A move the stage
 * does not allow, or whose precondition is unmet, is INVALID_TRANSITION; an allowed move lacking a
 * field it needs is BAD_USER_INPUT (workflow.md). Stage first, then fields.
 */
export function planMove(state: Pick<WorkflowState, 'stage' | 'hasContact' | 'resultNoticeSent'>, move: Move): PlannedMove {
  const here = stageLabels[state.stage];
  if (move.kind === 'SEND_NOTICE') return planNotice(state, move);

  const rule = moveRules[move.kind];
  if (!rule.from.includes(state.stage)) {
    const needed = stageList(rule.from);
    throw invalidTransition(
      state.stage,
      `ไม่สามารถ${rule.th}เรื่องที่อยู่ในขั้น "${here.th}" (${state.stage}) ได้ ต้องอยู่ในขั้น "${needed.th}"`,
      `Cannot ${rule.en} a complaint at stage ${state.stage}: it must be at ${needed.en}`,
    );
  }

  switch (move.kind) {
    case 'REGISTER':
      // R2.1
      return { to: ComplaintStage.REGISTERED, event: ComplaintEventKind.REGISTERED };
    case 'SUBMIT_FOR_ORDER':
      // R2.2
      return { to: ComplaintStage.AWAITING_ORDER, event: ComplaintEventKind.SUBMITTED_FOR_ORDER };
    case 'ORDER':
      return planOrder(move);
    case 'DISTRIBUTE':
      // R2.3
      return { to: ComplaintStage.FACT_FINDING, event: ComplaintEventKind.DISTRIBUTED };
    case 'APPOINT_COMMITTEE':
      return planCommittee(move);
    case 'RESOLVE':
      // R4.3, R4.5
      return { to: ComplaintStage.RESOLVED, event: ComplaintEventKind.RESOLVED };
    case 'CLOSE':
      // R3, R8: the complainant is told the result in writing before the case is closed.
      if (state.hasContact && !state.resultNoticeSent) {
        throw invalidTransition(
          state.stage,
          'ยังปิดเรื่องไม่ได้: ต้องส่งหนังสือแจ้งผล (RESULT) ถึงผู้ร้องเรียนก่อน',
          'Cannot close yet: a RESULT notice must first be sent to the complainant',
        );
      }
      return { to: ComplaintStage.CLOSED, event: ComplaintEventKind.CLOSED };
  }
}

/** R2.2, R6: accept with the responsible units, or not accept with a reason. */
function planOrder(move: Extract<Move, { kind: 'ORDER' }>): PlannedMove {
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
  if (move.units.length > 0) {
    throw badInput('units', 'เรื่องที่ไม่รับพิจารณาไม่มีหน่วยงานรับผิดชอบ', 'A complaint not accepted is assigned to no unit');
  }
  return { to: ComplaintStage.NOT_ACCEPTED, event: ComplaintEventKind.NOT_ACCEPTED };
}

/** R3, R4.4: at least three members, exactly one chair. */
function planCommittee(move: Extract<Move, { kind: 'APPOINT_COMMITTEE' }>): PlannedMove {
  if (move.members.length < committeeMinMembers) {
    throw badInput('members', `คณะกรรมการต้องมีอย่างน้อย ${committeeMinMembers} คน`, `A committee needs at least ${committeeMinMembers} members`);
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

function planNotice(state: Pick<WorkflowState, 'stage' | 'hasContact'>, move: Extract<Move, { kind: 'SEND_NOTICE' }>): PlannedMove {
  // workflow.md, "Notices": a complainant who left no contact gets none.
  if (!state.hasContact) {
    throw invalidTransition(
      state.stage,
      'ผู้ร้องเรียนไม่ได้ให้ช่องทางติดต่อไว้ จึงไม่มีการแจ้งเป็นหนังสือ',
      'The complainant left no contact, so no notice can be sent',
    );
  }
  const allowed = noticeStages[move.noticeKind];
  if (!allowed.includes(state.stage)) {
    const needed = stageList(allowed);
    throw invalidTransition(
      state.stage,
      `ส่งหนังสือแจ้ง ${move.noticeKind} ในขั้น "${stageLabels[state.stage].th}" (${state.stage}) ไม่ได้ ต้องอยู่ในขั้น "${needed.th}"`,
      `A ${move.noticeKind} notice cannot be sent at stage ${state.stage}: it must be at ${needed.en}`,
    );
  }
  return { to: state.stage, event: ComplaintEventKind.NOTICE_SENT };
}
