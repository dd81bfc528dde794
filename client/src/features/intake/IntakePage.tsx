import { useApolloClient, useQuery } from '@apollo/client/react';
import { hasVisibleCharacter } from '@rongrian/schema/input-rules';
import { useState, type SubmitEvent } from 'react';
import { describeError, hasErrorCode, serverMessage } from '../../app/errors';
import { serverFieldErrors, withoutField } from '../../app/fieldErrors';
import { useI18n } from '../../app/i18n';
import { useLeaveWarning } from '../../app/leaveGuard';
import { Banner } from '../../components/Banner';
import { ScreenHelp } from '../../components/ScreenHelp';
import { graphql } from '../../gql';
import { AccusedFieldset } from './AccusedFieldset';
import { ComplainantFieldset } from './ComplainantFieldset';
import { ComplaintFieldset } from './ComplaintFieldset';
import { EvidenceFieldset } from './EvidenceFieldset';
import { IntakeReceipt } from './IntakeReceipt';
import {
  accusedInputOf,
  emptyIntake,
  intakeFieldLabels,
  intakeFieldOf,
  intakeProblemText,
  probableMatchesOf,
  toRecordInput,
  validateIntake,
  type IntakeErrors,
  type IntakeFormState,
  type IntakeValues,
  type ProbableMatches,
} from './intakeForm';
import { useRecordComplaint } from './useRecordComplaint';
import './IntakePage.css';

/** Issue 9, item 4: whom the recording would link typed accused to, asked before recording. */
export const AccusedMatchesQuery = graphql(`
  query AccusedMatchesQuery($accused: [AccusedInput!]!) {
    accusedMatches(accused: $accused) {
      accused
      link
      officials {
        id
        fullName
        position
      }
    }
  }
`);

export const IntakePageQuery = graphql(`
  query IntakePageQuery {
    channels {
      code
      nameTh
      nameEn
    }
    officials {
      id
      fullName
      position
      division {
        code
        nameTh
        nameEn
      }
    }
  }
`);

const isBlank = (text: string) => !hasVisibleCharacter(text);

/** The fields of one change: a list's rows that differ (`accused.1`), else the field itself. */
function changedFields<K extends keyof IntakeValues>(key: K, before: IntakeValues[K], after: IntakeValues[K]): string[] {
  if (!Array.isArray(before) || !Array.isArray(after)) return [key];
  const rows = Array.from({ length: Math.max(before.length, after.length) }, (_, index) => index);
  // A row removed or added renumbers the rows after it: their messages go too.
  return [key, ...rows.filter((index) => before[index] !== after[index]).map((index) => `${key}.${index}`)].filter(
    (field) => field !== key || before.length !== after.length,
  );
}

