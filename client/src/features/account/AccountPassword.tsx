import { useState, type SubmitEvent } from 'react';
import { describeError, serverMessage } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { passwordFormProblem } from '../change-password/passwordForm';
import { useChangePassword } from '../change-password/useChangePassword';

/** The account page's change of password (contract, "Accounts"): the same rules as the first one. */
export function AccountPassword({ username }: { username: string }) {
  const { t, lang } = useI18n();
  const c = t.changePassword;
  const [change, { loading }] = useChangePassword();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const values = {
      currentPassword: String(data.get('currentPassword')),
      newPassword: String(data.get('newPassword')),
      confirmation: String(data.get('confirmation')),
    };
    const problem = passwordFormProblem(values, username);
    if (problem) return setMessage({ text: c.problems[problem], error: true });
    setMessage(undefined);
    try {
      await change({ variables: { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } } });
      form.reset();
      setMessage({ text: t.account.passwordChanged, error: false });
    } catch (error) {
      setMessage({ text: serverMessage(error, lang) ?? describeError(error, t.common), error: true });
    }
  }

  return (
    <section className="panel" aria-labelledby="account-password-title">
      <h2 id="account-password-title">{t.account.passwordTitle}</h2>
      <form className="form account-page__form" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor="account-password-current">{t.account.currentPassword}</label>
          <input id="account-password-current" name="currentPassword" type="password" autoComplete="current-password" required />
        </div>
        <div className="field">
          <label htmlFor="account-password-new">{c.new}</label>
          <input id="account-password-new" name="newPassword" type="password" autoComplete="new-password" required />
          <p className="field__hint">{c.rules}</p>
        </div>
        <div className="field">
          <label htmlFor="account-password-confirmation">{c.confirmation}</label>
          <input id="account-password-confirmation" name="confirmation" type="password" autoComplete="new-password" required />
        </div>
        {message && (
          <p className={message.error ? 'form__error' : 'muted'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        <button className="button button--primary" type="submit" disabled={loading}>
          {loading ? c.saving : c.save}
        </button>
      </form>
    </section>
  );
}
