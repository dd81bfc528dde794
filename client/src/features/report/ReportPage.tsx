import { useApolloClient } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { describeError, hasErrorCode, serverMessage } from '../../app/errors';
import { withoutField } from '../../app/fieldErrors';
import { useI18n } from '../../app/i18n';
import { useLeaveWarning } from '../../app/leaveGuard';
import {
  PdpaNotice,
  ReportAccusedFieldset,
  ReportComplainantFieldset,
  ReportComplaintFieldset,
  ReportEvidenceFieldset,
  type ReportFormState,
} from './ReportFieldsets';
import { ReportFieldError, reportFieldAria, type FieldMessages } from './ReportField';
import { emptyReport, problemFields, problemText, refusedFields, toSubmitInput, validateReport, type ReportValues } from './reportForm';
import { proofOfWorkInput } from './proofOfWork';
import { PublicFrame } from './PublicFrame';
import { ReportReceipt } from './ReportReceipt';
import { ReportSummary } from './ReportSummary';
import type { UploadedFile } from './uploads';
import { useSubmitComplaint } from './useSubmitComplaint';
import './ReportPage.css';

type Step = 'edit' | 'check';

/**
 * /report, the citizen's form (issue 12, item 1; contract, "The citizen's channel"): the appendix
 * form's fields with the manual's advice beside them (R5), the anonymous choice with what R6 means,
 * the PDPA notice and evidence files; then a summary to check, then the receipt, shown once.
 */
export function ReportPage() {
  const { t, lang } = useI18n();
  const r = t.report;
  const [blank] = useState<ReportValues>(() => emptyReport());
  const [values, setValues] = useState<ReportValues>(blank);
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [messages, setMessages] = useState<FieldMessages>({});
  const [refusal, setRefusal] = useState<string>();
  const [step, setStep] = useState<Step>('edit');
  const [receipt, setReceipt] = useState<{ receiptNumber: string; trackingCode: string }>();
  const client = useApolloClient();
  const [submit, { loading: submitting }] = useSubmitComplaint();
  const [solving, setSolving] = useState(false);
  const loading = submitting || solving;

  const set: ReportFormState['set'] = (key, value) => {
    // Issue 14, item 7: what was said of a field goes once it changes.
    setMessages((current) => withoutField(current, key));
    setValues((v) => ({ ...v, [key]: value }));
  };
  // Issue 14, item 7: something typed or attached and not sent: leaving asks first.
  useLeaveWarning(!receipt && (files.length > 0 || JSON.stringify(values) !== JSON.stringify(blank)), t.leave.confirm);
  const form: ReportFormState = { values, messages, set };

  function toSummary(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateReport(values);
    setMessages(Object.fromEntries(Object.entries(found).map(([field, problem]) => [field, problemText(field, problem, t)])));
    if (Object.keys(found).length > 0) {
      setRefusal(r.invalid(problemFields(found, t)));
      return;
    }
    setRefusal(undefined);
    setStep('check');
    window.scrollTo(0, 0);
  }

  async function send() {
    setRefusal(undefined);
    try {
      setSolving(true);
      const proof = await proofOfWorkInput(client).finally(() => setSolving(false));
      const input = {
        ...toSubmitInput(
          values,
          files.map((file) => file.id),
        ),
        ...proof,
      };
      const result = await submit({ variables: { input } });
      const sent = result.data?.submitComplaint;
      if (sent) {
        setReceipt({ receiptNumber: sent.receiptNumber, trackingCode: sent.trackingCode });
        window.scrollTo(0, 0);
      }
    } catch (error) {
      // The server refuses too (its rules are the ones validateIntake mirrors): back to the form,
      // its message shown and the fields it names marked.
      const said = serverMessage(error, lang);
      if (hasErrorCode(error, 'BAD_USER_INPUT')) {
        const fields = refusedFields(error);
        setMessages(Object.fromEntries(fields.map((field) => [field, said ?? t.common.failed])));
        setRefusal(
          fields.length > 0
            ? `${said ?? t.common.failed} (${problemFields(Object.fromEntries(fields.map((f) => [f, 'required'])), t)})`
            : said,
        );
        // A spent or stale security check is not the citizen's to correct: they only send again.
        if (!(fields.length === 1 && fields[0] === 'proofOfWork')) setStep('edit');
        return;
      }
      if (hasErrorCode(error, 'RATE_LIMITED')) {
        setRefusal(said ?? t.public.rateLimited);
        return;
      }
      setRefusal(said ?? describeError(error, t.common));
    }
  }

  if (receipt) {
    return (
      <PublicFrame>
        <ReportReceipt
          receiptNumber={receipt.receiptNumber}
          trackingCode={receipt.trackingCode}
          onAnother={() => {
            setReceipt(undefined);
            setValues(emptyReport());
            setFiles([]);
            setStep('edit');
          }}
        />
      </PublicFrame>
    );
  }

  return (
    <PublicFrame>
      <div className="report">
        <div>
          <h1 id="report-title">{step === 'edit' ? r.title : r.summaryTitle}</h1>
          <ol className="report__steps" aria-label={r.title}>
            <li aria-current={step === 'edit' ? 'step' : undefined}>{r.steps.edit}</li>
            <li aria-current={step === 'check' ? 'step' : undefined}>{r.steps.check}</li>
            <li>{r.steps.sent}</li>
          </ol>
          <p className="muted">{step === 'edit' ? r.intro : r.summaryIntro}</p>
        </div>

        {step === 'edit' ? (
          <form className="form report__form" onSubmit={toSummary} noValidate aria-labelledby="report-title">
            <ReportComplaintFieldset form={form} />
            <ReportAccusedFieldset form={form} />
            <ReportComplainantFieldset form={form} />
            <ReportEvidenceFieldset form={form} files={files} onFiles={setFiles} />
            <PdpaNotice />
            <div className="field">
              <label className="choice">
                <input
                  type="checkbox"
                  name="certified"
                  checked={values.certified}
                  onChange={(e) => set('certified', e.target.checked)}
                  {...reportFieldAria(messages, 'certified')}
                />
                {r.certify}
              </label>
              <ReportFieldError messages={messages} field="certified" />
            </div>
            {refusal && (
              <p className="form__error" role="alert" data-testid="report-refusal">
                {refusal}
              </p>
            )}
            <div>
              <button type="submit" className="button button--primary">
                {r.toSummary}
              </button>
            </div>
          </form>
        ) : (
          <>
            <ReportSummary values={values} files={files} />
            {refusal && (
              <p className="form__error" role="alert" data-testid="report-refusal">
                {refusal}
              </p>
            )}
            <p className="button-row">
              <button type="button" className="button" onClick={() => setStep('edit')} disabled={loading}>
                {r.back}
              </button>
              <button type="button" className="button button--primary" onClick={() => void send()} disabled={loading}>
                {loading ? r.sending : r.send}
              </button>
            </p>
          </>
        )}
      </div>
    </PublicFrame>
  );
}
