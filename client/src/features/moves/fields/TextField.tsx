import type { MoveFormState } from '../useMoveForm';
import { controlProps } from './controlProps';
import { FieldError } from './FieldError';

type TextFieldProps<V, F extends keyof V & string> = {
  form: MoveFormState<V>;
  field: F;
  label: string;
  maxLength: number;
};

/** A one-line text field of a move's form, e.g. a register number. */
export function TextField<V extends Record<F, string>, F extends keyof V & string>({
  form,
  field,
  label,
  maxLength,
}: TextFieldProps<V, F>) {
  return (
    <div className="field">
      <label htmlFor={form.idOf(field)}>{label}</label>
      <input
        {...controlProps(form, field)}
        value={form.values[field]}
        maxLength={maxLength}
        onChange={(e) => form.set(field, e.target.value as V[F])}
      />
      <FieldError form={form} field={field} label={label} />
    </div>
  );
}
