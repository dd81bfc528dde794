import type { SubmitEvent } from 'react';
import { describeError, hasErrorCode } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { SignInCard, type CardOrganisation } from './SignInCard';
import { useSignIn } from './useSignIn';

// The server's limits on SignInInput (server/src/modules/auth/auth.types.ts).
const usernameMaxLength = 100;
const passwordMaxLength = 1000;

export function SignInPage({ organisation }: { organisation?: CardOrganisation }) {
  const { t } = useI18n();
  const [signIn, { loading, error }] = useSignIn();
  // A wrong username or password is UNAUTHENTICATED; a username of spaces only (empty once trimmed)
  // is BAD_USER_INPUT. Either way the fix is the same: check what was typed.
  const rejected = hasErrorCode(error, 'UNAUTHENTICATED') || hasErrorCode(error, 'BAD_USER_INPUT');
  // Ties the inputs to the message, so a screen reader reads why when they are focused again.
  const describedBy = error ? 'sign-in-error' : undefined;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      await signIn({
        variables: {
          input: {
            username: String(form.get('username')).trim(),
            password: String(form.get('password')),
          },
        },
      });
    } catch {
      // The failure is rendered from `error` below.
    }
  }

  return (
    <SignInCard title={t.signIn.title} intro={t.signIn.intro} organisation={organisation}>
      <form className="form" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor="sign-in-username">{t.signIn.username}</label>
          <input
            id="sign-in-username"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            maxLength={usernameMaxLength}
            aria-describedby={describedBy}
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{t.signIn.password}</label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={passwordMaxLength}
            aria-describedby={describedBy}
          />
        </div>
        {error && (
          <p className="form__error" id="sign-in-error" role="alert">
            {rejected ? t.signIn.badCredentials : describeError(error, t.common)}
          </p>
        )}
        <button className="button button--primary" type="submit" disabled={loading}>
          {loading ? t.signIn.submitting : t.signIn.submit}
        </button>
      </form>
    </SignInCard>
  );
}
