import { evidenceCopiesRange, personNameMaxLength, subjectMaxLength } from '@rongrian/schema/input-rules';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n';
import { emptyAccused, emptyEvidence, listEdits } from '../intake/intakeForm';
import { EvidenceFiles } from './EvidenceFiles';
import { ReportField, ReportFieldError, reportFieldAria, type FieldMessages } from './ReportField';
import type { ReportValues } from './reportForm';
import type { UploadedFile } from './uploads';

/** What every part of the public form reads and writes. */
export type ReportFormState = {
  values: ReportValues;
  messages: FieldMessages;
  set: <K extends keyof ReportValues>(key: K, value: ReportValues[K]) => void;
};

/**
 * One part of the form with the manual's advice beside it (manual §8 "คำแนะนำการร้องเรียน", R5):
 * side by side on a wide screen, the advice first on a phone.
 */
export function ReportSection({ title, advice, children }: { title: string; advice: ReactNode; children: ReactNode }) {
  const r = useI18n().t.report;
  return (
    <fieldset className="panel report-section">
      <legend>{title}</legend>
      <aside className="report-section__advice">
        <p className="report-section__advice-title">{r.adviceTitle}</p>
        {advice}
      </aside>
      <div className="report-section__fields">{children}</div>
    </fieldset>
  );
}

/** R5: what was done, when and where, and what the citizen asks the body to do. */
export function ReportComplaintFieldset({ form: { values, messages, set } }: { form: ReportFormState }) {
  const r = useI18n().t.report;
  return (
    <ReportSection title={r.complaintSection} advice={<p>{r.complaintAdvice}</p>}>
      <ReportField
        name="subject"
        label={r.subject}
        value={values.subject}
        maxLength={subjectMaxLength}
        onChange={(v) => set('subject', v)}
        messages={messages}
      />
      <ReportField
        name="details"
        label={r.details}
        hint={r.detailsHint}
        input="textarea"
        value={values.details}
        onChange={(v) => set('details', v)}
        messages={messages}
      />
      <div className="form-grid">
        <ReportField
          name="incidentAt"
          label={r.incidentAt}
          input="datetime-local"
          value={values.incidentAt}
          onChange={(v) => set('incidentAt', v)}
          messages={messages}
        />
        <ReportField
          name="incidentPlace"
          label={r.incidentPlace}
          value={values.incidentPlace}
          onChange={(v) => set('incidentPlace', v)}
          messages={messages}
        />
      </div>
      <ReportField
        name="requestedAction"
        label={r.requestedAction}
        input="textarea"
        value={values.requestedAction}
        onChange={(v) => set('requestedAction', v)}
        messages={messages}
      />
    </ReportSection>
  );
}

/** R5: whom the complaint is about, typed as the citizen knows them (the public sees no list of officials). */
export function ReportAccusedFieldset({ form: { values, messages, set } }: { form: ReportFormState }) {
  const r = useI18n().t.report;
  const accused = listEdits(values.accused, (next) => set('accused', next));
  return (
    <ReportSection title={r.accusedSection} advice={<p>{r.accusedAdvice}</p>}>
      {values.accused.map((a, index) => (
        <fieldset key={index} className="field report-person" data-testid={`report-accused-${index}`}>
          <legend>{r.accusedPerson(index + 1)}</legend>
          <div className="form-grid">
            {(['fullName', 'position', 'unit'] as const).map((part) => (
              <div className="field" key={part}>
                <label htmlFor={`report-accused-${index}-${part}`}>
                  {part === 'fullName' ? r.accusedName : part === 'position' ? r.accusedPosition : r.accusedUnit}
                </label>
                <input
                  id={`report-accused-${index}-${part}`}
                  value={a[part]}
                  maxLength={personNameMaxLength}
                  onChange={(e) => accused.update(index, { [part]: e.target.value })}
                  {...reportFieldAria(messages, `accused.${index}`)}
                />
              </div>
            ))}
          </div>
          <ReportFieldError messages={messages} field={`accused.${index}`} />
          {values.accused.length > 1 && (
            <div>
              <button type="button" className="button button--small" onClick={() => accused.remove(index)}>
                {r.remove}
              </button>
            </div>
          )}
        </fieldset>
      ))}
      <ReportFieldError messages={messages} field="accused" />
      <div>
        <button type="button" className="button button--small" onClick={() => accused.add(emptyAccused())}>
          {r.addAccused}
        </button>
      </div>
    </ReportSection>
  );
}

