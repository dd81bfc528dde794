import { useApolloClient, useQuery } from '@apollo/client/react';
import { evidenceCopiesRange } from '@rongrian/schema/input-rules';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { describeError, hasErrorCode, serverMessage } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { Banner } from '../../components/Banner';
import { graphql } from '../../gql';
import {
  emptyAccused,
  emptyIntake,
  probableMatchesOf,
  toRecordInput,
  validateIntake,
  type IntakeErrors,
  type IntakeValues,
  type ProbableMatches,
} from './intakeForm';
import { useRecordComplaint } from './useRecordComplaint';
import './IntakePage.css';

/** Issue 9, item 4: whom the recording would link typed accused to, asked before recording. */
export const AccusedMatchesQuery = graphql(`
  query AccusedMatchesQuery($accused: [AccusedInput!]!) {
    accusedMatches(accused: $accused) {
      accused
      link
      officials {
        id
        fullName
        position
      }
    }
  }
`);

export const IntakePageQuery = graphql(`
  query IntakePageQuery {
    channels {
      code
      nameTh
      nameEn
    }
    officials {
      id
      fullName
      position
      division {
        code
        nameTh
        nameEn
      }
    }
  }
`);

type TextField = Exclude<keyof IntakeValues, 'anonymous' | 'accused' | 'evidence'>;

