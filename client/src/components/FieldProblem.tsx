/**
 * Issue 14, item 7: what is wrong with one field, beside it, announced; the control it belongs to
 * carries `problemAria(id, text)`. The text names the field (app/fieldErrors.ts).
 */
export function FieldProblem({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p className="field__error" id={`${id}-error`} role="alert">
      {text}
    </p>
  ) : null;
}

/** The aria attributes tying a control (by its id) to its FieldProblem. */
export const problemAria = (id: string, text: string | undefined) => ({
  'aria-invalid': !!text,
  'aria-describedby': text ? `${id}-error` : undefined,
});
