import { fieldLabelOf } from '../../../app/fieldErrors';
import { useI18n } from '../../../app/i18n';
import type { MoveFormState } from '../useMoveForm';

/** What is wrong with one field, in words naming it, read out as soon as it is shown; nothing when it is fine. */
export function FieldError<V>({ form, field, label }: { form: MoveFormState<V>; field: keyof V; label?: string }) {
  const { t } = useI18n();
  const problem = form.errors[field];
  const refused = form.refusedFields[String(field)];
  if (!problem && !refused) return null;
  // Issue 14, item 7: the field by its label, never its internal name.
  const named = label?.replace(/\s*\(.*\)$/, '') ?? fieldLabelOf(String(field), t.fields);
  const text = refused ?? t.fields.problem(named, t.move.errors[problem!]);
  return (
    <p className="field__error" id={form.errorIdOf(field)} role="alert">
      {text}
    </p>
  );
}
