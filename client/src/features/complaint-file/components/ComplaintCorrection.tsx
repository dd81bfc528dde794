import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { hasVisibleCharacter } from '@rongrian/schema/input-rules';
import { isDateEntryValue } from '../../../app/dateEntry';
import { describeError, hasErrorCode, serverMessage } from '../../../app/errors';
import { serverFieldErrors, withoutField } from '../../../app/fieldErrors';
import { DateEntry } from '../../../components/DateEntry';
import { FieldProblem, problemAria } from '../../../components/FieldProblem';
import { officeTimeToInstant } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { pushToast } from '../../../app/toasts';
import { graphql } from '../../../gql';
import type { ComplaintCorrection_ComplaintFragment, CorrectComplaintInput } from '../../../gql/graphql';

export const ComplaintCorrectionFragment = graphql(`
  fragment ComplaintCorrection_complaint on Complaint {
    id
    version
    receiptNumber
    availableMoves
    subject
    details
    requestedAction
    incidentPlace
    receivedAt
    channel {
      code
    }
    complainant {
      fullName
      age
      phone
      email
      address {
        houseNumber
        moo
        tambon
        amphoe
        changwat
        postcode
      }
    }
    accused {
      fullName
      position
      unit
      official {
        id
      }
    }
  }
`);

const CorrectComplaintMutation = graphql(`
  mutation CorrectComplaintMutation($input: CorrectComplaintInput!) {
    correctComplaint(input: $input) {
      complaint {
        id
        ...BoardPage_complaint
      }
    }
  }
`);

const CorrectionChannelsQuery = graphql(`
  query CorrectionChannelsQuery {
    channels {
      code
      nameTh
      nameEn
    }
  }
`);

/** The correction form's field for a path the server names. */
const correctionFieldOf = (path: string) =>
  path
    .replace(/^input\./, '')
    .replace(/^complainant\.fullName$/, 'complainantName')
    .replace(/^complainant\.phone$/, 'complainantPhone')
    .replace(/^accused(\..*)?$/, 'addAccused');

/** An instant as a `datetime-local` value in office time (UTC+7, as officeTimeToInstant reads it). */
const officeLocal = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 16);

type Values = {
  reason: string;
  subject: string;
  details: string;
  requestedAction: string;
  incidentPlace: string;
  receivedAt: string;
  channel: string;
  complainantName: string;
  complainantPhone: string;
  addAccused: string;
  void: boolean;
};

/**
 * Contract, "Corrections and the register": the correction form on the complaint file, shown when
 * the server lists CORRECT among the moves. Only what the clerk changed is sent; voiding is a box.
 */
export function ComplaintCorrection({ complaint }: { complaint: FragmentType<typeof ComplaintCorrectionFragment> }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const { data: c, complete } = useFragment({ fragment: ComplaintCorrectionFragment, from: complaint });
  if (!complete || !c.availableMoves.includes('CORRECT')) return null;
  return (
    <>
      <section className="button-row complaint-file__correction" aria-label={t.correct.open}>
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t.correct.open}
        </button>
      </section>
      {open && <CorrectionDialog complaint={c} onClose={() => setOpen(false)} />}
    </>
  );
}

type Complaint = ComplaintCorrection_ComplaintFragment;

