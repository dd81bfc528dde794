import { committeeMinMembers, hasVisibleCharacter, orderNumberMaxLength, registerNumberMaxLength } from '@rongrian/schema/input-rules';
import { isDateEntryValue } from '../../app/dateEntry';
import { officeTimeToInstant } from '../../app/format';
import type { Messages } from '../../app/messages/th';
import type {
  CommitteeRole,
  ComplaintOutcome,
  ComplaintStage,
  NotAcceptedReason,
  NoticeKind,
  NoticeMethod,
  OrderDecision,
} from '../../gql/graphql';
import type { FormMoveKind, MoveInput } from './useMoveComplaint';

// What each move's form asks (workflow.md), checked as the server checks it (server
// complaint.inputs.ts and the workflow's BAD_USER_INPUT cases) so that the clerk fixes it in place,
// and turned into the move's contract input. Whether the move is allowed at all stays the server's
// call (INVALID_TRANSITION).

type Timed = {
  /** `datetime-local` in office time (Asia/Bangkok); empty = now. */
  at: string;
};

export type CommitteeMemberValues = { fullName: string; role: CommitteeRole };

type MoveValuesByKind = {
  REGISTER: Timed & { registerNumber: string };
  SUBMIT_FOR_ORDER: Timed & { centerRegisterNumber: string };
  ORDER: Timed & { decision: OrderDecision; units: string[]; reason: NotAcceptedReason | ''; note: string };
  DISTRIBUTE: Timed;
  APPOINT_COMMITTEE: Timed & { orderNumber: string; members: CommitteeMemberValues[] };
  RESOLVE: Timed & { outcome: ComplaintOutcome | ''; findings: string };
  /**
   * Issue 14, item 2: `letter` is the letter's paragraphs as the clerk sees them (blank lines between
   * paragraphs), `draft` the server's draft it started from: only an edited letter sends its paragraphs.
   */
  SEND_NOTICE: Timed & { noticeKind: NoticeKind | ''; noticeMethod: NoticeMethod | ''; letter: string; draft: string };
  CLOSE: Timed;
};

/** A move's form as typed (strings throughout); without a kind, any move's. */
export type MoveValues<K extends FormMoveKind = FormMoveKind> = MoveValuesByKind[K];

export type MoveErrorKey =
  | 'required'
  | 'unitsRequired'
  | 'reasonRequired'
  | 'membersMin'
  | 'oneChair'
  | 'memberName'
  | 'tooLong'
  // Issue 14, item 7: when it happened, typed as no day of the B.E. calendar.
  | 'dateFormat';

export type MoveErrors<V> = Partial<Record<keyof V, MoveErrorKey>>;

type MoveRules<K extends FormMoveKind> = {
  /** `to`: the stage the clerk is moving the complaint to, when chosen on the board. */
  initial: (to: ComplaintStage | undefined) => MoveValues<K>;
  /** Each field's problem, or undefined where there is none. */
  validate: (values: MoveValues<K>) => MoveErrors<MoveValues<K>>;
  input: (values: MoveValues<K>) => Omit<MoveInput<K>, 'at'>;
};

/** The server's limit on one paragraph of a letter (SendNoticeInput.paragraphs). */
export const noticeParagraphMaxLength = 3000;

/** A letter as typed, in paragraphs: blank lines part them. */
export const letterParagraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => hasVisibleCharacter(paragraph));

// The server's rule (schema/input-rules.js): only invisible characters count as blank.
const blank = (text: string) => !hasVisibleCharacter(text);

function requiredText(text: string, maxLength: number): MoveErrorKey | undefined {
  if (blank(text)) return 'required';
  return text.trim().length > maxLength ? 'tooLong' : undefined;
}

const confirmOnly = { initial: () => ({ at: '' }), validate: () => ({}), input: () => ({}) };

/** R3, R4.4: every member named, at least three of them, exactly one the chair. */
function membersProblem(members: readonly CommitteeMemberValues[]): MoveErrorKey | undefined {
  const named = members.filter((member) => !blank(member.fullName));
  if (named.length < members.length) return 'memberName';
  if (named.length < committeeMinMembers) return 'membersMin';
  if (named.filter((member) => member.role === 'CHAIR').length !== 1) return 'oneChair';
  return undefined;
}

// R3: at least three members, one of them the chair; the form starts with a chair and a secretary.
const initialMembers = (): CommitteeMemberValues[] =>
  Array.from({ length: committeeMinMembers }, (_, i) => ({
    fullName: '',
    role: i === 0 ? 'CHAIR' : i === committeeMinMembers - 1 ? 'SECRETARY' : 'MEMBER',
  }));