/** R5, R6: who complains, or the choice to stay anonymous with what R6 means for it. */
export function ReportComplainantFieldset({ form }: { form: ReportFormState }) {
  const r = useI18n().t.report;
  const { values, messages, set } = form;
  const field = (name: 'fullName' | 'age' | 'houseNumber' | 'moo' | 'tambon' | 'amphoe' | 'changwat' | 'postcode' | 'phone' | 'email') => ({
    name,
    label: r[name],
    value: values[name],
    onChange: (v: string) => set(name, v),
    messages,
  });
  return (
    <ReportSection title={r.complainantSection} advice={<p>{r.complainantAdvice}</p>}>
      <div className="report-choice" role="radiogroup" aria-label={r.complainantSection}>
        <label className="choice">
          <input type="radio" name="anonymous" checked={!values.anonymous} onChange={() => set('anonymous', false)} />
          {r.named}
        </label>
        <label className="choice">
          <input type="radio" name="anonymous" checked={values.anonymous} onChange={() => set('anonymous', true)} />
          {r.anonymous}
        </label>
      </div>
      {values.anonymous ? (
        <p className="report-warning" role="note" data-testid="anonymous-warning">
          {r.anonymousWarning}
        </p>
      ) : (
        <div className="form-grid">
          <ReportField {...field('fullName')} autoComplete="name" maxLength={personNameMaxLength} />
          <ReportField {...field('age')} input="number" />
          <ReportField {...field('houseNumber')} />
          <ReportField {...field('moo')} />
          <ReportField {...field('tambon')} />
          <ReportField {...field('amphoe')} />
          <ReportField {...field('changwat')} />
          <ReportField {...field('postcode')} autoComplete="postal-code" />
          <ReportField {...field('phone')} input="tel" autoComplete="tel" />
          <ReportField {...field('email')} input="email" autoComplete="email" />
        </div>
      )}
    </ReportSection>
  );
}

/** R5: the evidence listed (with copies, as on the appendix form) and the files sent with it. */
export function ReportEvidenceFieldset({
  form: { values, messages, set },
  files,
  onFiles,
}: {
  form: ReportFormState;
  files: UploadedFile[];
  onFiles: (next: UploadedFile[]) => void;
}) {
  const r = useI18n().t.report;
  const evidence = listEdits(values.evidence, (next) => set('evidence', next));
  return (
    <ReportSection title={r.evidenceSection} advice={<p>{r.evidenceAdvice}</p>}>
      {values.evidence.map((item, index) => (
        <div key={index} className="form-grid">
          <div className="field">
            <label htmlFor={`report-evidence-${index}`}>{`${r.evidenceDescription} ${index + 1}`}</label>
            <input
              id={`report-evidence-${index}`}
              value={item.description}
              onChange={(e) => evidence.update(index, { description: e.target.value })}
              {...reportFieldAria(messages, `evidence.${index}.description`)}
            />
            <ReportFieldError messages={messages} field={`evidence.${index}.description`} />
          </div>
          <div className="field">
            <label htmlFor={`report-evidence-${index}-copies`}>{r.copies}</label>
            <input
              id={`report-evidence-${index}-copies`}
              type="number"
              inputMode="numeric"
              min={evidenceCopiesRange.min}
              max={evidenceCopiesRange.max}
              value={item.copies}
              onChange={(e) => evidence.update(index, { copies: e.target.value })}
              {...reportFieldAria(messages, `evidence.${index}.copies`)}
            />
            <ReportFieldError messages={messages} field={`evidence.${index}.copies`} />
          </div>
          <div>
            <button type="button" className="button button--small" onClick={() => evidence.remove(index)}>
              {r.remove}
            </button>
          </div>
        </div>
      ))}
      <div>
        <button type="button" className="button button--small" onClick={() => evidence.add(emptyEvidence())}>
          {r.addEvidence}
        </button>
      </div>
      <EvidenceFiles files={files} onChange={onFiles} />
    </ReportSection>
  );
}

/** What is kept, who sees it, for how long and why (PDPA; SECURITY.md, "Personal data"). */
export function PdpaNotice() {
  const r = useI18n().t.report;
  return (
    <section className="panel report-pdpa" aria-labelledby="report-pdpa-title">
      <h2 id="report-pdpa-title">{r.pdpaTitle}</h2>
      <ul>
        {r.pdpa.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
