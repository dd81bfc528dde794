import { evidenceCopiesRange } from '@rongrian/schema/input-rules';
import { useI18n } from '../../app/i18n';
import { IntakeFieldError, intakeFieldAria } from './IntakeField';
import { emptyEvidence, listEdits, type IntakeFormState } from './intakeForm';

/** The evidence handed in with the complaint: what each piece is, and how many copies. */
export function EvidenceFieldset({ form: { values, errors, set } }: { form: IntakeFormState }) {
  const i = useI18n().t.intake;
  const evidence = listEdits(values.evidence, (next) => set('evidence', next));
  return (
    <fieldset className="panel">
      <legend>{i.evidenceSection}</legend>
      {values.evidence.map((e, index) => (
        <div key={index} className="form-grid">
          <div className="field">
            <label htmlFor={`intake-evidence-${index}`}>{i.evidenceDescription}</label>
            <input
              id={`intake-evidence-${index}`}
              value={e.description}
              onChange={(ev) => evidence.update(index, { description: ev.target.value })}
              {...intakeFieldAria(errors, `evidence.${index}.description`)}
            />
            <IntakeFieldError errors={errors} field={`evidence.${index}.description`} />
          </div>
          <div className="field">
            <label htmlFor={`intake-evidence-${index}-copies`}>{i.copies}</label>
            <input
              id={`intake-evidence-${index}-copies`}
              type="number"
              min={evidenceCopiesRange.min}
              max={evidenceCopiesRange.max}
              value={e.copies}
              onChange={(ev) => evidence.update(index, { copies: ev.target.value })}
              {...intakeFieldAria(errors, `evidence.${index}.copies`)}
            />
            <IntakeFieldError errors={errors} field={`evidence.${index}.copies`} />
          </div>
          <div>
            <button type="button" className="button button--small" onClick={() => evidence.remove(index)}>
              {i.remove}
            </button>
          </div>
        </div>
      ))}
      <div>
        <button type="button" className="button button--small" onClick={() => evidence.add(emptyEvidence())}>
          {i.addEvidence}
        </button>
      </div>
    </fieldset>
  );
}
