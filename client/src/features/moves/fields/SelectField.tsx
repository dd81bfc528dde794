import { useI18n } from '../../../app/i18n';
import type { MoveFormState } from '../useMoveForm';
import { controlProps } from './controlProps';
import { FieldError } from './FieldError';

type SelectFieldProps<V, F extends keyof V & string> = {
  form: MoveFormState<V>;
  field: F;
  label: string;
  /** The choices, in the order offered; the field starts on "choose". */
  options: readonly Exclude<V[F], ''>[];
  optionLabel: (option: Exclude<V[F], ''>) => string;
};

/** One choice from a fixed list (a reason, an outcome, a kind of notice) in a move's form. */
export function SelectField<V extends Record<F, string>, F extends keyof V & string>({
  form,
  field,
  label,
  options,
  optionLabel,
}: SelectFieldProps<V, F>) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={form.idOf(field)}>{label}</label>
      <select {...controlProps(form, field)} value={form.values[field]} onChange={(e) => form.set(field, e.target.value as V[F])}>
        <option value="">{t.move.choose}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
      <FieldError form={form} field={field} label={label} />
    </div>
  );
}
