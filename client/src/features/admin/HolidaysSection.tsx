import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { formatDay, formatInstant } from '../../app/format';
import { isDateEntryValue } from '../../app/dateEntry';
import { useI18n } from '../../app/i18n';
import { DateEntry } from '../../components/DateEntry';
import { Banner } from '../../components/Banner';
import { graphql } from '../../gql';
import type { ImportHolidaysMutation } from '../../gql/graphql';
import { useAdminAction } from './useAdminAction';

const AdminHolidaysQuery = graphql(`
  query AdminHolidays($from: String!, $to: String!) {
    holidays(from: $from, to: $to) {
      date
      nameTh
      nameEn
    }
    deadlineRules {
      code
      nameTh
      nameEn
    }
  }
`);

const AddHolidayMutation = graphql(`
  mutation AdminAddHoliday($input: AddHolidayInput!) {
    addHoliday(input: $input) {
      clocksMoved
    }
  }
`);

const RemoveHolidayMutation = graphql(`
  mutation AdminRemoveHoliday($input: RemoveHolidayInput!) {
    removeHoliday(input: $input) {
      clocksMoved
    }
  }
`);

const ImportHolidaysDocument = graphql(`
  mutation ImportHolidays($input: ImportHolidaysInput!) {
    importHolidays(input: $input) {
      dryRun
      added {
        date
        nameTh
      }
      alreadyThere
      problems {
        row
        column
        messageTh
        messageEn
      }
      moved {
        complaintId
        receiptNumber
        ruleCode
        from
        to
      }
    }
  }
`);

/** Thai government years run with the calendar year for holidays: shown as B.E. */
const thisYear = new Date().getFullYear();

