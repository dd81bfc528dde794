import { DateEntry } from '../../components/DateEntry';

/** Each field's problem as text (problemText), by the form's keys. */
export type FieldMessages = Record<string, string | undefined>;

/** The aria attributes tying a control of the public form to its message. */
export const reportFieldAria = (errors: FieldMessages, field: string) => ({
  'aria-invalid': !!errors[field],
  'aria-describedby': errors[field] ? `report-${field}-error` : undefined,
});

/** One field's problem, announced, in words that name the field (problemText). */
export function ReportFieldError({ messages, field }: { messages: FieldMessages; field: string }) {
  const text = messages[field];
  return text ? (
    <p className="field__error" id={`report-${field}-error`} role="alert">
      {text}
    </p>
  ) : null;
}

/** A typed field of the public form: label, control, an optional hint, and its problem below. */
export function ReportField({
  name,
  label,
  value,
  onChange,
  messages,
  hint,
  input = 'text',
  autoComplete,
  maxLength,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  messages: FieldMessages;
  hint?: string;
  input?: 'text' | 'textarea' | 'datetime-local' | 'email' | 'tel' | 'number';
  autoComplete?: string;
  maxLength?: number;
}) {
  const id = `report-${name}`;
  const aria = reportFieldAria(messages, name);
  const describedBy = [hint ? `${id}-hint` : undefined, aria['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {input === 'datetime-local' ? (
        // Issue 14, item 7: typed or picked in the B.E.; the value stays office time.
        <DateEntry
          id={id}
          name={name}
          label={label.replace(/\s*\*$/, '')}
          mode="datetime"
          value={value}
          onChange={onChange}
          aria-invalid={aria['aria-invalid']}
          aria-describedby={describedBy}
        />
      ) : input === 'textarea' ? (
        <textarea
          id={id}
          name={name}
          rows={5}
          value={value}
          maxLength={maxLength}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={aria['aria-invalid']}
          aria-describedby={describedBy}
        />
      ) : (
        <input
          id={id}
          name={name}
          type={input}
          inputMode={input === 'number' ? 'numeric' : undefined}
          value={value}
          maxLength={maxLength}
          autoComplete={autoComplete}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={aria['aria-invalid']}
          aria-describedby={describedBy}
        />
      )}
      <ReportFieldError messages={messages} field={name} />
    </div>
  );
}
