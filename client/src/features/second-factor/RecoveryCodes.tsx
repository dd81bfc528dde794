import { useState } from 'react';
import { useI18n } from '../../app/i18n';

/** Issue 11, item 3: the recovery codes, shown this once, with a way to copy or print them. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useI18n();
  const s = t.secondFactor;
  const [copied, setCopied] = useState(false);

  function copy() {
    navigator.clipboard?.writeText(codes.join('\n')).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }

  return (
    <section className="second-factor recovery-codes" aria-labelledby="recovery-codes-title">
      <h2 id="recovery-codes-title">{s.recoveryTitle}</h2>
      <p className="field__hint">{s.recoveryHint}</p>
      <ol className="recovery-codes__list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button className="button" type="button" onClick={copy}>
          {copied ? s.copied : s.copy}
        </button>
        <button className="button" type="button" onClick={() => window.print()}>
          {s.print}
        </button>
      </div>
      <button className="button button--primary" type="button" onClick={onDone}>
        {s.saved}
      </button>
    </section>
  );
}
