import { useState, type FormEvent } from 'react';
import { Banner } from '../../components/Banner';
import { useI18n } from '../../app/i18n';
import { sendRegister, type ImportAnswer, type ImportProblem } from './registerImport';
import './RegisterImportPage.css';

/**
 * Issue 11, item 6 (ADMIN, the administration's tab /admin/import): a past register comes in from
 * a file. Check first (nothing is saved), then import: a file with any problem is refused whole,
 * so the clerk fixes the rows named here.
 */
export function RegisterImportPage() {
  const { t, lang } = useI18n();
  const m = t.registerImport;
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState<'check' | 'import' | null>(null);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [checked, setChecked] = useState<File | null>(null);

  async function run(dryRun: boolean) {
    if (!file) return;
    setPending(dryRun ? 'check' : 'import');
    const result = await sendRegister(file, dryRun);
    setPending(null);
    setAnswer(result);
    setChecked(dryRun && result.kind === 'report' && result.report.problems.length === 0 ? file : null);
  }

  function check(event: FormEvent) {
    event.preventDefault();
    void run(true);
  }

  const problems: ImportProblem[] = answer?.kind === 'report' ? answer.report.problems : answer?.kind === 'refused' ? answer.problems : [];
  const report = answer?.kind === 'report' ? answer.report : null;

  return (
    <div className="register-import">
      <div>
        <p className="muted">{m.intro}</p>
        <ul className="downloads">
          <li>
            <a href="/imports/register-template.xlsx" download>
              {m.templateXlsx}
            </a>
          </li>
          <li>
            <a href="/imports/register-template.csv" download>
              {m.templateCsv}
            </a>
          </li>
        </ul>
        <p className="muted register-import__hint">{m.hint}</p>
      </div>

      <form className="form" onSubmit={check}>
        <div className="field">
          <label htmlFor="register-file">{m.file}</label>
          <input
            id="register-file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setAnswer(null);
              setChecked(null);
            }}
          />
        </div>
        <p className="muted">{m.wholeFile}</p>
        <div className="button-row">
          <button className="button" type="submit" disabled={!file || pending !== null}>
            {pending === 'check' ? m.checking : m.check}
          </button>
          <button
            className="button button--primary"
            type="button"
            disabled={!file || pending !== null || checked !== file}
            onClick={() => void run(false)}
          >
            {pending === 'import' ? m.importing : m.import}
          </button>
        </div>
        {file && checked !== file && !(report && !report.dryRun) && <p className="muted">{m.checkFirst}</p>}
      </form>

      {answer?.kind === 'failed' && <Banner tone="error" title={m.failed} />}
      {answer?.kind === 'tooLarge' && <Banner tone="error" title={m.tooLarge} />}
      {answer?.kind === 'refused' && (
        <Banner tone="error" title={m.refused}>
          {lang === 'en' ? answer.messageEn : answer.messageTh}
        </Banner>
      )}
      {report && (
        <section aria-live="polite">
          <h3>{report.dryRun ? m.checkedTitle : m.importedTitle}</h3>
          <ul className="register-import__counts">
            <li>{m.rows(report.rows)}</li>
            <li>{report.dryRun ? m.wouldImport(report.imported) : m.imported(report.imported)}</li>
            <li>{m.alreadyPresent(report.alreadyPresent)}</li>
            {report.dryRun && <li>{m.problemCount(report.problems.length)}</li>}
          </ul>
          {report.dryRun && report.problems.length === 0 && <p>{m.readyToImport}</p>}
        </section>
      )}
      {problems.length > 0 && (
        <section aria-labelledby="register-import-problems">
          <h3 id="register-import-problems">{m.problemsTitle(problems.length)}</h3>
          <div className="register-import__scroll">
            <table className="table register-import__problems">
              <thead>
                <tr>
                  <th scope="col">{m.row}</th>
                  <th scope="col">{m.column}</th>
                  <th scope="col">{m.what}</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((problem, index) => (
                  <tr key={index}>
                    <td data-label={m.row}>{problem.row}</td>
                    <td data-label={m.column}>{problem.column}</td>
                    <td data-label={m.what}>{lang === 'en' ? problem.messageEn : problem.messageTh}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
