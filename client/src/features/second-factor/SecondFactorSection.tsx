import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { describeError, serverMessage } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { SecondFactorEnrolment } from './SecondFactorEnrolment';
import './SecondFactor.css';

const DisableMutation = graphql(`
  mutation DisableSecondFactor($input: DisableSecondFactorInput!) {
    disableSecondFactor(input: $input) {
      user {
        id
        secondFactorEnabled
      }
    }
  }
`);

/** Issue 11, item 3: the account page's two-factor sign-in: on (turn off with the password) or off (turn on). */
export function SecondFactorSection({ enabled }: { enabled: boolean }) {
  const { t, lang } = useI18n();
  const s = t.secondFactor;
  const client = useApolloClient();
  const [disable, disabling] = useMutation(DisableMutation);
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  async function handleDisable(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setMessage(undefined);
    try {
      await disable({ variables: { input: { currentPassword: String(new FormData(form).get('currentPassword')) } } });
      form.reset();
      setMessage({ text: s.disabled, error: false });
    } catch (error) {
      setMessage({ text: serverMessage(error, lang) ?? describeError(error, t.common), error: true });
    }
  }

  // The recovery codes stay on screen until the user has kept them: only then is Me fetched again.
  async function enrolled() {
    setMessage(undefined);
    await client.refetchQueries({ include: ['Me'] });
  }

  return (
    <section className="panel" aria-labelledby="second-factor-title">
      <h2 id="second-factor-title">{s.title}</h2>
      {enabled ? (
        <>
          <p className="second-factor__status second-factor__status--on">{s.isOn}</p>
          <form className="form second-factor" onSubmit={handleDisable}>
            <div className="field">
              <label htmlFor="second-factor-password">{s.disablePassword}</label>
              <input id="second-factor-password" name="currentPassword" type="password" autoComplete="current-password" required />
            </div>
            {message && (
              <p className={message.error ? 'form__error' : 'muted'} role={message.error ? 'alert' : 'status'}>
                {message.text}
              </p>
            )}
            <button className="button" type="submit" disabled={disabling.loading}>
              {disabling.loading ? s.disabling : s.disable}
            </button>
          </form>
        </>
      ) : (
        <>
          {message && (
            <p className="muted" role="status">
              {message.text}
            </p>
          )}
          <SecondFactorEnrolment onDone={enrolled} intro={s.isOff} />
        </>
      )}
    </section>
  );
}
