import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../../app/i18n';
import { DateEntry } from '../../components/DateEntry';
import { FieldError } from './fields/FieldError';
import type { MoveFormState } from './useMoveForm';
import './MoveFormFrame.css';

type MoveFormFrameProps = {
  title: string;
  receiptNumber: string;
  form: MoveFormState<{ at: string }>;
  onCancel: () => void;
  /** The move's own fields; when it happened, the refusal and the buttons are the frame's. */
  children?: ReactNode;
};

/** The dialog every move's form sits in: its title, when it happened, the server's refusal, save. */
export function MoveFormFrame({ title, receiptNumber, form, onCancel, children }: MoveFormFrameProps) {
  const { t } = useI18n();
  const m = t.move;
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The first field; of a radio group, the chosen option (the order dialog opens on a decision).
    dialogRef.current
      ?.querySelector<HTMLElement>('input:not([type=radio]), input[type=radio]:checked, select, textarea, button[type=submit]')
      ?.focus();
  }, []);

  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={form.idOf('title')} ref={dialogRef}>
        <h2 id={form.idOf('title')}>
          {title}{' '}
          <span className="dialog__subtitle">
            {t.card.receiptNumber} {receiptNumber}
          </span>
        </h2>
        <form className="form" onSubmit={form.submit} noValidate>
          {children}
          <div className="field">
            <label htmlFor={form.idOf('at')}>{m.at}</label>
            {/* Issue 14, item 7: typed or picked in the B.E.; empty is now. */}
            <DateEntry
              id={form.idOf('at')}
              name="at"
              label={m.at.replace(/\s*\(.*\)$/, '')}
              mode="datetime"
              value={form.values.at}
              onChange={(value) => form.set('at', value)}
              aria-invalid={!!form.errors.at || !!form.refusedFields.at}
              aria-describedby={[form.idOf('at-hint'), form.errorIdOf('at')].filter(Boolean).join(' ')}
            />
            <p className="field__hint" id={form.idOf('at-hint')}>
              {m.atHint}
            </p>
            <FieldError form={form} field="at" label={m.at} />
          </div>
          {form.refusal && (
            <p className="form__error" role="alert" data-testid="move-refusal">
              {form.refusal}
            </p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onCancel}>
              {t.common.cancel}
            </button>
            <button type="submit" className="button button--primary" disabled={form.pending}>
              {form.pending ? t.common.saving : m.submit}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
