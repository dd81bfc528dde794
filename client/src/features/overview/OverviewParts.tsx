import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { compliancePercent, formatDateBE, type OverdueEntry, type RuleComplianceRow } from './overviewModel';
import './OverviewParts.css';

export type Counter = { key: string; label: string; value: number };

/** The big figures at the top. */
export function OverviewCounters({ counters }: { counters: readonly Counter[] }) {
  const { lang } = useI18n();
  return (
    <ul className="overview__counters">
      {counters.map((counter) => (
        <li key={counter.key} className={`counter counter--${counter.key}`} data-testid={`counter-${counter.key}`}>
          <span className="counter__value">{counter.value.toLocaleString(lang === 'en' ? 'en-GB' : 'th-TH')}</span>
          <span className="counter__label">{counter.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** Overdue deadlines: receipt number, subject, rule and due date (B.E.); never the complainant. */
export function OverdueTable({ entries }: { entries: readonly OverdueEntry[] }) {
  const { t, lang, name } = useI18n();
  const o = t.overview;
  if (entries.length === 0) return <p>{o.overdueNone}</p>;
  return (
    <div className="table-scroll">
      <table className="table table--stack" data-testid="overdue-list">
        <thead>
          <tr>
            <th scope="col">{o.receipt}</th>
            <th scope="col">{o.subject}</th>
            <th scope="col">{o.rule}</th>
            <th scope="col">{o.dueAt}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={`${entry.complaintId}:${entry.rule.code}`} data-receipt={entry.receiptNumber}>
              <td data-label={o.receipt}>
                <Link to={`/complaints/${entry.complaintId}`}>{entry.receiptNumber}</Link>
              </td>
              <td data-label={o.subject}>{entry.subject}</td>
              <td data-label={o.rule}>{name(entry.rule)}</td>
              <td data-label={o.dueAt}>
                <time dateTime={entry.dueAt}>{formatDateBE(entry.dueAt, lang)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Deadline compliance per rule: the on-time share and a bar of met, late, overdue and running deadlines. */
export function ComplianceList({ rows }: { rows: readonly RuleComplianceRow[] }) {
  const { t, name } = useI18n();
  const o = t.overview;
  return (
    <ul className="compliance">
      {rows.map((row) => {
        const total = row.met + row.metLate + row.overdue + row.pending;
        const share = (n: number) => `${total === 0 ? 0 : (n / total) * 100}%`;
        return (
          <li key={row.rule.code} className="compliance__row" data-rule={row.rule.code}>
            <div className="compliance__head">
              <span>{name(row.rule)}</span>
              <strong>{o.compliancePercent(compliancePercent(row))}</strong>
            </div>
            <div className="compliance__bar" aria-hidden="true">
              <span className="compliance__part compliance__part--met" style={{ width: share(row.met) }} />
              <span className="compliance__part compliance__part--late" style={{ width: share(row.metLate) }} />
              <span className="compliance__part compliance__part--overdue" style={{ width: share(row.overdue) }} />
              <span className="compliance__part compliance__part--pending" style={{ width: share(row.pending) }} />
            </div>
            <p className="compliance__figures">
              {o.status.met} {row.met} · {o.status.metLate} {row.metLate} · {o.status.overdue} {row.overdue} · {o.status.pending}{' '}
              {row.pending}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
