import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { describeError, hasErrorCode, serverMessage } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { Banner } from '../../components/Banner';
import { graphql } from '../../gql';
import { AccusedFieldset } from './AccusedFieldset';
import { ComplainantFieldset } from './ComplainantFieldset';
import { ComplaintFieldset } from './ComplaintFieldset';
import { EvidenceFieldset } from './EvidenceFieldset';
import { IntakeReceipt } from './IntakeReceipt';
import {
  emptyIntake,
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

/** The manual's appendix form on one screen (R5, R7); answers with the new receipt number. */
export function IntakePage() {
  const { t, lang } = useI18n();
  const i = t.intake;
  const { data, error: loadError } = useQuery(IntakePageQuery);
  const client = useApolloClient();
  const [record, { loading }] = useRecordComplaint();
  const [values, setValues] = useState<IntakeValues>(() => emptyIntake());
  const [errors, setErrors] = useState<IntakeErrors>({});
  const [refusal, setRefusal] = useState<string>();
  // Issue 9, item 4: typed names the server found may be officials', until the clerk settles each.
  const [matches, setMatches] = useState<ProbableMatches>({});
  const [recorded, setRecorded] = useState<{ id: string; receiptNumber: string }>();

  const set: IntakeFormState['set'] = (key, value) => setValues((v) => ({ ...v, [key]: value }));
  const form: IntakeFormState = { values, errors, set };

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateIntake(values);
    setErrors(found);
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
      setRefusal(hasErrorCode(error, 'BAD_USER_INPUT') ? (serverMessage(error, lang) ?? t.common.failed) : describeError(error, t.common));
    }
  }

  if (recorded) {
    return (
      <IntakeReceipt
        id={recorded.id}
        receiptNumber={recorded.receiptNumber}
        onAnother={() => {
          setValues(emptyIntake());
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
      </div>

      <ComplaintFieldset form={form} channels={data.channels} />
      <ComplainantFieldset form={form} />
      <AccusedFieldset
        form={form}
        officials={data.officials}
        matches={matches}
        onSettled={(index) => setMatches(({ [index]: _settled, ...rest }) => rest)}
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