/** The days offices close: add or remove one, or import the Cabinet's list; open deadlines move with them. */
export function HolidaysSection() {
  const { t, lang } = useI18n();
  const h = t.admin.holidays;
  const [year, setYear] = useState(thisYear);
  const { data, error, refetch } = useQuery(AdminHolidaysQuery, { variables: { from: `${year}-01-01`, to: `${year}-12-31` } });
  const [addHoliday] = useMutation(AddHolidayMutation);
  const [removeHoliday] = useMutation(RemoveHolidayMutation);
  const [importHolidays] = useMutation(ImportHolidaysDocument);
  const { run, refuse, changed, aria, problem, pending, message } = useAdminAction(['date', 'nameTh']);
  const [csv, setCsv] = useState<string>();
  const [report, setReport] = useState<ImportHolidaysMutation['importHolidays']>();

  if (error) return <Banner tone="error" title={t.common.failed} />;
  if (!data) return <Banner title={t.common.loading} />;
  const ruleName = new Map(data.deadlineRules.map((rule) => [rule.code, lang === 'en' ? rule.nameEn : rule.nameTh]));

  async function handleAdd(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = { date: String(form.get('date')), nameTh: String(form.get('nameTh')).trim() };
    // Issue 14, item 7: the day typed in the B.E., checked before it is sent.
    const found: Record<string, string> = {};
    if (!input.date) found.date = t.fields.problem(h.date, t.intake.errors.required);
    else if (!isDateEntryValue(input.date, 'date')) found.date = t.dateEntry.dateFormat(h.date);
    if (!input.nameTh) found.nameTh = t.fields.problem(h.name, t.intake.errors.required);
    if (refuse(found)) return;
    const done = await run(
      () => addHoliday({ variables: { input } }),
      (result) => h.moved(result.data?.addHoliday.clocksMoved ?? 0),
    );
    if (done) {
      formElement.reset();
      await refetch();
    }
  }

  async function handleRemove(date: string, name: string) {
    if (!window.confirm(h.confirmRemove(name))) return;
    await run(
      () => removeHoliday({ variables: { input: { date } } }),
      (result) => h.moved(result.data?.removeHoliday.clocksMoved ?? 0),
    );
    await refetch();
  }

  async function handleImport(dryRun: boolean) {
    if (!csv) return;
    const result = await run(
      () => importHolidays({ variables: { input: { csv, dryRun } } }),
      (done) => {
        const answer = done.data?.importHolidays;
        return !answer ? t.admin.saved : answer.dryRun ? h.willAdd(answer.added.length, answer.alreadyThere) : h.added(answer.added.length);
      },
    );
    const answer = result?.data?.importHolidays;
    if (answer) setReport(answer);
    if (answer && !dryRun) await refetch();
  }

  return (
    <div>
      <div className="admin__form">
        <div className="field">
          <label htmlFor="holiday-year">{h.year}</label>
          <select id="holiday-year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((option) => (
              <option key={option} value={option}>
                {option + 543}
              </option>
            ))}
          </select>
        </div>
      </div>
      <form className="admin__form" onSubmit={handleAdd} onChange={changed} noValidate>
        <div className="field">
          <label htmlFor="holiday-date">{h.date}</label>
          <DateEntry id="holiday-date" name="date" label={h.date} mode="date" required {...aria('date', 'holiday-date')} />
          {problem('date', 'holiday-date')}
        </div>
        <div className="field">
          <label htmlFor="holiday-name">{h.name}</label>
          <input id="holiday-name" name="nameTh" required maxLength={200} {...aria('nameTh', 'holiday-name')} />
          {problem('nameTh', 'holiday-name')}
        </div>
        <div className="button-row">
          <button className="button button--primary" type="submit" disabled={pending}>
            {h.add}
          </button>
        </div>
      </form>
      {message}
      <details>
        <summary>{h.import}</summary>
        <p className="field__hint">{h.importHint}</p>
        <input
          type="file"
          accept=".csv,text/csv"
          aria-label={h.import}
          onChange={(event) => {
            setReport(undefined);
            void event.target.files?.[0]?.text().then(setCsv);
          }}
        />
        <div className="button-row">
          <button className="button" type="button" disabled={!csv || pending} onClick={() => void handleImport(true)}>
            {h.check}
          </button>
          <button className="button button--primary" type="button" disabled={!csv || pending} onClick={() => void handleImport(false)}>
            {h.apply}
          </button>
        </div>
        {report && (
          <div>
            {report.problems.length > 0 && (
              <table className="table">
                <thead>
                  <tr>
                    <th>{h.row}</th>
                    <th>{h.column}</th>
                    <th>{h.problem}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.problems.map((problem) => (
                    <tr key={`${problem.row}-${problem.column}`}>
                      <td>{problem.row}</td>
                      <td>{problem.column}</td>
                      <td>{lang === 'en' ? problem.messageEn : problem.messageTh}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {report.moved.length > 0 && (
              <div className="admin__scroll">
                <h3>{h.movedTable}</h3>
                <table className="table">
                  <thead>
                    <tr>
                      <th>{h.receipt}</th>
                      <th>{h.rule}</th>
                      <th>{h.from}</th>
                      <th>{h.to}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.moved.map((moved) => (
                      <tr key={`${moved.complaintId}-${moved.ruleCode}`}>
                        <td>{moved.receiptNumber}</td>
                        <td>{ruleName.get(moved.ruleCode) ?? moved.ruleCode}</td>
                        <td>{formatInstant(moved.from, lang)}</td>
                        <td>{formatInstant(moved.to, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        )}
      </details>
      <table className="table">
        <thead>
          <tr>
            <th>{h.date}</th>
            <th>{h.name}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {data.holidays.map((holiday) => (
            <tr key={holiday.date}>
              <td>{formatDay(holiday.date, lang)}</td>
              <td>{lang === 'en' && holiday.nameEn ? holiday.nameEn : holiday.nameTh}</td>
              <td>
                <button
                  className="button button--small"
                  type="button"
                  disabled={pending}
                  onClick={() => void handleRemove(holiday.date, holiday.nameTh)}
                >
                  {h.remove}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
