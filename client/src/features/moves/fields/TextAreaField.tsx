import type { MoveFormState } from '../useMoveForm';
import { controlProps } from './controlProps';
import { FieldError } from './FieldError';

type TextAreaFieldProps<V, F extends keyof V & string> = {
  form: MoveFormState<V>;
  field: F;
  label: string;
  rows: number;
};

/** A text of several lines in a move's form, e.g. the findings. */
export function TextAreaField<V extends Record<F, string>, F extends keyof V & string>({
  form,
  field,
  label,
  rows,
}: TextAreaFieldProps<V, F>) {
  return (
    <div className="field">
      <label htmlFor={form.idOf(field)}>{label}</label>
      <textarea
        {...controlProps(form, field)}
        rows={rows}
        value={form.values[field]}
        onChange={(e) => form.set(field, e.target.value as V[F])}
      />
      <FieldError form={form} field={field} label={label} />
    </div>
  );
}
