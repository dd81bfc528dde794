import { useState, type SubmitEvent } from 'react';
import { describeError, hasErrorCode } from '../../app/errors';
import { SecondFactorStep } from './SecondFactorStep';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { SignInCard, type CardOrganisation } from './SignInCard';
import { useSignIn } from './useSignIn';

// The server's limits on SignInInput (server/src/modules/auth/auth.types.ts).
const usernameMaxLength = 100;
const passwordMaxLength = 1000;

export function SignInPage({ organisation }: { organisation?: CardOrganisation }) {
  const { t } = useI18n();
  const [signIn, { loading, error }] = useSignIn();
  // Issue 11, item 3: a right password of an account with two-factor sign-in is kept here while the
  // code is asked for, so the user does not type it again.
  const [pending, setPending] = useState<{ username: string; password: string }>();
  // A wrong username or password is UNAUTHENTICATED; a username of spaces only (empty once trimmed)
  // is BAD_USER_INPUT. Either way the fix is the same: check what was typed.
  const rejected = hasErrorCode(error, 'UNAUTHENTICATED') || hasErrorCode(error, 'BAD_USER_INPUT');
  // Back from the code step (issue 11, item 3): the password was right, nothing to say here.
  const shown = hasErrorCode(error, 'SECOND_FACTOR_REQUIRED') ? undefined : error;
  // Ties the inputs to the message, so a screen reader reads why when they are focused again.
  const describedBy = shown ? 'sign-in-error' : undefined;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const credentials = { username: String(form.get('username')).trim(), password: String(form.get('password')) };
    try {
      await signIn({ variables: { input: credentials } });
    } catch (failure) {
      if (hasErrorCode(failure, 'SECOND_FACTOR_REQUIRED')) setPending(credentials);
      // Any other failure is rendered from `error` below.
    }
  }

  if (pending) return <SecondFactorStep credentials={pending} onBack={() => setPending(undefined)} />;

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
        {shown && (
          <p className="form__error" id="sign-in-error" role="alert">
            {rejected ? t.signIn.badCredentials : describeError(shown, t.common)}
          </p>
        )}
        <button className="button button--primary" type="submit" disabled={loading}>
          {loading ? t.signIn.submitting : t.signIn.submit}
        </button>
      </form>
      {/* Contract, "The citizen's channel": the public form and the tracking page, linked from here. */}
      <nav className="sign-in__public" aria-labelledby="sign-in-public">
        <h2 id="sign-in-public">{t.public.signInLinks.title}</h2>
        <ul>
          <li>
            <Link to="/report">{t.public.signInLinks.report}</Link>
          </li>
          <li>
            <Link to="/track">{t.public.signInLinks.track}</Link>
          </li>
        </ul>
      </nav>
    </SignInCard>
  );
}
