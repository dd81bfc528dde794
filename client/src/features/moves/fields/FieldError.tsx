import { useI18n } from '../../../app/i18n';
import type { MoveFormState } from '../useMoveForm';

/** What is wrong with one field, read out as soon as it is shown; nothing when it is fine. */
export function FieldError<V>({ form, field }: { form: MoveFormState<V>; field: keyof V }) {
  const { t } = useI18n();
  const problem = form.errors[field];
  if (!problem) return null;
  return (
    <p className="field__error" id={form.errorIdOf(field)} role="alert">
      {t.move.errors[problem]}
    </p>
  );
}
