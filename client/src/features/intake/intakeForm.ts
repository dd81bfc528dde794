import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  ageRange,
  clockSkewMs,
  earliestInstant,
  evidenceCopiesRange,
  hasVisibleCharacter,
  phonePattern,
  postcodePattern,
  subjectMaxLength,
} from '@rongrian/schema/input-rules';
import type { OriginAgency, RecordComplaintInput } from '../../gql/graphql';
import { isDateEntryValue } from '../../app/dateEntry';
import { fieldLabelOf } from '../../app/fieldErrors';
import type { Messages } from '../../app/messages/th';
import { officeTimeToInstant } from '../../app/format';

/** `notOfficials`: officials the clerk said this accused is not, when the server found the name probable. */
export type AccusedValues = { officialId: string; fullName: string; position: string; unit: string; notOfficials: string[] };

export const emptyAccused = (): AccusedValues => ({ officialId: '', fullName: '', position: '', unit: '', notOfficials: [] });

export type MatchCandidate = { id: string; fullName: string; position: string };
/** By accused index: the officials the server says a typed name may be (issue 9, item 4). */
export type ProbableMatches = Record<number, MatchCandidate[]>;

/** The probable matches a refused recording names (`extensions.probableOfficials`), if any. */
export function probableMatchesOf(error: unknown): ProbableMatches | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  for (const { extensions } of error.errors) {
    const found = extensions?.probableOfficials as { accused: number; officials: MatchCandidate[] }[] | undefined;
    if (Array.isArray(found)) return Object.fromEntries(found.map((entry) => [entry.accused, entry.officials]));
  }
  return undefined;
}
export type EvidenceValues = { description: string; copies: string };

export const emptyEvidence = (): EvidenceValues => ({ description: '', copies: '1' });

/** Editing one list of the form (accused, evidence): change one item, remove one, add one. */
export function listEdits<T>(items: T[], onChange: (next: T[]) => void) {
  return {
    update: (index: number, patch: Partial<T>) => onChange(items.map((item, j) => (j === index ? { ...item, ...patch } : item))),
    remove: (index: number) => onChange(items.filter((_, j) => j !== index)),
    add: (item: T) => onChange([...items, item]),
  };
}

/** The appendix form as typed (R5): strings throughout, converted once on submit. */
export type IntakeValues = {
  channel: string;
  receivedAt: string;
  subject: string;
  details: string;
  requestedAction: string;
  incidentAt: string;
  incidentPlace: string;
  anonymous: boolean;
  fullName: string;
  age: string;
  houseNumber: string;
  moo: string;
  tambon: string;
  amphoe: string;
  changwat: string;
  postcode: string;
  phone: string;
  email: string;
  accused: AccusedValues[];
  evidence: EvidenceValues[];
  /** Issue 13: the agency outside this deployment it came from ('' none), and that agency's number. */
  originAgency: OriginAgency | '';
  originReference: string;
};

export type IntakeErrorKey =
  | 'required'
  | 'postcode'
  | 'email'
  | 'age'
  | 'phone'
  | 'future'
  | 'tooEarly'
  | 'accused'
  | 'accusedRequired'
  | 'copies'
  | 'tooLong'
  | 'referenceNeedsAgency'
  // Issue 14, item 7: a date and time typed that is no day of the B.E. calendar.
  | 'dateFormat';
export type IntakeErrors = Record<string, IntakeErrorKey>;

/** What each part of the intake form reads and writes: the typed values, the problems found (as shown, by field), a setter. */
export type IntakeFormState = {
  values: IntakeValues;
  errors: Record<string, string>;
  set: <K extends keyof IntakeValues>(key: K, value: IntakeValues[K]) => void;
};

/** Now, as a `datetime-local` value in Bangkok office time. */
export function officeNowLocal(now = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 16);
}

export function emptyIntake(now = Date.now()): IntakeValues {
  return {
    channel: '',
    receivedAt: officeNowLocal(now),
    subject: '',
    details: '',
    requestedAction: '',
    incidentAt: '',
    incidentPlace: '',
    anonymous: false,
    fullName: '',
    age: '',
    houseNumber: '',
    moo: '',
    tambon: '',
    amphoe: '',
    changwat: '',
    postcode: '',
    phone: '',
    email: '',
    accused: [emptyAccused()],
    evidence: [],
    originAgency: '',
    originReference: '',
  };
}

// The server's rules, shared (schema/input-rules.js): only invisible characters count as blank.
const blank = (s: string) => !hasVisibleCharacter(s);
const earliest = Date.parse(earliestInstant);

