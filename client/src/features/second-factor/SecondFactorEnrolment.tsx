import { useMutation } from '@apollo/client/react';
import QRCode from 'qrcode';
import { useEffect, useState, type SubmitEvent } from 'react';
import { describeError, serverMessage } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { RecoveryCodes } from './RecoveryCodes';
import './SecondFactor.css';

const BeginMutation = graphql(`
  mutation BeginSecondFactorEnrolment {
    beginSecondFactorEnrolment {
      secret
      otpauthUri
    }
  }
`);

// Only the codes: Me is fetched again when the user has kept them (a gate must not lift before).
const ConfirmMutation = graphql(`
  mutation ConfirmSecondFactor($input: ConfirmSecondFactorInput!) {
    confirmSecondFactor(input: $input) {
      recoveryCodes
    }
  }
`);

type Step = { kind: 'scan'; secret: string; otpauthUri: string } | { kind: 'codes'; recoveryCodes: string[] };

/**
 * Issue 11, item 3: turning two-factor sign-in on. A new secret as a QR code and as text, then the
 * app's code confirms it, then the recovery codes are shown once. `onDone` runs when the user says
 * they kept them. `intro` is said before it starts only.
 */
export function SecondFactorEnrolment({ onDone, intro }: { onDone: () => void; intro?: string }) {
  const { t, lang } = useI18n();
  const s = t.secondFactor;
  const [begin, beginning] = useMutation(BeginMutation);
  const [confirm, confirming] = useMutation(ConfirmMutation);
  const [step, setStep] = useState<Step>();
  const [qr, setQr] = useState<string>();
  const [refusal, setRefusal] = useState<string>();

  const otpauthUri = step?.kind === 'scan' ? step.otpauthUri : undefined;
  useEffect(() => {
    if (!otpauthUri) return;
    let current = true;
    QRCode.toDataURL(otpauthUri, { margin: 1, width: 200, errorCorrectionLevel: 'M' }).then(
      (url) => current && setQr(url),
      () => current && setQr(undefined),
    );
    return () => {
      current = false;
    };
  }, [otpauthUri]);

  async function start() {
    setRefusal(undefined);
    try {
      const { data } = await begin();
      if (data) setStep({ kind: 'scan', ...data.beginSecondFactorEnrolment });
    } catch (error) {
      setRefusal(serverMessage(error, lang) ?? describeError(error, t.common));
    }
  }

  async function handleConfirm(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code')).replace(/\s/g, '');
    setRefusal(undefined);
    try {
      const { data } = await confirm({ variables: { input: { code } } });
      if (data) setStep({ kind: 'codes', recoveryCodes: data.confirmSecondFactor.recoveryCodes });
    } catch (error) {
      setRefusal(serverMessage(error, lang) ?? describeError(error, t.common));
    }
  }

  const error = refusal && (
    <p className="form__error" role="alert">
      {refusal}
    </p>
  );

  if (step?.kind === 'codes') return <RecoveryCodes codes={step.recoveryCodes} onDone={onDone} />;
  if (step?.kind === 'scan') {
    return (
      <form className="form second-factor" onSubmit={handleConfirm}>
        <p>{s.scan}</p>
        {qr && <img className="second-factor__qr" src={qr} width={200} height={200} alt={s.qrAlt} />}
        <div className="field">
          <label htmlFor="second-factor-secret">{s.secretLabel}</label>
          <output id="second-factor-secret" className="second-factor__secret" data-secret={step.secret}>
            {step.secret.match(/.{1,4}/g)!.join(' ')}
          </output>
        </div>
        <div className="field">
          <label htmlFor="second-factor-code">{s.confirmLabel}</label>
          <input
            id="second-factor-code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]{6,7}"
            maxLength={7}
            required
          />
        </div>
        {error}
        <button className="button button--primary" type="submit" disabled={confirming.loading}>
          {confirming.loading ? s.confirming : s.confirm}
        </button>
        <button className="button" type="button" onClick={() => setStep(undefined)}>
          {s.cancel}
        </button>
      </form>
    );
  }
  return (
    <div className="form second-factor">
      {intro && <p className="second-factor__status">{intro}</p>}
      {error}
      <button className="button button--primary" type="button" onClick={start} disabled={beginning.loading}>
        {beginning.loading ? s.starting : s.start}
      </button>
    </div>
  );
}
