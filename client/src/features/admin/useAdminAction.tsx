import { useState, type ChangeEvent, type FormEvent } from 'react';
import { serverMessage } from '../../app/errors';
import { serverFieldErrors, withoutField } from '../../app/fieldErrors';
import { useI18n } from '../../app/i18n';
import { FieldProblem, problemAria } from '../../components/FieldProblem';

/**
 * One administrative action at a time, with the server's refusal in the user's language: every
 * section shows the same "saved" or "why not" under its form. Issue 14, item 7: a refused field's
 * words (naming it) sit beside it when the section `places` that field, and go once it changes.
 */
export function useAdminAction(places: readonly string[] = []) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  /** Shows problems found before sending (by field, in words naming it); true when there were some. */
  function refuse(found: Record<string, string>): boolean {
    const entries = Object.entries(found);
    if (entries.length === 0) return false;
    setFields(found);
    const unplaced = entries.filter(([field]) => !places.includes(field));
    setStatus({ tone: 'error', text: unplaced.length > 0 ? unplaced.map(([, text]) => text).join(' ') : t.intake.invalid });
    return true;
  }

  /** Runs `work`; says `saved` (or what it makes of the result) when it succeeds, the refusal when not. */
  async function run<T>(work: () => Promise<T>, saved: string | ((result: T) => string) = t.admin.saved): Promise<T | undefined> {
    setPending(true);
    setStatus(undefined);
    setFields({});
    try {
      const result = await work();
      setStatus({ tone: 'ok', text: typeof saved === 'function' ? saved(result) : saved });
      return result;
    } catch (error) {
      if (!refuse(serverFieldErrors(error, lang, t.fields)))
        setStatus({ tone: 'error', text: serverMessage(error, lang) ?? t.common.failed });
      return undefined;
    } finally {
      setPending(false);
    }
  }

  /** For a form's onChange: the field typed in (its name, or its DateEntry's) is no longer refused. */
  function changed(event: FormEvent<HTMLFormElement> | ChangeEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    const field = target.closest<HTMLElement>('[data-field]')?.dataset.field ?? (target as HTMLInputElement).name;
    if (field && fields[field]) setFields((current) => withoutField(current, field));
  }

  /** The aria attributes of a control of `field` (its element id `id`). */
  const aria = (field: string, id: string) => problemAria(id, fields[field]);
  /** The field's problem, beside it. */
  const problem = (field: string, id: string) => <FieldProblem id={id} text={fields[field]} />;

  const message = status ? (
    <p className={status.tone === 'error' ? 'form__error' : 'admin__muted'} role={status.tone === 'error' ? 'alert' : 'status'}>
      {status.text}
    </p>
  ) : null;
  return { run, refuse, changed, aria, problem, pending, message };
}