/** An instant typed in office time: in the future, or before B.E. 2500, the server refuses it. */
function instantProblem(local: string, now: number): IntakeErrorKey | undefined {
  if (!isDateEntryValue(local, 'datetime')) return 'dateFormat';
  const instant = Date.parse(officeTimeToInstant(local)!);
  if (instant > now + clockSkewMs) return 'future';
  if (instant < earliest) return 'tooEarly';
  return undefined;
}
// The server's rules (server/src/modules/complaints/complaint.inputs.ts): class-validator's
// IsEmail is stricter than this, so the server may still refuse an odd address; it says which.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Mirrors the server's checks on RecordComplaintInput, field by field. */
export function validateIntake(values: IntakeValues, now = Date.now()): IntakeErrors {
  const errors: IntakeErrors = {};
  if (!values.channel) errors.channel = 'required';
  if (!values.receivedAt) errors.receivedAt = 'required';
  else {
    const problem = instantProblem(values.receivedAt, now);
    if (problem) errors.receivedAt = problem;
  }
  if (blank(values.subject)) errors.subject = 'required';
  else if (values.subject.trim().length > subjectMaxLength) errors.subject = 'tooLong';
  if (blank(values.details)) errors.details = 'required';
  const incidentProblem = values.incidentAt ? instantProblem(values.incidentAt, now) : undefined;
  if (incidentProblem) errors.incidentAt = incidentProblem;
  if (!values.anonymous) {
    if (blank(values.fullName)) errors.fullName = 'required';
    if (values.age.trim()) {
      const age = Number(values.age);
      if (!Number.isInteger(age) || age < ageRange.min || age > ageRange.max) errors.age = 'age';
    }
    if (values.postcode.trim() && !postcodePattern.test(values.postcode.trim())) errors.postcode = 'postcode';
    if (values.email.trim() && !emailPattern.test(values.email.trim())) errors.email = 'email';
    if (values.phone.trim() && !phonePattern.test(values.phone.trim())) errors.phone = 'phone';
  }
  values.accused.forEach((a, i) => {
    if (!a.officialId && blank(a.fullName) && blank(a.position) && blank(a.unit)) errors[`accused.${i}`] = 'accused';
  });
  // R5: the form names at least one accused; the server refuses a complaint without.
  if (values.accused.length === 0) errors.accused = 'accusedRequired';
  values.evidence.forEach((e, i) => {
    if (blank(e.description)) errors[`evidence.${i}.description`] = 'required';
    const copies = Number(e.copies || '1');
    if (!Number.isInteger(copies) || copies < evidenceCopiesRange.min || copies > evidenceCopiesRange.max) {
      errors[`evidence.${i}.copies`] = 'copies';
    }
  });
  // Issue 13 (the server's rule): a reference number names the agency that gave it.
  if (!blank(values.originReference) && !values.originAgency) errors.originAgency = 'referenceNeedsAgency';
  return errors;
}

const opt = (s: string) => (blank(s) ? undefined : s.trim());

/** One typed accused as the contract's AccusedInput (the chosen official, or what was typed). */
export function accusedInputOf(a: AccusedValues) {
  return a.officialId
    ? { officialId: a.officialId }
    : {
        fullName: opt(a.fullName),
        position: opt(a.position),
        unit: opt(a.unit),
        ...(a.notOfficials.length ? { notOfficials: a.notOfficials } : {}),
      };
}

/** The contract input (shared/contract/README.md): an anonymous complaint omits `complainant`. */
export function toRecordInput(values: IntakeValues): RecordComplaintInput {
  return {
    channel: values.channel,
    receivedAt: officeTimeToInstant(values.receivedAt)!,
    subject: values.subject.trim(),
    details: values.details.trim(),
    requestedAction: opt(values.requestedAction),
    incidentAt: officeTimeToInstant(values.incidentAt),
    incidentPlace: opt(values.incidentPlace),
    complainant: values.anonymous
      ? undefined
      : {
          fullName: values.fullName.trim(),
          age: values.age.trim() ? Number(values.age) : undefined,
          address: {
            houseNumber: opt(values.houseNumber),
            moo: opt(values.moo),
            tambon: opt(values.tambon),
            amphoe: opt(values.amphoe),
            changwat: opt(values.changwat),
            postcode: opt(values.postcode),
          },
          phone: opt(values.phone),
          email: opt(values.email),
        },
    accused: values.accused.filter((a) => a.officialId || opt(a.fullName) || opt(a.position) || opt(a.unit)).map(accusedInputOf),
    evidence: values.evidence.map((e) => ({ description: e.description.trim(), copies: Number(e.copies || '1') })),
    originAgency: values.originAgency || undefined,
    originReference: values.originAgency ? opt(values.originReference) : undefined,
  };
}

/** The form's own labels (without the required mark) for the fields it names. */
function intakeLabels(t: Messages): Record<string, string> {
  const i = t.intake;
  const labels: Record<string, string> = {
    channel: i.channel,
    receivedAt: i.receivedAt,
    subject: i.subject,
    details: i.details,
    requestedAction: i.requestedAction,
    incidentAt: i.incidentAt,
    incidentPlace: i.incidentPlace,
    fullName: i.fullName,
    age: i.age,
    houseNumber: i.houseNumber,
    moo: i.moo,
    tambon: i.tambon,
    amphoe: i.amphoe,
    changwat: i.changwat,
    postcode: i.postcode,
    phone: i.phone,
    email: i.email,
    originAgency: t.referral.originAgency,
    originReference: t.referral.originReference,
  };
  return Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, label.replace(/\s*\*$/, '')]));
}

/** Issue 14, item 7: what is wrong with one field, in words naming it and its limit. */
export function intakeProblemText(field: string, problem: IntakeErrorKey, t: Messages): string {
  const label = fieldLabelOf(field, t.fields, intakeLabels(t));
  if (problem === 'dateFormat') return t.dateEntry.dateTimeFormat(label);
  if (problem === 'accusedRequired' || problem === 'referenceNeedsAgency') return t.intake.errors[problem];
  if (problem === 'tooLong') return t.fields.problem(label, t.fields.maxLength(subjectMaxLength));
  return t.fields.problem(label, t.intake.errors[problem]);
}

/** The labels a server refusal's field is named by, on this form. */
export const intakeFieldLabels = intakeLabels;

/**
 * The form's key for a field the server names by its input path: the complainant's fields sit at
 * the top of the form, an accused is one row (`accused.0.fullName` is row `accused.0`).
 */
export function intakeFieldOf(path: string): string {
  const bare = path.replace(/^input\./, '');
  const accused = /^accused\.(\d+)/.exec(bare);
  if (accused) return `accused.${accused[1]}`;
  return bare.replace(/^complainant\.(address\.)?/, '');
}
