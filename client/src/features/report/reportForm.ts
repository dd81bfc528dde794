import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { SubmitComplaintInput } from '../../gql/graphql';
import type { Messages } from '../../app/messages/th';
import { emptyIntake, officeNowLocal, toRecordInput, validateIntake, type IntakeErrors, type IntakeValues } from '../intake/intakeForm';

/**
 * The public form holds the appendix form's fields (R5) as the staff intake types them, so both
 * check a complaint by the same rules (validateIntake, which mirrors the server's); the website
 * sets no channel and no receipt instant (contract: WEBSITE, received now), and the citizen
 * certifies the complaint is true (R5, the appendix form's last line).
 */
export type ReportValues = Omit<IntakeValues, 'channel' | 'receivedAt'> & { certified: boolean };

export function emptyReport(): ReportValues {
  const { channel: _channel, receivedAt: _receivedAt, ...rest } = emptyIntake();
  return { ...rest, certified: false };
}

const asIntake = (values: ReportValues, now: number): IntakeValues => ({
  ...values,
  channel: 'WEBSITE',
  receivedAt: officeNowLocal(now),
});

/** The problems of the form by field (validateIntake's keys), and `certified` when it is not ticked. */
export function validateReport(values: ReportValues, now = Date.now()): IntakeErrors {
  const errors = validateIntake(asIntake(values, now), now);
  if (!values.certified) errors.certified = 'required';
  return errors;
}

/** Contract input: RecordComplaintInput's fields without channel and receivedAt, plus the uploads' ids. */
export function toSubmitInput(values: ReportValues, attachmentIds: readonly string[], now = Date.now()): SubmitComplaintInput {
  const { channel: _channel, receivedAt: _receivedAt, ...input } = toRecordInput(asIntake(values, now));
  return attachmentIds.length > 0 ? { ...input, attachmentIds: [...attachmentIds] } : input;
}

type ReportMessages = Messages['report'];

/** The field's name as the form labels it, without the required mark, for a message naming it. */
function fieldLabel(field: string, r: ReportMessages): string {
  const labels: Record<string, string> = {
    subject: r.subject,
    details: r.details,
    incidentAt: r.incidentAt,
    incidentPlace: r.incidentPlace,
    requestedAction: r.requestedAction,
    fullName: r.fullName,
    age: r.age,
    houseNumber: r.houseNumber,
    moo: r.moo,
    tambon: r.tambon,
    amphoe: r.amphoe,
    changwat: r.changwat,
    postcode: r.postcode,
    phone: r.phone,
    email: r.email,
    certified: r.certify,
    attachmentIds: r.attachmentIds,
    proofOfWork: r.proofOfWork,
  };
  const accused = /^accused\.(\d+)/.exec(field);
  if (accused) return r.accusedPerson(Number(accused[1]) + 1);
  const evidence = /^evidence\.(\d+)/.exec(field);
  if (evidence) return `${r.evidenceDescription} ${Number(evidence[1]) + 1}`;
  return (labels[field] ?? field).replace(/\s*\*$/, '');
}

/** What is wrong with one field, in words that name it (issue 12: "a Thai message naming the field"). */
export function problemText(field: string, problem: string, t: Messages): string {
  const r = t.report;
  if (field === 'certified') return r.errors.certify;
  if (field === 'accused') return r.errors.accusedRequired;
  const accused = /^accused\.(\d+)$/.exec(field);
  if (accused && problem === 'accused') return r.errors.accused(Number(accused[1]) + 1);
  const evidence = /^evidence\.(\d+)\.description$/.exec(field);
  if (evidence && problem === 'required') return r.errors.evidence(Number(evidence[1]) + 1);
  if (problem === 'required') return r.errors.required(fieldLabel(field, r));
  // Issue 14, item 7: a date typed that is no day of the B.E. calendar: the format expected.
  if (problem === 'dateFormat') return t.dateEntry.dateTimeFormat(fieldLabel(field, r));
  const known = t.intake.errors[problem as keyof Messages['intake']['errors']];
  return `${fieldLabel(field, r)}: ${known ?? problem}`;
}

/** The names of the fields with problems, in the form's order, for the message above the button. */
export function problemFields(errors: IntakeErrors, t: Messages): string {
  return Object.keys(errors)
    .map((field) => fieldLabel(field, t.report))
    .filter((label, index, all) => all.indexOf(label) === index)
    .join(', ');
}

/**
 * The form's fields a refused submission names: a domain refusal's `field`, or each of a
 * validation refusal's `fields` (paths like `input.complainant.address.postcode`), as the form's keys.
 */
export function refusedFields(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const paths = error.errors.flatMap(({ extensions }) => {
    const own = typeof extensions?.field === 'string' ? [extensions.field] : [];
    const listed = Array.isArray(extensions?.fields)
      ? (extensions.fields as { field?: unknown }[]).map((entry) => entry.field).filter((f): f is string => typeof f === 'string')
      : [];
    return [...own, ...listed];
  });
  return paths.map((path) => {
    const parts = path.replace(/^input\./, '').split('.');
    if (parts[0] === 'complainant') return parts[parts.length - 1]!;
    if ((parts[0] === 'accused' || parts[0] === 'evidence') && parts[1] !== undefined) {
      return parts[0] === 'evidence' && parts[2] === 'description' ? parts.join('.') : `${parts[0]}.${parts[1]}`;
    }
    return parts[0]!;
  });
}
