import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeError, serverMessage } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import './SecondFactor.css';

const PolicyQuery = graphql(`
  query SecondFactorPolicy {
    secondFactorPolicy {
      required
      roles
    }
  }
`);

const SetRequiredMutation = graphql(`
  mutation SetSecondFactorRequired($required: Boolean!) {
    setSecondFactorRequired(required: $required) {
      required
      roles
    }
  }
`);

/**
 * Issue 11, item 3 (ADMIN): whether the organisation requires two-factor sign-in of ADMIN and
 * CENTER_OFFICER accounts: under Administration → Security, and on an ADMIN's own account page.
 */
export function SecondFactorPolicy() {
  const { t, lang } = useI18n();
  const s = t.secondFactor;
  const { data } = useQuery(PolicyQuery);
  const [setRequired, saving] = useMutation(SetRequiredMutation, {
    update(cache, { data: saved }) {
      if (saved) cache.writeQuery({ query: PolicyQuery, data: { secondFactorPolicy: saved.setSecondFactorRequired } });
    },
  });
  const [refusal, setRefusal] = useState<string>();
  const required = data?.secondFactorPolicy.required;

  async function toggle(next: boolean) {
    setRefusal(undefined);
    try {
      await setRequired({ variables: { required: next } });
    } catch (error) {
      setRefusal(serverMessage(error, lang) ?? describeError(error, t.common));
    }
  }

  return (
    <section className="panel" aria-labelledby="second-factor-policy-title">
      <h2 id="second-factor-policy-title">{s.policyTitle}</h2>
      <label className="choice">
        <input
          type="checkbox"
          checked={required ?? false}
          disabled={required === undefined || saving.loading}
          onChange={(event) => void toggle(event.currentTarget.checked)}
        />
        {s.policyLabel}
      </label>
      <p className="field__hint">
        {required === undefined ? t.common.loading : required ? s.policyOn : s.policyOff}. {s.policyHint}
      </p>
      {refusal && (
        <p className="form__error" role="alert">
          {refusal}
        </p>
      )}
    </section>
  );
}
