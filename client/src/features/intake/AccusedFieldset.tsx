import { useI18n } from '../../app/i18n';
import type { IntakePageQueryQuery } from '../../gql/graphql';
import { AccusedMatchPrompt } from './AccusedMatchPrompt';
import { IntakeFieldError, intakeFieldAria } from './IntakeField';
import { emptyAccused, listEdits, type AccusedValues, type IntakeFormState, type ProbableMatches } from './intakeForm';

/**
 * Whom the complaint accuses: an official chosen from the list, or a name, position and unit typed.
 * `matches`: the officials the server found a typed accused may be; `onSettled` drops an accused's
 * once the clerk changes it.
 */
export function AccusedFieldset({
  form: { values, errors, set },
  officials,
  matches,
  onSettled,
  onTyped,
}: {
  form: IntakeFormState;
  officials: IntakePageQueryQuery['officials'];
  matches: ProbableMatches;
  onSettled: (index: number) => void;
  /** Issue 14, item 7: the clerk left a typed accused's fields: ask whom it may be, before recording. */
  onTyped?: (index: number) => void;
}) {
  const { t, name } = useI18n();
  const i = t.intake;
  const accused = listEdits(values.accused, (next) => set('accused', next));
  return (
    <fieldset className="panel">
      <legend>{i.accusedSection}</legend>
      {values.accused.map((a, index) => {
        const update = (patch: Partial<AccusedValues>) => {
          accused.update(index, patch);
          onSettled(index);
        };
        const candidates = (matches[index] ?? []).filter((o) => !a.notOfficials.includes(o.id));
        return (
          <div key={index} className="form-grid" data-testid={`accused-${index}`}>
            {!a.officialId && candidates.length > 0 && (
              <AccusedMatchPrompt
                index={index}
                candidates={candidates}
                onIsOfficial={(officialId) => update({ officialId })}
                onNotOfficial={(officialId) => update({ notOfficials: [...a.notOfficials, officialId] })}
              />
            )}
            <div className="field">
              <label htmlFor={`intake-accused-${index}`}>{i.official}</label>
              <select
                id={`intake-accused-${index}`}
                value={a.officialId}
                onChange={(e) => update({ officialId: e.target.value })}
                {...intakeFieldAria(errors, `accused.${index}`)}
              >
                <option value="">{i.typed}</option>
                {officials.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.fullName}, {o.position} ({name(o.division)})
                  </option>
                ))}
              </select>
              <IntakeFieldError errors={errors} field={`accused.${index}`} />
            </div>
            {!a.officialId && (
              <>
                <div className="field">
                  <label htmlFor={`intake-accused-${index}-name`}>{i.accusedName}</label>
                  <input
                    id={`intake-accused-${index}-name`}
                    onBlur={() => onTyped?.(index)}
                    value={a.fullName}
                    onChange={(e) => update({ fullName: e.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`intake-accused-${index}-position`}>{i.accusedPosition}</label>
                  <input
                    id={`intake-accused-${index}-position`}
                    onBlur={() => onTyped?.(index)}
                    value={a.position}
                    onChange={(e) => update({ position: e.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`intake-accused-${index}-unit`}>{i.accusedUnit}</label>
                  <input
                    id={`intake-accused-${index}-unit`}
                    onBlur={() => onTyped?.(index)}
                    value={a.unit}
                    onChange={(e) => update({ unit: e.target.value })}
                  />
                </div>
              </>
            )}
            <div>
              <button type="button" className="button button--small" onClick={() => accused.remove(index)}>
                {i.remove}
              </button>
            </div>
          </div>
        );
      })}
      <IntakeFieldError errors={errors} field="accused" />
      <div>
        <button type="button" className="button button--small" onClick={() => accused.add(emptyAccused())}>
          {i.addAccused}
        </button>
      </div>
    </fieldset>
  );
}
