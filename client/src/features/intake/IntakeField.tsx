import { DateEntry } from '../../components/DateEntry';
import type { IntakeFormState, IntakeValues } from './intakeForm';

type TextField = Exclude<keyof IntakeValues, 'anonymous' | 'accused' | 'evidence' | 'originAgency'>;

/** The problem found with one field (`key` as validateIntake names it), if any, announced, in words naming the field. */
export function IntakeFieldError({ errors, field }: { errors: IntakeFormState['errors']; field: string }) {
  const problem = errors[field];
  return problem ? (
    <p className="field__error" id={`intake-${field}-error`} role="alert">
      {problem}
    </p>
  ) : null;
}

/** The aria attributes tying a control to its IntakeFieldError. */
export const intakeFieldAria = (errors: IntakeFormState['errors'], field: string) => ({
  'aria-invalid': !!errors[field],
  'aria-describedby': errors[field] ? `intake-${field}-error` : undefined,
});

/** One typed field of the form, labelled, with its problem below it. */
export function IntakeField({
  form: { values, errors, set },
  name,
  label,
  input = 'text',
}: {
  form: IntakeFormState;
  name: TextField;
  label: string;
  input?: 'text' | 'textarea' | 'datetime-local' | 'email' | 'tel' | 'number';
}) {
  return (
    <div className="field">
      <label htmlFor={`intake-${name}`}>{label}</label>
      {input === 'datetime-local' ? (
        // Issue 14, item 7: typed or picked in the B.E.; the value stays office time.
        <DateEntry
          id={`intake-${name}`}
          name={name}
          label={label.replace(/\s*\*$/, '')}
          mode="datetime"
          value={values[name]}
          onChange={(value) => set(name, value)}
          {...intakeFieldAria(errors, name)}
        />
      ) : input === 'textarea' ? (
        <textarea
          id={`intake-${name}`}
          name={name}
          rows={4}
          value={values[name]}
          onChange={(e) => set(name, e.target.value)}
          {...intakeFieldAria(errors, name)}
        />
      ) : (
        <input
          id={`intake-${name}`}
          name={name}
          type={input}
          value={values[name]}
          onChange={(e) => set(name, e.target.value)}
          {...intakeFieldAria(errors, name)}
        />
      )}
      <IntakeFieldError errors={errors} field={name} />
    </div>
  );
}