/** The manual's appendix form on one screen (R5, R7); answers with the new receipt number. */
export function IntakePage() {
  const { t, lang } = useI18n();
  const i = t.intake;
  const { data, error: loadError } = useQuery(IntakePageQuery);
  const client = useApolloClient();
  const [record, { loading }] = useRecordComplaint();
  const [blank, setBlank] = useState<IntakeValues>(() => emptyIntake());
  const [values, setValues] = useState<IntakeValues>(blank);
  const [errors, setErrors] = useState<IntakeErrors>({});
  // Issue 14, item 7: what the server refused, by the form's field, in words naming the field.
  const [refused, setRefused] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string>();
  // Issue 9, item 4: typed names the server found may be officials', until the clerk settles each.
  const [matches, setMatches] = useState<ProbableMatches>({});
  const [recorded, setRecorded] = useState<{ id: string; receiptNumber: string }>();

  // Issue 14, item 7: something typed and not recorded: leaving asks first.
  useLeaveWarning(!recorded && JSON.stringify(values) !== JSON.stringify(blank), t.leave.confirm);

  const set: IntakeFormState['set'] = (key, value) => {
    // A field changed is no longer what was refused: its message goes (a list's changed rows only).
    const changed = changedFields(key, values[key], value);
    setErrors((current) => changed.reduce(withoutField, current));
    setRefused((current) => changed.reduce(withoutField, current));
    setValues((v) => ({ ...v, [key]: value }));
  };
  const shown = {
    ...Object.fromEntries(Object.entries(errors).map(([field, problem]) => [field, intakeProblemText(field, problem, t)])),
    ...refused,
  };
  const form: IntakeFormState = { values, errors: shown, set };

  /**
   * Issue 14, item 7 (and issue 9, item 4): as soon as the clerk leaves a typed accused, the officials
   * the name or position may be are offered to link (only a linked official is kept out of the
   * complaint); the check before recording stays.
   */
  async function suggestOfficials(index: number) {
    const typed = values.accused[index];
    if (!typed || typed.officialId || (isBlank(typed.fullName) && isBlank(typed.position))) return;
    try {
      const checked = await client.query({
        query: AccusedMatchesQuery,
        variables: { accused: [accusedInputOf(typed)] },
        fetchPolicy: 'network-only',
      });
      const officials = checked.data?.accusedMatches.find((match) => match.accused === 0)?.officials ?? [];
      setMatches(({ [index]: _old, ...rest }) => (officials.length > 0 ? { ...rest, [index]: officials } : rest));
    } catch {
      // Only a suggestion: the check before recording asks again.
    }
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateIntake(values);
    setErrors(found);
    setRefused({});
    setRefusal(undefined);
    setMatches({});
    if (Object.keys(found).length > 0) {
      setRefusal(i.invalid);
      return;
    }
    try {
      const input = toRecordInput(values);
      // Issue 9, item 4: a typed accused the server would link to an official is settled by the clerk
      // first (this official, or not), so the link recorded is the clerk's decision.
      if (input.accused.some((accused) => !accused.officialId)) {
        const checked = await client.query({
          query: AccusedMatchesQuery,
          variables: { accused: input.accused },
          fetchPolicy: 'network-only',
        });
        const pending = Object.fromEntries((checked.data?.accusedMatches ?? []).map((match) => [match.accused, match.officials]));
        if (Object.keys(pending).length > 0) {
          setMatches(pending);
          setRefusal(i.matchPending);
          return;
        }
      }
      const result = await record({ variables: { input } });
      const complaint = result.data?.recordComplaint.complaint;
      if (complaint) setRecorded({ id: complaint.id, receiptNumber: complaint.receiptNumber });
    } catch (error) {
      setMatches(probableMatchesOf(error) ?? {});
      const byField = serverFieldErrors(error, lang, t.fields, intakeFieldLabels(t));
      const placed = Object.entries(byField).map(([path, text]) => [intakeFieldOf(path), text] as const);
      setRefused(Object.fromEntries(placed));
      // A field the form has no place for is said above the button, still by its label.
      const unplaced = placed.filter(
        ([field]) => !(field in values) && !/^(accused\.\d+|evidence\.\d+\.(description|copies))$/.test(field),
      );
      if (placed.length > 0) return setRefusal(unplaced.length > 0 ? unplaced.map(([, text]) => text).join(' ') : i.invalid);
      setRefusal(hasErrorCode(error, 'BAD_USER_INPUT') ? (serverMessage(error, lang) ?? t.common.failed) : describeError(error, t.common));
    }
  }

  if (recorded) {
    return (
      <IntakeReceipt
        id={recorded.id}
        receiptNumber={recorded.receiptNumber}
        onAnother={() => {
          const next = emptyIntake();
          setBlank(next);
          setValues(next);
          setRecorded(undefined);
        }}
      />
    );
  }
  if (loadError && !data) {
    return (
      <Banner tone="error" title={t.common.startFailed}>
        {describeError(loadError, t.common)}
      </Banner>
    );
  }
  if (!data) return <Banner title={t.common.loading} />;

  return (
    <form className="screen screen--stacked intake form" onSubmit={handleSubmit} noValidate aria-labelledby="intake-title">
      <div>
        <h1 id="intake-title">{i.title}</h1>
        <p className="muted">{i.intro}</p>
        <ScreenHelp screen="intake" text={t.help.intake} />
      </div>

      <ComplaintFieldset form={form} channels={data.channels} />
      <ComplainantFieldset form={form} />
      <AccusedFieldset
        form={form}
        officials={data.officials}
        matches={matches}
        onSettled={(index) => setMatches(({ [index]: _settled, ...rest }) => rest)}
        onTyped={(index) => void suggestOfficials(index)}
      />
      <EvidenceFieldset form={form} />

      {refusal && (
        <p className="form__error" role="alert">
          {refusal}
        </p>
      )}
      <div>
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? i.submitting : i.submit}
        </button>
      </div>
    </form>
  );
}