/** The manual's appendix form on one screen (R5, R7); answers with the new receipt number. */
export function IntakePage() {
  const { t, lang, name } = useI18n();
  const i = t.intake;
  const { data, error: loadError } = useQuery(IntakePageQuery);
  const client = useApolloClient();
  const [record, { loading }] = useRecordComplaint();
  const [values, setValues] = useState<IntakeValues>(() => emptyIntake());
  const [errors, setErrors] = useState<IntakeErrors>({});
  const [refusal, setRefusal] = useState<string>();
  // Issue 9, item 4: typed names the server found may be officials', until the clerk settles each.
  const [matches, setMatches] = useState<ProbableMatches>({});
  const [recorded, setRecorded] = useState<{ id: string; receiptNumber: string }>();

  const set = <K extends keyof IntakeValues>(key: K, value: IntakeValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const err = (key: string) =>
    errors[key] ? (
      <p className="field__error" id={`intake-${key}-error`} role="alert">
        {i.errors[errors[key]!]}
      </p>
    ) : null;
  const aria = (key: string) => ({ 'aria-invalid': !!errors[key], 'aria-describedby': errors[key] ? `intake-${key}-error` : undefined });

  const field = (
    key: TextField,
    label: string,
    input: 'text' | 'textarea' | 'datetime-local' | 'email' | 'tel' | 'number' = 'text',
    extra: ReactNode = null,
  ) => (
    <div className="field">
      <label htmlFor={`intake-${key}`}>{label}</label>
      {input === 'textarea' ? (
        <textarea id={`intake-${key}`} name={key} rows={4} value={values[key]} onChange={(e) => set(key, e.target.value)} {...aria(key)} />
      ) : (
        <input id={`intake-${key}`} name={key} type={input} value={values[key]} onChange={(e) => set(key, e.target.value)} {...aria(key)} />
      )}
      {extra}
      {err(key)}
    </div>
  );

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateIntake(values);
    setErrors(found);
    setRefusal(undefined);
    setMatches({});
    if (Object.keys(found).length > 0) {
      setRefusal(i.invalid);
      return;
    }
    try {
      const input = toRecordInput(values);
      // Issue 9, item 4: a typed accused the server would link to an official is settled by the clerk
      // first (this official, or not), so the link recorded is the clerk's decision.
      if (input.accused.some((accused) => !accused.officialId)) {
        const checked = await client.query({
          query: AccusedMatchesQuery,
          variables: { accused: input.accused },
          fetchPolicy: 'network-only',
        });
        const pending = Object.fromEntries((checked.data?.accusedMatches ?? []).map((match) => [match.accused, match.officials]));
        if (Object.keys(pending).length > 0) {
          setMatches(pending);
          setRefusal(i.matchPending);
          return;
        }
      }
      const result = await record({ variables: { input } });
      const complaint = result.data?.recordComplaint.complaint;
      if (complaint) setRecorded({ id: complaint.id, receiptNumber: complaint.receiptNumber });
    } catch (error) {
      setMatches(probableMatchesOf(error) ?? {});
      setRefusal(hasErrorCode(error, 'BAD_USER_INPUT') ? (serverMessage(error, lang) ?? t.common.failed) : describeError(error, t.common));
    }
  }

  if (recorded) {
    return (
      <section className="screen screen--stacked intake">
        <div className="receipt-result" role="status">
          <p>{i.recorded}</p>
          <p className="receipt-result__number" data-testid="receipt-number">
            {i.receipt(recorded.receiptNumber)}
          </p>
          <p className="button-row">
            <Link className="button button--primary" to={`/complaints/${recorded.id}`}>
              {i.openFile}
            </Link>
            <button
              type="button"
              className="button"
              onClick={() => {
                setValues(emptyIntake());
                setRecorded(undefined);
              }}
            >
              {i.another}
            </button>
            <Link className="button" to="/board">
              {t.file.back}
            </Link>
          </p>
        </div>
      </section>
    );
  }
  if (loadError && !data) {
    return (
      <Banner tone="error" title={t.common.startFailed}>
        {describeError(loadError, t.common)}
      </Banner>
    );
  }
  if (!data) return <Banner title={t.common.loading} />;

  return (
    <form className="screen screen--stacked intake form" onSubmit={handleSubmit} noValidate aria-labelledby="intake-title">
      <div>
        <h1 id="intake-title">{i.title}</h1>
        <p className="muted">{i.intro}</p>
      </div>

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
              {...aria('channel')}
            >
              <option value="">{t.move.choose}</option>
              {data.channels.map((c) => (
                <option key={c.code} value={c.code}>
                  {name(c)}
                </option>
              ))}
            </select>
            {err('channel')}
          </div>
          {field('receivedAt', i.receivedAt, 'datetime-local')}
        </div>
        {field('subject', i.subject)}
        {field('details', i.details, 'textarea')}
        {field('requestedAction', i.requestedAction, 'textarea')}
        <div className="form-grid">
          {field('incidentAt', i.incidentAt, 'datetime-local')}
          {field('incidentPlace', i.incidentPlace)}
        </div>
      </fieldset>

      <fieldset className="panel">
        <legend>{i.complainantSection}</legend>
        <label className="choice">
          <input type="checkbox" name="anonymous" checked={values.anonymous} onChange={(e) => set('anonymous', e.target.checked)} />
          {i.anonymous}
        </label>
        {!values.anonymous && (
          <div className="form-grid">
            {field('fullName', i.fullName)}
            {field('age', i.age, 'number')}
            {field('houseNumber', i.houseNumber)}
            {field('moo', i.moo)}
            {field('tambon', i.tambon)}
            {field('amphoe', i.amphoe)}
            {field('changwat', i.changwat)}
            {field('postcode', i.postcode)}
            {field('phone', i.phone, 'tel')}
            {field('email', i.email, 'email')}
          </div>
        )}
      </fieldset>

      <fieldset className="panel">
        <legend>{i.accusedSection}</legend>
        {values.accused.map((a, index) => {
          const update = (patch: Partial<typeof a>) => {
            set(
              'accused',
              values.accused.map((x, j) => (j === index ? { ...x, ...patch } : x)),
            );
            setMatches(({ [index]: _settled, ...rest }) => rest);
          };
          const candidates = (matches[index] ?? []).filter((o) => !a.notOfficials.includes(o.id));
          return (
            <div key={index} className="form-grid" data-testid={`accused-${index}`}>
              {!a.officialId && candidates.length > 0 && (
                <div className="match-prompt" role="group" aria-label={i.matchTitle(index + 1)} data-testid={`accused-${index}-match`}>
                  <p>{i.matchTitle(index + 1)}</p>
                  {candidates.map((o) => (
                    <p key={o.id} className="match-prompt__candidate">
                      <span>
                        {o.fullName}, {o.position}
                      </span>{' '}
                      <button type="button" className="button button--small button--primary" onClick={() => update({ officialId: o.id })}>
                        {i.matchIsOfficial}
                      </button>{' '}
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => update({ notOfficials: [...a.notOfficials, o.id] })}
                      >
                        {i.matchNotOfficial}
                      </button>
                    </p>
                  ))}
                </div>
              )}
              <div className="field">
                <label htmlFor={`intake-accused-${index}`}>{i.official}</label>
                <select
                  id={`intake-accused-${index}`}
                  value={a.officialId}
                  onChange={(e) => update({ officialId: e.target.value })}
                  {...aria(`accused.${index}`)}
                >
                  <option value="">{i.typed}</option>
                  {data.officials.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.fullName}, {o.position} ({name(o.division)})
                    </option>
                  ))}
                </select>
                {err(`accused.${index}`)}
              </div>
              {!a.officialId && (
                <>
                  <div className="field">
                    <label htmlFor={`intake-accused-${index}-name`}>{i.accusedName}</label>
                    <input id={`intake-accused-${index}-name`} value={a.fullName} onChange={(e) => update({ fullName: e.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`intake-accused-${index}-position`}>{i.accusedPosition}</label>
                    <input
                      id={`intake-accused-${index}-position`}
                      value={a.position}
                      onChange={(e) => update({ position: e.target.value })}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={`intake-accused-${index}-unit`}>{i.accusedUnit}</label>
                    <input id={`intake-accused-${index}-unit`} value={a.unit} onChange={(e) => update({ unit: e.target.value })} />
                  </div>
                </>
              )}
              <div>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() =>
                    set(
                      'accused',
                      values.accused.filter((_, j) => j !== index),
                    )
                  }
                >
                  {i.remove}
                </button>
              </div>
            </div>
          );
        })}
        {err('accused')}
        <div>
          <button type="button" className="button button--small" onClick={() => set('accused', [...values.accused, emptyAccused()])}>
            {i.addAccused}
          </button>
        </div>
      </fieldset>

      <fieldset className="panel">
        <legend>{i.evidenceSection}</legend>
        {values.evidence.map((e, index) => {
          const update = (patch: Partial<typeof e>) =>
            set(
              'evidence',
              values.evidence.map((x, j) => (j === index ? { ...x, ...patch } : x)),
            );
          return (
            <div key={index} className="form-grid">
              <div className="field">
                <label htmlFor={`intake-evidence-${index}`}>{i.evidenceDescription}</label>
                <input
                  id={`intake-evidence-${index}`}
                  value={e.description}
                  onChange={(ev) => update({ description: ev.target.value })}
                  {...aria(`evidence.${index}.description`)}
                />
                {err(`evidence.${index}.description`)}
              </div>
              <div className="field">
                <label htmlFor={`intake-evidence-${index}-copies`}>{i.copies}</label>
                <input
                  id={`intake-evidence-${index}-copies`}
                  type="number"
                  min={evidenceCopiesRange.min}
                  max={evidenceCopiesRange.max}
                  value={e.copies}
                  onChange={(ev) => update({ copies: ev.target.value })}
                  {...aria(`evidence.${index}.copies`)}
                />
                {err(`evidence.${index}.copies`)}
              </div>
              <div>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() =>
                    set(
                      'evidence',
                      values.evidence.filter((_, j) => j !== index),
                    )
                  }
                >
                  {i.remove}
                </button>
              </div>
            </div>
          );
        })}
        <div>
          <button
            type="button"
            className="button button--small"
            onClick={() => set('evidence', [...values.evidence, { description: '', copies: '1' }])}
          >
            {i.addEvidence}
          </button>
        </div>
      </fieldset>

      {refusal && (
        <p className="form__error" role="alert">
          {refusal}
        </p>
      )}
      <div>
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? i.submitting : i.submit}
        </button>
      </div>
    </form>
  );
}
