import { useId, useState, type SubmitEvent } from 'react';
import { withoutField } from '../../app/fieldErrors';
import { useI18n } from '../../app/i18n';
import { useLeaveWarning } from '../../app/leaveGuard';
import type { ComplaintStage } from '../../gql/graphql';
import { initialMoveValues, validateMove, type MoveErrors, type MoveValues } from './moveForm';
import type { FormMoveKind } from './useMoveComplaint';

/** Issue 14, item 7: a refusal naming fields: each field's sentence (its label, the server's words) beside it. */
export type MoveRefusal = { message: string; fields: Record<string, string> };

/** What every move's form is given. */
export type MoveFormProps<K extends FormMoveKind> = {
  /** Shown in the title: which complaint this is about. */
  receiptNumber: string;
  /** The stage the clerk is moving the complaint to, when chosen on the board. */
  to?: ComplaintStage;
  /** Called with valid values; resolves when done, or to the server's refusal to show (with the fields it names). */
  onSubmit: (values: MoveValues<K>) => Promise<string | MoveRefusal | undefined>;
  onCancel: () => void;
};

/** A move form's state, and what its fields need to say what is wrong with them. */
export type MoveFormState<V> = {
  values: V;
  errors: MoveErrors<V>;
  /** What the server said of a field it refused, by field, until that field changes. */
  refusedFields: Record<string, string>;
  /** The server's words when it refused the move. */
  refusal: string | undefined;
  pending: boolean;
  set<F extends keyof V>(field: F, value: V[F]): void;
  /** The DOM id of one of the form's elements (ids are unique per dialog). */
  idOf(name: string): string;
  /** The id of a field's error message, when it has one (for aria-describedby). */
  errorIdOf(field: keyof V): string | undefined;
  submit(event: SubmitEvent<HTMLFormElement>): Promise<void>;
};

/** The state of one move's form: checked as the server checks it before anything is sent. */
export function useMoveForm<K extends FormMoveKind>(
  kind: K,
  { to, onSubmit }: Pick<MoveFormProps<K>, 'to' | 'onSubmit'>,
): MoveFormState<MoveValues<K>> {
  type V = MoveValues<K>;
  const { t } = useI18n();
  const id = useId();
  const [initial] = useState<V>(() => initialMoveValues(kind, to));
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<MoveErrors<V>>({});
  const [refusal, setRefusal] = useState<string>();
  const [refusedFields, setRefusedFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const idOf = (name: string) => `${id}-${name}`;
  // Issue 14, item 7: a move half-filled: leaving the screen asks first (saving or cancelling closes it).
  useLeaveWarning(JSON.stringify(values) !== JSON.stringify(initial), t.leave.confirm);

  return {
    values,
    errors,
    refusedFields,
    refusal,
    pending,
    set: (field, value) => {
      // What was said of this field is stale once it changes.
      setErrors((current) => withoutField(current as Record<string, unknown>, String(field)) as MoveErrors<V>);
      setRefusedFields((current) => withoutField(current, String(field)));
      setValues((current) => ({ ...current, [field]: value }));
    },
    idOf,
    errorIdOf: (field) => (errors[field] || refusedFields[String(field)] ? idOf(`${String(field)}-error`) : undefined),
    async submit(event) {
      event.preventDefault();
      const found = validateMove(kind, values);
      setErrors(found);
      setRefusal(undefined);
      setRefusedFields({});
      if (Object.keys(found).length > 0) return;
      setPending(true);
      try {
        const refused = await onSubmit(values);
        setRefusal(typeof refused === 'object' ? refused.message : refused);
        setRefusedFields(typeof refused === 'object' ? refused.fields : {});
      } finally {
        setPending(false);
      }
    },
  };
}
