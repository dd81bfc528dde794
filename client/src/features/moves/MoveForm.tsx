import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useI18n } from '../../app/i18n';
import type { CommitteeRole, ComplaintOutcome, NotAcceptedReason, NoticeKind, NoticeMethod } from '../../gql/graphql';
import { initialMoveValues, validateMove, type DialogKind, type MoveErrors, type MoveValues } from './moveForm';

type Option = { code: string; nameTh: string; nameEn: string };

type MoveFormProps = {
  kind: DialogKind;
  /** Shown in the title: which complaint this is about. */
  receiptNumber: string;
  /** Division codes and names, for the commander's order (R2.2). */
  divisions: readonly Option[];
  /** Called with valid values; resolves when done, or to the server's refusal to show. */
  onSubmit: (values: MoveValues) => Promise<string | undefined>;
  onCancel: () => void;
};

const reasons: NotAcceptedReason[] = [
  'ANONYMOUS_WITHOUT_EVIDENCE',
  'BEFORE_COURT',
  'OTHER_AGENCY',
  'PRIVATE_DISPUTE',
  'INSUFFICIENT_INFORMATION',
  'OTHER',
];
const outcomes: ComplaintOutcome[] = ['SUBSTANTIATED', 'UNSUBSTANTIATED', 'REFERRED'];
const committeeRoles: CommitteeRole[] = ['CHAIR', 'MEMBER', 'SECRETARY'];
const noticeKinds: NoticeKind[] = ['ACKNOWLEDGEMENT', 'PROGRESS', 'RESULT', 'NOT_ACCEPTED'];
const noticeMethods: NoticeMethod[] = ['LETTER', 'EMAIL', 'IN_PERSON', 'TRACKING_PAGE'];

