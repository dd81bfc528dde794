import { committeeMinMembers } from '@rongrian/schema/input-rules';
import type {
  CommitteeRole,
  ComplaintOutcome,
  NotAcceptedReason,
  NoticeKind,
  NoticeMethod,
  OrderDecision,
} from '../../gql/graphql';
import type { MoveKind } from '../../app/workflow';

/** What a dialog may ask: a move of the workflow, or a notice to the complainant. */
export type DialogKind = MoveKind | 'notice';

export type CommitteeMemberValues = { fullName: string; role: CommitteeRole };

/** Everything any move dialog asks, as typed; each move reads only its own fields. */
export type MoveValues = {
  /** `datetime-local` in office time (Asia/Bangkok); empty = now. */
  at: string;
  registerNumber: string;
  centerRegisterNumber: string;
  decision: OrderDecision;
  units: string[];
  reason: NotAcceptedReason | '';
  note: string;
  orderNumber: string;
  members: CommitteeMemberValues[];
  outcome: ComplaintOutcome | '';
  findings: string;
  noticeKind: NoticeKind | '';
  noticeMethod: NoticeMethod | '';
};

export function initialMoveValues(kind: DialogKind): MoveValues {
  return {
    at: '',
    registerNumber: '',
    centerRegisterNumber: '',
    decision: kind === 'notAccept' ? 'NOT_ACCEPT' : 'ACCEPT',
    units: [],
    reason: '',
    note: '',
    orderNumber: '',
    // R3: at least three, one of them the chair.
    members: [
      { fullName: '', role: 'CHAIR' },
      { fullName: '', role: 'MEMBER' },
      { fullName: '', role: 'SECRETARY' },
    ],
    outcome: '',
    findings: '',
    noticeKind: '',
    noticeMethod: '',
  };
}

export type MoveErrorKey =
  | 'required'
  | 'unitsRequired'
  | 'reasonRequired'
  | 'membersMin'
  | 'oneChair'
  | 'memberName'
  | 'tooLong';

export type MoveErrors = Partial<Record<keyof MoveValues, MoveErrorKey>>;

const blank = (value: string) => value.trim() === '';

/**
 * The checks the server makes on each move's input (server complaint.inputs.ts and the workflow's
 * BAD_USER_INPUT cases), made before sending so the clerk fixes them in place. Whether the move is
 * allowed at all stays the server's call (INVALID_TRANSITION).
 */
export function validateMove(kind: DialogKind, values: MoveValues): MoveErrors {
  const errors: MoveErrors = {};
  switch (kind) {
    case 'register':
      if (blank(values.registerNumber)) errors.registerNumber = 'required';
      else if (values.registerNumber.trim().length > 50) errors.registerNumber = 'tooLong';
      break;
    case 'submit':
      if (blank(values.centerRegisterNumber)) errors.centerRegisterNumber = 'required';
      else if (values.centerRegisterNumber.trim().length > 50) errors.centerRegisterNumber = 'tooLong';
      break;
    case 'order':
    case 'notAccept':
      if (values.decision === 'ACCEPT' && values.units.length === 0) errors.units = 'unitsRequired';
      if (values.decision === 'NOT_ACCEPT' && !values.reason) errors.reason = 'reasonRequired';
      break;
    case 'appoint': {
      if (blank(values.orderNumber)) errors.orderNumber = 'required';
      const named = values.members.filter((member) => !blank(member.fullName));
      if (values.members.some((member) => blank(member.fullName))) errors.members = 'memberName';
      else if (named.length < committeeMinMembers) errors.members = 'membersMin';
      else if (named.filter((member) => member.role === 'CHAIR').length !== 1) errors.members = 'oneChair';
      break;
    }
    case 'resolve':
      if (!values.outcome) errors.outcome = 'required';
      if (blank(values.findings)) errors.findings = 'required';
      break;
    case 'notice':
      if (!values.noticeKind) errors.noticeKind = 'required';
      if (!values.noticeMethod) errors.noticeMethod = 'required';
      break;
    case 'distribute':
    case 'close':
      break;
  }
  return errors;
}

/** A `datetime-local` value read as Bangkok office time (UTC+7, no daylight saving). */
export function officeTimeToInstant(local: string): string | undefined {
  if (!local) return undefined;
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  return `${withSeconds}+07:00`;
}
