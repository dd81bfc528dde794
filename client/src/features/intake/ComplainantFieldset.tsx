import { useI18n } from '../../app/i18n';
import { IntakeField } from './IntakeField';
import type { IntakeFormState } from './intakeForm';

/** Who complains, unless anonymous: name, age, address, and how to reach them. */
export function ComplainantFieldset({ form }: { form: IntakeFormState }) {
  const i = useI18n().t.intake;
  const { values, set } = form;
  return (
    <fieldset className="panel">
      <legend>{i.complainantSection}</legend>
      <label className="choice">
        <input type="checkbox" name="anonymous" checked={values.anonymous} onChange={(e) => set('anonymous', e.target.checked)} />
        {i.anonymous}
      </label>
      {!values.anonymous && (
        <div className="form-grid">
          <IntakeField form={form} name="fullName" label={i.fullName} />
          <IntakeField form={form} name="age" label={i.age} input="number" />
          <IntakeField form={form} name="houseNumber" label={i.houseNumber} />
          <IntakeField form={form} name="moo" label={i.moo} />
          <IntakeField form={form} name="tambon" label={i.tambon} />
          <IntakeField form={form} name="amphoe" label={i.amphoe} />
          <IntakeField form={form} name="changwat" label={i.changwat} />
          <IntakeField form={form} name="postcode" label={i.postcode} />
          <IntakeField form={form} name="phone" label={i.phone} input="tel" />
          <IntakeField form={form} name="email" label={i.email} input="email" />
        </div>
      )}
    </fieldset>
  );
}
