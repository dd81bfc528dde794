import { useApolloClient } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { serverMessage } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { useSignOut } from '../session/useSignOut';
import { SignInCard } from '../sign-in/SignInCard';
import { passwordFormProblem, type PasswordFormProblem } from './passwordForm';
import { useChangePassword } from './useChangePassword';

/**
 * Contract, "Accounts": a user signed in with a temporary password sets their own before anything
 * else (the server refuses everything else until then).
 */
export function ChangePasswordPage({ username }: { username: string }) {
  const { t, lang } = useI18n();
  const c = t.changePassword;
  const client = useApolloClient();
  const { signOut } = useSignOut();
  const [change, { loading }] = useChangePassword();
  const [problem, setProblem] = useState<PasswordFormProblem>();
  const [refusal, setRefusal] = useState<string>();

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = {
      currentPassword: String(form.get('currentPassword')),
      newPassword: String(form.get('newPassword')),
      confirmation: String(form.get('confirmation')),
    };
    const found = passwordFormProblem(values, username);
    setProblem(found);
    setRefusal(undefined);
    if (found) return;
    try {
      await change({ variables: { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } } });
      // Me now answers mustChangePassword: false, and the app opens.
      await client.refetchQueries({ include: ['Me'] });
    } catch (error) {
      setRefusal(serverMessage(error, lang) ?? t.common.failed);
    }
  }

  const message = problem ? c.problems[problem] : refusal;
  return (
    <SignInCard title={c.title} intro={c.intro}>
      <form className="form" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor="change-password-current">{c.current}</label>
          <input id="change-password-current" name="currentPassword" type="password" autoComplete="current-password" required />
        </div>
        <div className="field">
          <label htmlFor="change-password-new">{c.new}</label>
          <input id="change-password-new" name="newPassword" type="password" autoComplete="new-password" required />
          <p className="field__hint">{c.rules}</p>
        </div>
        <div className="field">
          <label htmlFor="change-password-confirmation">{c.confirmation}</label>
          <input id="change-password-confirmation" name="confirmation" type="password" autoComplete="new-password" required />
        </div>
        {message && (
          <p className="form__error" role="alert">
            {message}
          </p>
        )}
        <button className="button button--primary" type="submit" disabled={loading}>
          {loading ? c.saving : c.save}
        </button>
        <button className="button" type="button" onClick={() => signOut()}>
          {t.header.signOut}
        </button>
      </form>
    </SignInCard>
  );
}
