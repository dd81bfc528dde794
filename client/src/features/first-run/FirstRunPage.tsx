import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useState, type SubmitEvent } from 'react';
import { serverMessage } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { SignInCard } from '../sign-in/SignInCard';
import { firstRunProblem, organisationKinds, setUpFile, usualDivisions, type DivisionRow, type FirstRunValues } from './firstRunForm';
import './FirstRunPage.css';

const SetUpOrganisationMutation = graphql(`
  mutation SetUpOrganisation($input: SetUpOrganisationInput!) {
    setUpOrganisation(input: $input) {
      organisation {
        code
        nameTh
      }
      admin
    }
  }
`);

interface Problem {
  path: string;
  messageTh: string;
  messageEn: string;
}

/** The server names each problem of a set-up file (`extensions.problems`); anything else is one message. */
function problemsOf(error: unknown): Problem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => (Array.isArray(e.extensions?.problems) ? (e.extensions.problems as Problem[]) : []));
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/**
 * Issue 11, item 1: an office without a terminal sets its body up here, once, with the one-time
 * token the server printed in its log. The form writes the same set-up file `npm run setup` reads;
 * a clerk with a prepared file may send that instead.
 */
export function FirstRunPage({ onDone }: { onDone: () => void }) {
  const { t, lang } = useI18n();
  const f = t.firstRun;
  const [mode, setMode] = useState<'form' | 'file'>('form');
  const [divisions, setDivisions] = useState<DivisionRow[]>(usualDivisions);
  const [setUp, { loading }] = useMutation(SetUpOrganisationMutation);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [message, setMessage] = useState<string>();
  const [done, setDone] = useState<{ nameTh: string; admin: string }>();

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProblems([]);
    setMessage(undefined);
    let file: string;
    if (mode === 'file') {
      const chosen = form.get('file');
      file = chosen instanceof File ? await chosen.text() : '';
    } else {
      const values: FirstRunValues = {
        organisation: {
          code: text(form, 'code'),
          nameTh: text(form, 'nameTh'),
          nameEn: text(form, 'nameEn'),
          kind: text(form, 'kind') as FirstRunValues['organisation']['kind'],
          address: text(form, 'address'),
          phone: text(form, 'phone'),
          website: text(form, 'website'),
          facebook: text(form, 'facebook'),
        },
        divisions,
        admin: {
          username: text(form, 'username'),
          displayName: text(form, 'displayName'),
          password: String(form.get('password') ?? ''),
          confirmation: String(form.get('confirmation') ?? ''),
        },
      };
      const found = firstRunProblem(values);
      if (found) {
        setMessage(found === 'mismatch' ? f.mismatch : t.changePassword.problems[found]);
        return;
      }
      file = setUpFile(values);
    }
    try {
      const result = await setUp({ variables: { input: { token: text(form, 'token'), file } } });
      const answer = result.data?.setUpOrganisation;
      if (answer) setDone({ nameTh: answer.organisation.nameTh, admin: answer.admin });
    } catch (error) {
      const named = problemsOf(error);
      setProblems(named);
      setMessage(named.length ? f.problems(named.length) : (serverMessage(error, lang) ?? t.common.failed));
    }
  }

  if (done) {
    return (
      <SignInCard title={f.done(done.nameTh)} intro={f.doneBody(done.admin)}>
        <button className="button button--primary" type="button" onClick={onDone}>
          {f.toSignIn}
        </button>
      </SignInCard>
    );
  }

  const updateDivision = (index: number, change: Partial<DivisionRow>) =>
    setDivisions((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <SignInCard title={f.title} intro={f.intro} wide>
      <form className="form first-run" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor="first-run-token">{f.token}</label>
          <input id="first-run-token" name="token" required autoComplete="off" spellCheck={false} autoCapitalize="characters" />
          <p className="field__hint">{f.tokenHint}</p>
        </div>
        <div className="choice" role="radiogroup">
          <label>
            <input type="radio" name="mode" checked={mode === 'form'} onChange={() => setMode('form')} /> {f.byForm}
          </label>
          <label>
            <input type="radio" name="mode" checked={mode === 'file'} onChange={() => setMode('file')} /> {f.byFile}
          </label>
        </div>
        {mode === 'file' ? (
          <div className="field">
            <label htmlFor="first-run-file">{f.file}</label>
            <input id="first-run-file" name="file" type="file" accept=".json,.jsonc,application/json" required />
            <p className="field__hint">{f.fileHint}</p>
          </div>
        ) : (
          <>
            <fieldset>
              <legend>{f.organisation}</legend>
              <div className="field">
                <label htmlFor="first-run-name-th">{f.nameTh}</label>
                <input id="first-run-name-th" name="nameTh" required maxLength={200} />
              </div>
              <div className="field">
                <label htmlFor="first-run-name-en">{f.nameEn}</label>
                <input id="first-run-name-en" name="nameEn" required maxLength={200} />
              </div>
              <div className="field">
                <label htmlFor="first-run-code">{f.code}</label>
                <input
                  id="first-run-code"
                  name="code"
                  required
                  pattern="[A-Za-z][A-Za-z0-9_]{1,39}"
                  autoCapitalize="characters"
                  spellCheck={false}
                />
                <p className="field__hint">{f.codeHint}</p>
              </div>
              <div className="field">
                <label htmlFor="first-run-kind">{f.kind}</label>
                <select id="first-run-kind" name="kind" defaultValue="SAO">
                  {organisationKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {f.kinds[kind]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="first-run-address">{f.address}</label>
                <textarea id="first-run-address" name="address" required maxLength={500} rows={2} />
              </div>
              <div className="field">
                <label htmlFor="first-run-phone">{f.phone}</label>
                <input id="first-run-phone" name="phone" type="tel" required maxLength={200} />
              </div>
              <div className="field">
                <label htmlFor="first-run-website">{f.website}</label>
                <input id="first-run-website" name="website" maxLength={300} />
              </div>
              <div className="field">
                <label htmlFor="first-run-facebook">{f.facebook}</label>
                <input id="first-run-facebook" name="facebook" maxLength={300} />
              </div>
            </fieldset>
            <fieldset>
              <legend>{f.divisions}</legend>
              <p className="field__hint">{f.divisionsHint}</p>
              {divisions.map((division, index) => (
                <div className="first-run__division" key={index}>
                  <input
                    aria-label={`${f.divisionCode} ${index + 1}`}
                    value={division.code}
                    onChange={(event) => updateDivision(index, { code: event.target.value })}
                    required
                    spellCheck={false}
                  />
                  <input
                    aria-label={`${f.divisionNameTh} ${index + 1}`}
                    value={division.nameTh}
                    onChange={(event) => updateDivision(index, { nameTh: event.target.value })}
                    required
                  />
                  <input
                    aria-label={`${f.divisionNameEn} ${index + 1}`}
                    value={division.nameEn}
                    onChange={(event) => updateDivision(index, { nameEn: event.target.value })}
                    required
                  />
                  <button
                    className="button button--small"
                    type="button"
                    onClick={() => setDivisions((rows) => rows.filter((_, i) => i !== index))}
                    disabled={division.code === 'PALAD'}
                  >
                    {f.remove}
                  </button>
                </div>
              ))}
              <button
                className="button button--small"
                type="button"
                onClick={() => setDivisions((rows) => [...rows, { code: '', nameTh: '', nameEn: '' }])}
              >
                {f.addDivision}
              </button>
            </fieldset>
            <fieldset>
              <legend>{f.admin}</legend>
              <div className="field">
                <label htmlFor="first-run-username">{f.username}</label>
                <input id="first-run-username" name="username" required autoComplete="username" autoCapitalize="none" spellCheck={false} />
              </div>
              <div className="field">
                <label htmlFor="first-run-display-name">{f.displayName}</label>
                <input id="first-run-display-name" name="displayName" required maxLength={200} />
              </div>
              <div className="field">
                <label htmlFor="first-run-password">{f.password}</label>
                <input id="first-run-password" name="password" type="password" required autoComplete="new-password" />
                <p className="field__hint">{f.passwordHint}</p>
              </div>
              <div className="field">
                <label htmlFor="first-run-confirmation">{f.confirmation}</label>
                <input id="first-run-confirmation" name="confirmation" type="password" required autoComplete="new-password" />
              </div>
            </fieldset>
          </>
        )}
        {message && (
          <div className="form__error" role="alert">
            <p>{message}</p>
            {problems.length > 0 && (
              <ul>
                {problems.map((problem, index) => (
                  <li key={index}>
                    <code>{problem.path}</code>: {lang === 'en' ? problem.messageEn : problem.messageTh}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <button className="button button--primary" type="submit" disabled={loading}>
          {loading ? f.submitting : f.submit}
        </button>
      </form>
    </SignInCard>
  );
}
