import { useState, type SubmitEvent } from 'react';
import { describeError, serverMessage } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { SignInCard } from './SignInCard';
import { useSignIn } from './useSignIn';

/**
 * Issue 11, item 3: sign-in's second step, after the server answered SECOND_FACTOR_REQUIRED to a
 * right password. The password is kept from the first step; the user types the 6-digit code of
 * their authenticator app, or one of their recovery codes.
 */
export function SecondFactorStep({ credentials, onBack }: { credentials: { username: string; password: string }; onBack: () => void }) {
  const { t, lang } = useI18n();
  const s = t.secondFactor;
  const [signIn, { loading }] = useSignIn();
  const [recovery, setRecovery] = useState(false);
  const [refusal, setRefusal] = useState<string>();

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const otp = String(new FormData(event.currentTarget).get('otp')).trim();
    setRefusal(undefined);
    try {
      await signIn({ variables: { input: { ...credentials, otp } } });
    } catch (error) {
      // A wrong or used code (or too many tries: the server says how long to wait).
      setRefusal(serverMessage(error, lang) ?? describeError(error, t.common));
    }
  }

  return (
    <SignInCard title={s.signInTitle} intro={recovery ? s.recoveryIntro : s.codeIntro}>
      <form className="form" onSubmit={handleSubmit} key={recovery ? 'recovery' : 'code'}>
        <div className="field">
          <label htmlFor="sign-in-otp">{recovery ? s.recoveryLabel : s.codeLabel}</label>
          {recovery ? (
            <input id="sign-in-otp" name="otp" autoComplete="off" autoCapitalize="characters" spellCheck={false} required maxLength={40} />
          ) : (
            <input
              id="sign-in-otp"
              name="otp"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]{6,7}"
              required
              maxLength={7}
              autoFocus
              aria-describedby={refusal ? 'sign-in-otp-error' : undefined}
            />
          )}
        </div>
        {refusal && (
          <p className="form__error" id="sign-in-otp-error" role="alert">
            {refusal}
          </p>
        )}
        <button className="button button--primary" type="submit" disabled={loading}>
          {loading ? t.signIn.submitting : t.signIn.submit}
        </button>
        <button className="button" type="button" onClick={() => setRecovery(!recovery)}>
          {recovery ? s.useCode : s.useRecovery}
        </button>
        <button className="button" type="button" onClick={onBack}>
          {s.back}
        </button>
      </form>
    </SignInCard>
  );
}