const rules: { [K in FormMoveKind]: MoveRules<K> } = {
  REGISTER: {
    initial: () => ({ at: '', registerNumber: '' }),
    validate: (values) => ({ registerNumber: requiredText(values.registerNumber, registerNumberMaxLength) }),
    input: (values) => ({ registerNumber: values.registerNumber.trim() }),
  },
  SUBMIT_FOR_ORDER: {
    initial: () => ({ at: '', centerRegisterNumber: '' }),
    validate: (values) => ({ centerRegisterNumber: requiredText(values.centerRegisterNumber, registerNumberMaxLength) }),
    input: (values) => ({ centerRegisterNumber: values.centerRegisterNumber.trim() }),
  },
  ORDER: {
    // Dropped on NOT_ACCEPTED, the order opens on not accepting; the clerk may still change it.
    initial: (to) => ({ at: '', decision: to === 'NOT_ACCEPTED' ? 'NOT_ACCEPT' : 'ACCEPT', units: [], reason: '', note: '' }),
    validate: (values) => ({
      units: values.decision === 'ACCEPT' && values.units.length === 0 ? 'unitsRequired' : undefined,
      reason: values.decision === 'NOT_ACCEPT' && !values.reason ? 'reasonRequired' : undefined,
    }),
    input: (values) => ({
      decision: values.decision,
      units: values.decision === 'ACCEPT' ? values.units : undefined,
      reason: values.decision === 'NOT_ACCEPT' && values.reason ? values.reason : undefined,
      note: values.note.trim() || undefined,
    }),
  },
  DISTRIBUTE: confirmOnly,
  APPOINT_COMMITTEE: {
    initial: () => ({ at: '', orderNumber: '', members: initialMembers() }),
    validate: (values) => ({
      orderNumber: requiredText(values.orderNumber, orderNumberMaxLength),
      members: membersProblem(values.members),
    }),
    input: (values) => ({
      orderNumber: values.orderNumber.trim(),
      members: values.members.map((member) => ({ fullName: member.fullName.trim(), role: member.role })),
    }),
  },
  RESOLVE: {
    initial: () => ({ at: '', outcome: '', findings: '' }),
    validate: (values) => ({
      outcome: values.outcome ? undefined : 'required',
      findings: blank(values.findings) ? 'required' : undefined,
    }),
    input: (values) => ({ outcome: values.outcome || 'SUBSTANTIATED', findings: values.findings.trim() }),
  },
  SEND_NOTICE: {
    initial: () => ({ at: '', noticeKind: '', noticeMethod: '', letter: '', draft: '' }),
    validate: (values) => ({
      noticeKind: values.noticeKind ? undefined : 'required',
      noticeMethod: values.noticeMethod ? undefined : 'required',
      letter: letterParagraphs(values.letter).some((paragraph) => paragraph.length > noticeParagraphMaxLength) ? 'tooLong' : undefined,
    }),
    input: (values) => ({
      kind: values.noticeKind || 'PROGRESS',
      method: values.noticeMethod || 'LETTER',
      paragraphs: !blank(values.letter) && values.letter.trim() !== values.draft.trim() ? letterParagraphs(values.letter) : null,
    }),
  },
  CLOSE: confirmOnly,
};

/** The form of a move as it opens; `to` is the stage chosen on the board, if any. */
export function initialMoveValues<K extends FormMoveKind>(kind: K, to?: ComplaintStage): MoveValues<K> {
  return rules[kind].initial(to);
}

/** The fields the server would refuse, each with why; empty when the move may be sent. */
export function validateMove<K extends FormMoveKind>(kind: K, values: MoveValues<K>): MoveErrors<MoveValues<K>> {
  const at: MoveErrors<Timed> = isDateEntryValue(values.at, 'datetime') ? {} : { at: 'dateFormat' };
  const found = Object.entries({ ...rules[kind].validate(values), ...at }).filter(([, problem]) => problem);
  return Object.fromEntries(found) as MoveErrors<MoveValues<K>>;
}

/** The contract input of a move (shared/contract/README.md) from its valid form. */
export function moveInput<K extends FormMoveKind>(kind: K, values: MoveValues<K>): MoveInput<K> {
  // Every move's input takes `at`; TypeScript cannot see that `K`'s input with it is `K`'s input.
  return { ...rules[kind].input(values), at: officeTimeToInstant(values.at) } as unknown as MoveInput<K>;
}

/** A move's name, as its dialog's title and its button say it. */
export function moveTitle(messages: Messages['move'], kind: FormMoveKind, to?: ComplaintStage): string {
  // An order opened on not accepting (dropped on NOT_ACCEPTED) is called so.
  const values: MoveValues = initialMoveValues(kind, to);
  return 'decision' in values && values.decision === 'NOT_ACCEPT' ? messages.notAccept : messages.titles[kind];
}