/** The dialog asking exactly what one move needs (workflow.md), checked as the server checks it. */
export function MoveForm({ kind, receiptNumber, divisions, onSubmit, onCancel }: MoveFormProps) {
  const { t, lang } = useI18n();
  const m = t.move;
  const id = useId();
  const [values, setValues] = useState<MoveValues>(() => initialMoveValues(kind));
  const [errors, setErrors] = useState<MoveErrors>({});
  const [refusal, setRefusal] = useState<string>();
  const [pending, setPending] = useState(false);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The first field; of a radio group, the chosen option (the order dialog opens on a decision).
    dialogRef.current
      ?.querySelector<HTMLElement>('input:not([type=radio]), input[type=radio]:checked, select, textarea, button[type=submit]')
      ?.focus();
  }, []);

  const set = <K extends keyof MoveValues>(key: K, value: MoveValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const name = (o: Option) => (lang === 'en' ? o.nameEn : o.nameTh);
  const fieldId = (field: string) => `${id}-${field}`;
  const error = (field: keyof MoveValues) =>
    errors[field] ? (
      <p className="field__error" id={fieldId(`${field}-error`)} role="alert">
        {m.errors[errors[field]!]}
      </p>
    ) : null;
  const described = (field: keyof MoveValues) => (errors[field] ? fieldId(`${field}-error`) : undefined);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateMove(kind, values);
    setErrors(found);
    setRefusal(undefined);
    if (Object.keys(found).length > 0) return;
    setPending(true);
    try {
      setRefusal(await onSubmit(values));
    } finally {
      setPending(false);
    }
  }

  const text = (field: 'registerNumber' | 'centerRegisterNumber' | 'orderNumber', label: string) => (
    <div className="field">
      <label htmlFor={fieldId(field)}>{label}</label>
      <input
        id={fieldId(field)}
        name={field}
        value={values[field]}
        maxLength={50}
        aria-invalid={!!errors[field]}
        aria-describedby={described(field)}
        onChange={(e) => set(field, e.target.value)}
      />
      {error(field)}
    </div>
  );

  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={fieldId('title')} ref={dialogRef}>
        <h2 id={fieldId('title')}>
          {m.titles[kind]} <span className="dialog__subtitle">{t.card.receiptNumber} {receiptNumber}</span>
        </h2>
        <form className="form" onSubmit={handleSubmit} noValidate>
          {kind === 'register' && text('registerNumber', m.registerNumber)}
          {kind === 'submit' && text('centerRegisterNumber', m.centerRegisterNumber)}
          {(kind === 'order' || kind === 'notAccept') && (
            <>
              <fieldset className="field">
                <legend>{m.decision}</legend>
                {(['ACCEPT', 'NOT_ACCEPT'] as const).map((decision) => (
                  <label key={decision} className="choice">
                    <input
                      type="radio"
                      name="decision"
                      value={decision}
                      checked={values.decision === decision}
                      onChange={() => set('decision', decision)}
                    />
                    {m.decisions[decision]}
                  </label>
                ))}
              </fieldset>
              {values.decision === 'ACCEPT' ? (
                <fieldset className="field" aria-describedby={described('units')}>
                  <legend>{m.units}</legend>
                  {divisions.map((division) => (
                    <label key={division.code} className="choice">
                      <input
                        type="checkbox"
                        name="units"
                        value={division.code}
                        checked={values.units.includes(division.code)}
                        onChange={(e) =>
                          set(
                            'units',
                            e.target.checked
                              ? [...values.units, division.code]
                              : values.units.filter((code) => code !== division.code),
                          )
                        }
                      />
                      {name(division)}
                    </label>
                  ))}
                  {error('units')}
                </fieldset>
              ) : (
                <div className="field">
                  <label htmlFor={fieldId('reason')}>{m.reason}</label>
                  <select
                    id={fieldId('reason')}
                    name="reason"
                    value={values.reason}
                    aria-invalid={!!errors.reason}
                    aria-describedby={described('reason')}
                    onChange={(e) => set('reason', e.target.value as NotAcceptedReason)}
                  >
                    <option value="">{m.choose}</option>
                    {reasons.map((reason) => (
                      <option key={reason} value={reason}>
                        {m.reasons[reason]}
                      </option>
                    ))}
                  </select>
                  {error('reason')}
                </div>
              )}
              <div className="field">
                <label htmlFor={fieldId('note')}>{m.note}</label>
                <textarea id={fieldId('note')} name="note" rows={2} value={values.note} onChange={(e) => set('note', e.target.value)} />
              </div>
            </>
          )}
          {kind === 'appoint' && (
            <>
              {text('orderNumber', m.orderNumber)}
              <fieldset className="field" aria-describedby={described('members')}>
                <legend>{m.members}</legend>
                {values.members.map((member, index) => (
                  <div className="member-row" key={index}>
                    <input
                      aria-label={`${m.memberName} ${index + 1}`}
                      name={`member-${index}`}
                      value={member.fullName}
                      maxLength={200}
                      onChange={(e) =>
                        set('members', values.members.map((x, i) => (i === index ? { ...x, fullName: e.target.value } : x)))
                      }
                    />
                    <select
                      aria-label={`${m.memberRole} ${index + 1}`}
                      value={member.role}
                      onChange={(e) =>
                        set(
                          'members',
                          values.members.map((x, i) => (i === index ? { ...x, role: e.target.value as CommitteeRole } : x)),
                        )
                      }
                    >
                      {committeeRoles.map((role) => (
                        <option key={role} value={role}>
                          {m.committeeRoles[role]}
                        </option>
                      ))}
                    </select>
                    {values.members.length > 3 && (
                      <button type="button" className="button button--small" onClick={() => set('members', values.members.filter((_, i) => i !== index))}>
                        {m.remove}
                      </button>
                    )}
                  </div>
                ))}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => set('members', [...values.members, { fullName: '', role: 'MEMBER' }])}
                >
                  {m.addMember}
                </button>
                {error('members')}
              </fieldset>
            </>
          )}
          {kind === 'resolve' && (
            <>
              <div className="field">
                <label htmlFor={fieldId('outcome')}>{m.outcome}</label>
                <select
                  id={fieldId('outcome')}
                  name="outcome"
                  value={values.outcome}
                  aria-invalid={!!errors.outcome}
                  aria-describedby={described('outcome')}
                  onChange={(e) => set('outcome', e.target.value as ComplaintOutcome)}
                >
                  <option value="">{m.choose}</option>
                  {outcomes.map((outcome) => (
                    <option key={outcome} value={outcome}>
                      {t.outcomes[outcome]}
                    </option>
                  ))}
                </select>
                {error('outcome')}
              </div>
              <div className="field">
                <label htmlFor={fieldId('findings')}>{m.findings}</label>
                <textarea
                  id={fieldId('findings')}
                  name="findings"
                  rows={4}
                  value={values.findings}
                  aria-invalid={!!errors.findings}
                  aria-describedby={described('findings')}
                  onChange={(e) => set('findings', e.target.value)}
                />
                {error('findings')}
              </div>
            </>
          )}
          {kind === 'notice' && (
            <>
              <div className="field">
                <label htmlFor={fieldId('noticeKind')}>{m.noticeKind}</label>
                <select id={fieldId('noticeKind')} name="noticeKind" value={values.noticeKind} aria-invalid={!!errors.noticeKind} aria-describedby={described('noticeKind')} onChange={(e) => set('noticeKind', e.target.value as NoticeKind)}>
                  <option value="">{m.choose}</option>
                  {noticeKinds.map((k) => (
                    <option key={k} value={k}>
                      {t.noticeKinds[k]}
                    </option>
                  ))}
                </select>
                {error('noticeKind')}
              </div>
              <div className="field">
                <label htmlFor={fieldId('noticeMethod')}>{m.noticeMethod}</label>
                <select id={fieldId('noticeMethod')} name="noticeMethod" value={values.noticeMethod} aria-invalid={!!errors.noticeMethod} aria-describedby={described('noticeMethod')} onChange={(e) => set('noticeMethod', e.target.value as NoticeMethod)}>
                  <option value="">{m.choose}</option>
                  {noticeMethods.map((k) => (
                    <option key={k} value={k}>
                      {t.noticeMethods[k]}
                    </option>
                  ))}
                </select>
                {error('noticeMethod')}
              </div>
            </>
          )}
          {(kind === 'distribute' || kind === 'close') && <p>{m.confirm[kind]}</p>}
          <div className="field">
            <label htmlFor={fieldId('at')}>{m.at}</label>
            <input id={fieldId('at')} name="at" type="datetime-local" value={values.at} onChange={(e) => set('at', e.target.value)} />
            <p className="field__hint">{m.atHint}</p>
          </div>
          {refusal && (
            <p className="form__error" role="alert" data-testid="move-refusal">
              {refusal}
            </p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onCancel}>
              {t.common.cancel}
            </button>
            <button type="submit" className="button button--primary" disabled={pending}>
              {pending ? t.common.saving : m.submit}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
