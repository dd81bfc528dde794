import { useState } from 'react';
import { serverMessage } from '../../app/errors';
import { useI18n } from '../../app/i18n';

/**
 * One administrative action at a time, with the server's refusal in the user's language: every
 * section shows the same "saved" or "why not" under its form.
 */
export function useAdminAction() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [pending, setPending] = useState(false);

  /** Runs `work`; says `saved` (or what it makes of the result) when it succeeds, the refusal when not. */
  async function run<T>(work: () => Promise<T>, saved: string | ((result: T) => string) = t.admin.saved): Promise<T | undefined> {
    setPending(true);
    setStatus(undefined);
    try {
      const result = await work();
      setStatus({ tone: 'ok', text: typeof saved === 'function' ? saved(result) : saved });
      return result;
    } catch (error) {
      setStatus({ tone: 'error', text: serverMessage(error, lang) ?? t.common.failed });
      return undefined;
    } finally {
      setPending(false);
    }
  }

  const message = status ? (
    <p className={status.tone === 'error' ? 'form__error' : 'admin__muted'} role={status.tone === 'error' ? 'alert' : 'status'}>
      {status.text}
    </p>
  ) : null;
  return { run, pending, message };
}
