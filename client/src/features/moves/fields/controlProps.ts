import type { MoveFormState } from '../useMoveForm';

/** The id, name and error state a form control of one field carries. */
export function controlProps<V>(form: MoveFormState<V>, field: keyof V & string) {
  return {
    id: form.idOf(field),
    name: field,
    'aria-invalid': !!form.errors[field] || !!form.refusedFields[field],
    'aria-describedby': form.errorIdOf(field),
  };
}
