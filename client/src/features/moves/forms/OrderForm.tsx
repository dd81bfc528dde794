import { useI18n, type Named } from '../../../app/i18n';
import type { NotAcceptedReason, OrderDecision } from '../../../gql/graphql';
import { FieldError } from '../fields/FieldError';
import { SelectField } from '../fields/SelectField';
import { TextAreaField } from '../fields/TextAreaField';
import { moveTitle } from '../moveForm';
import { MoveFormFrame } from '../MoveFormFrame';
import { useMoveForm, type MoveFormProps } from '../useMoveForm';

export type Division = Named & { code: string };

const decisions: readonly OrderDecision[] = ['ACCEPT', 'NOT_ACCEPT'];

type OrderFormProps = MoveFormProps<'ORDER'> & {
  /** The divisions the commander may name (R2.2). */
  divisions: readonly Division[];
  /** R6: the reasons the order may give for this complaint (the server's workflow). */
  reasons: readonly NotAcceptedReason[];
};

/** R2.2, R6: the commander takes it up, naming the units, or does not accept it, with a reason. */
export function OrderForm({ receiptNumber, to, divisions, reasons, onSubmit, onCancel }: OrderFormProps) {
  const { t, name } = useI18n();
  const m = t.move;
  const form = useMoveForm('ORDER', { to, onSubmit });
  const { values, set } = form;
  const toggleUnit = (code: string, on: boolean) =>
    set('units', on ? [...values.units, code] : values.units.filter((unit) => unit !== code));

  return (
    <MoveFormFrame title={moveTitle(m, 'ORDER', to)} receiptNumber={receiptNumber} form={form} onCancel={onCancel}>
      <fieldset className="field">
        <legend>{m.decision}</legend>
        {decisions.map((decision) => (
          <label key={decision} className="choice">
            <input
              type="radio"
              name="decision"
              value={decision}
              checked={values.decision === decision}
              onChange={() => set('decision', decision)}
            />
            {m.decisions[decision]}
          </label>
        ))}
      </fieldset>
      {values.decision === 'ACCEPT' ? (
        <fieldset className="field" aria-describedby={form.errorIdOf('units')}>
          <legend>{m.units}</legend>
          {divisions.map((division) => (
            <label key={division.code} className="choice">
              <input
                type="checkbox"
                name="units"
                value={division.code}
                checked={values.units.includes(division.code)}
                onChange={(e) => toggleUnit(division.code, e.target.checked)}
              />
              {name(division)}
            </label>
          ))}
          <FieldError form={form} field="units" />
        </fieldset>
      ) : (
        <SelectField form={form} field="reason" label={m.reason} options={reasons} optionLabel={(reason) => m.reasons[reason]} />
      )}
      <TextAreaField form={form} field="note" label={m.note} rows={2} />
    </MoveFormFrame>
  );
}