function CorrectionDialog({ complaint: c, onClose }: { complaint: Complaint; onClose: () => void }) {
  const { t, lang, name } = useI18n();
  const k = t.correct;
  const dialogRef = useRef<HTMLDivElement>(null);
  const channels = useQuery(CorrectionChannelsQuery).data?.channels ?? [];
  const [mutate] = useMutation(CorrectComplaintMutation, { refetchQueries: ['ComplaintFilePageQuery'] });
  const initial: Values = {
    reason: '',
    subject: c.subject ?? '',
    details: c.details ?? '',
    requestedAction: c.requestedAction ?? '',
    incidentPlace: c.incidentPlace ?? '',
    receivedAt: c.receivedAt ? officeLocal(c.receivedAt) : '',
    channel: c.channel?.code ?? '',
    complainantName: c.complainant?.fullName ?? '',
    complainantPhone: c.complainant?.phone ?? '',
    addAccused: '',
    void: false,
  };
  const [values, setValues] = useState(initial);
  const [refusal, setRefusal] = useState<string>();
  // Issue 14, item 7: each field's problem beside it, until the field changes.
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setProblems((current) => withoutField(current, key));
    setValues((v) => ({ ...v, [key]: value }));
  };
  const problemOf = (key: keyof Values) => problems[key];

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLElement>('textarea, input')?.focus();
  }, []);

  /** What the clerk changed, as the input takes it: nothing else is sent. */
  function changes(): Omit<CorrectComplaintInput, 'complaintId' | 'expectedVersion' | 'reason'> {
    const input: Omit<CorrectComplaintInput, 'complaintId' | 'expectedVersion' | 'reason'> = {};
    if (values.subject !== initial.subject) input.subject = values.subject;
    if (values.details !== initial.details) input.details = values.details;
    if (values.requestedAction !== initial.requestedAction) input.requestedAction = values.requestedAction || null;
    if (values.incidentPlace !== initial.incidentPlace) input.incidentPlace = values.incidentPlace || null;
    if (values.receivedAt !== initial.receivedAt && values.receivedAt) input.receivedAt = officeTimeToInstant(values.receivedAt);
    if (values.channel !== initial.channel) input.channel = values.channel;
    const complainantChanged = values.complainantName !== initial.complainantName || values.complainantPhone !== initial.complainantPhone;
    if (complainantChanged && values.complainantName.trim()) {
      const p = c.complainant;
      input.complainant = {
        fullName: values.complainantName,
        age: p?.age ?? null,
        phone: values.complainantPhone || null,
        email: p?.email ?? null,
        address: p?.address
          ? {
              houseNumber: p.address.houseNumber,
              moo: p.address.moo,
              tambon: p.address.tambon,
              amphoe: p.address.amphoe,
              changwat: p.address.changwat,
              postcode: p.address.postcode,
            }
          : null,
      };
    }
    if (values.addAccused.trim()) {
      input.accused = [
        ...(c.accused ?? []).map((a) =>
          a.official ? { officialId: a.official.id } : { fullName: a.fullName, position: a.position, unit: a.unit },
        ),
        { fullName: values.addAccused.trim() },
      ];
    }
    if (values.void) input.void = true;
    return input;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!hasVisibleCharacter(values.reason)) found.reason = k.reasonRequired;
    if (!isDateEntryValue(values.receivedAt, 'datetime')) found.receivedAt = t.dateEntry.dateTimeFormat(k.receivedAt);
    setProblems(found);
    if (Object.keys(found).length > 0) return setRefusal(t.intake.invalid);
    const input = changes();
    if (Object.keys(input).length === 0) return setRefusal(k.nothingChanged);
    setPending(true);
    setRefusal(undefined);
    try {
      await mutate({ variables: { input: { ...input, complaintId: c.id, expectedVersion: c.version!, reason: values.reason } } });
      pushToast('success', k.done(c.receiptNumber ?? ''));
      onClose();
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) {
        pushToast('warning', t.move.conflict(c.receiptNumber ?? ''));
        onClose();
      } else if (Object.keys(serverFieldErrors(error, lang, t.fields)).length > 0) {
        const correctionLabels = {
          subject: k.subject,
          details: k.details,
          requestedAction: k.requestedAction,
          incidentPlace: k.incidentPlace,
          receivedAt: k.receivedAt,
          channel: k.channel,
          reason: k.reason,
        };
        const refused = Object.entries(serverFieldErrors(error, lang, t.fields, correctionLabels)).map(
          ([path, text]) => [correctionFieldOf(path), text] as const,
        );
        setProblems(Object.fromEntries(refused));
        const unplaced = refused.filter(([key]) => !(key in values));
        setRefusal(unplaced.length > 0 ? unplaced.map(([, text]) => text).join(' ') : t.intake.invalid);
      } else if (hasErrorCode(error, 'BAD_USER_INPUT') || hasErrorCode(error, 'INVALID_TRANSITION') || hasErrorCode(error, 'FORBIDDEN')) {
        setRefusal(serverMessage(error, lang) ?? t.common.failed);
      } else {
        setRefusal(describeError(error, t.common));
      }
    } finally {
      setPending(false);
    }
  }

  const field = (
    key: 'subject' | 'requestedAction' | 'incidentPlace' | 'complainantName' | 'complainantPhone' | 'addAccused',
    label: string,
    hint?: string,
  ) => (
    <div className="field">
      <label htmlFor={`correct-${key}`}>{label}</label>
      <input
        id={`correct-${key}`}
        name={key}
        value={values[key]}
        onChange={(e) => set(key, e.target.value)}
        {...problemAria(`correct-${key}`, problemOf(key))}
      />
      {hint && <p className="field__hint">{hint}</p>}
      <FieldProblem id={`correct-${key}`} text={problemOf(key)} />
    </div>
  );

  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="correct-title" ref={dialogRef}>
        <h2 id="correct-title">
          {k.title}{' '}
          <span className="dialog__subtitle">
            {t.card.receiptNumber} {c.receiptNumber}
          </span>
        </h2>
        <p className="field__hint">{k.intro}</p>
        <form className="form" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="correct-reason">{k.reason}</label>
            <textarea
              id="correct-reason"
              name="reason"
              required
              rows={2}
              value={values.reason}
              onChange={(e) => set('reason', e.target.value)}
              {...problemAria('correct-reason', problemOf('reason'))}
            />
            <FieldProblem id="correct-reason" text={problemOf('reason')} />
          </div>
          {field('subject', k.subject)}
          <div className="field">
            <label htmlFor="correct-details">{k.details}</label>
            <textarea
              id="correct-details"
              name="details"
              rows={4}
              value={values.details}
              onChange={(e) => set('details', e.target.value)}
              {...problemAria('correct-details', problemOf('details'))}
            />
            <FieldProblem id="correct-details" text={problemOf('details')} />
          </div>
          {field('requestedAction', k.requestedAction)}
          {field('incidentPlace', k.incidentPlace)}
          <div className="field">
            <label htmlFor="correct-receivedAt">{k.receivedAt}</label>
            {/* Issue 14, item 7: typed or picked in the B.E. */}
            <DateEntry
              id="correct-receivedAt"
              name="receivedAt"
              label={k.receivedAt}
              mode="datetime"
              value={values.receivedAt}
              onChange={(value) => set('receivedAt', value)}
              {...problemAria('correct-receivedAt', problemOf('receivedAt'))}
            />
            <p className="field__hint">{k.receivedAtHint}</p>
            <FieldProblem id="correct-receivedAt" text={problemOf('receivedAt')} />
          </div>
          <div className="field">
            <label htmlFor="correct-channel">{k.channel}</label>
            <select id="correct-channel" name="channel" value={values.channel} onChange={(e) => set('channel', e.target.value)}>
              {channels.map((channel) => (
                <option key={channel.code} value={channel.code}>
                  {name(channel)}
                </option>
              ))}
            </select>
          </div>
          {c.complainant && field('complainantName', k.complainantName)}
          {c.complainant && field('complainantPhone', k.complainantPhone)}
          {field('addAccused', k.addAccused, k.addAccusedHint)}
          <div className="field">
            <label className="field__check">
              <input type="checkbox" name="void" checked={values.void} onChange={(e) => set('void', e.target.checked)} /> {k.void}
            </label>
            <p className="field__hint">{k.voidHint}</p>
          </div>
          {refusal && (
            <p className="form__error" role="alert" data-testid="correction-refusal">
              {refusal}
            </p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              {t.common.cancel}
            </button>
            <button type="submit" className="button button--primary" disabled={pending}>
              {pending ? t.common.saving : k.submit}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
