import { useI18n } from '../../app/i18n';
import { IntakeField, IntakeFieldError, intakeFieldAria } from './IntakeField';
import type { IntakePageQueryQuery } from '../../gql/graphql';
import type { IntakeFormState, IntakeValues } from './intakeForm';

/** The complaint itself: how and when it came, what it says, where and when it happened. */
export function ComplaintFieldset({ form, channels }: { form: IntakeFormState; channels: IntakePageQueryQuery['channels'] }) {
  const { t, name } = useI18n();
  const i = t.intake;
  const k = t.referral;
  const { values, errors, set } = form;
  return (
    <fieldset className="panel">
      <legend>{i.complaintSection}</legend>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="intake-channel">{i.channel}</label>
          <select
            id="intake-channel"
            name="channel"
            value={values.channel}
            onChange={(e) => set('channel', e.target.value)}
            {...intakeFieldAria(errors, 'channel')}
          >
            <option value="">{t.move.choose}</option>
            {channels.map((c) => (
              <option key={c.code} value={c.code}>
                {name(c)}
              </option>
            ))}
          </select>
          <IntakeFieldError errors={errors} field="channel" />
        </div>
        <IntakeField form={form} name="receivedAt" label={i.receivedAt} input="datetime-local" />
      </div>
      <IntakeField form={form} name="subject" label={i.subject} />
      <IntakeField form={form} name="details" label={i.details} input="textarea" />
      <IntakeField form={form} name="requestedAction" label={i.requestedAction} input="textarea" />
      <div className="form-grid">
        <IntakeField form={form} name="incidentAt" label={i.incidentAt} input="datetime-local" />
        <IntakeField form={form} name="incidentPlace" label={i.incidentPlace} />
      </div>
      {/* Issue 13, item 4: a complaint another agency sent (the Damrongdhama Center counts apart, LPA 3.2). */}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="intake-originAgency">{k.originAgency}</label>
          <select
            id="intake-originAgency"
            name="originAgency"
            value={values.originAgency}
            onChange={(e) => set('originAgency', e.target.value as IntakeValues['originAgency'])}
            {...intakeFieldAria(errors, 'originAgency')}
          >
            <option value="">{k.none}</option>
            {k.agencyOrder.map((agency) => (
              <option key={agency} value={agency}>
                {k.agencies[agency]}
              </option>
            ))}
          </select>
          <p className="field__hint">{k.originHint}</p>
          <IntakeFieldError errors={errors} field="originAgency" />
        </div>
        <IntakeField form={form} name="originReference" label={k.originReference} />
      </div>
    </fieldset>
  );
}
