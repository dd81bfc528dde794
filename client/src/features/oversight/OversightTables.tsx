import { useI18n } from '../../app/i18n';
import { compliancePercent, formatCount, type BodyRow } from './oversightModel';
import type { BodyFigures } from './useOversightStatistics';
import type { OversightBodiesQuery } from '../../gql/graphql';

type Body = OversightBodiesQuery['organisations'][number];

type TablesProps = {
  rows: readonly BodyRow<Body>[];
  figures: ReadonlyMap<string, BodyFigures>;
  total: BodyFigures;
  /** A new period is on its way: these figures are the previous one's. */
  loading: boolean;
};

const percentFormats = {
  th: new Intl.NumberFormat('th-TH', { style: 'percent' }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent' }),
};

/**
 * The figures per body and their total (issue 13, item 3), then deadline compliance per rule
 * (R10: met on time / came due). Each table scrolls sideways inside its own box on a phone.
 */
export function OversightTables({ rows, figures, total, loading }: TablesProps) {
  const { t, lang, name } = useI18n();
  const o = t.oversight;
  const count = (n: number) => formatCount(n, lang);
  const percent = (p: number | null) => (p === null ? o.noneDue : percentFormats[lang].format(p / 100));
  const period = `${total.fiscalYear}-${total.quarter ?? 'Y'}`;
  const rules = total.deadlineCompliance.map((row) => row.rule);

  const bodyCell = (row: BodyRow<Body>) => (
    <th scope="row" className="oversight__body" style={{ paddingInlineStart: `${0.5 + row.depth * 1.25}rem` }}>
      <span>{name(row.body)}</span> <span className="oversight__kind">{o.kinds[row.body.kind]}</span>
    </th>
  );

  return (
    <>
      <section className="panel oversight__panel" aria-labelledby="oversight-figures" aria-busy={loading}>
        <h2 id="oversight-figures">
          {o.figures} · {o.periodLabel(total.fiscalYear, total.quarter ?? null)}
        </h2>
        <div className="oversight__scroll" tabIndex={0} role="region" aria-labelledby="oversight-figures">
          <table className="table oversight__table" data-testid="oversight-table" data-period={period}>
            <thead>
              <tr>
                <th scope="col">{o.body}</th>
                <th scope="col">{o.received}</th>
                <th scope="col">{o.inProgress}</th>
                <th scope="col">{o.closed}</th>
                <th scope="col">{o.notAccepted}</th>
                <th scope="col">{o.overdue}</th>
                <th scope="col" title={o.complianceHint}>
                  {o.compliance}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const f = figures.get(row.body.code);
                if (!f) return null;
                return (
                  <tr key={row.body.code} data-body={row.body.code}>
                    {bodyCell(row)}
                    <td data-column="received">{count(f.received)}</td>
                    <td data-column="inProgress">{count(f.inProgress)}</td>
                    <td data-column="closed">{count(f.closed)}</td>
                    <td data-column="notAccepted">{count(f.notAccepted)}</td>
                    <td data-column="overdue">{count(f.overdue)}</td>
                    <td data-column="compliance">{percent(compliancePercent(f.deadlineCompliance))}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr data-body="total">
                <th scope="row">{o.total(total.bodies)}</th>
                <td data-column="received">{count(total.received)}</td>
                <td data-column="inProgress">{count(total.inProgress)}</td>
                <td data-column="closed">{count(total.closed)}</td>
                <td data-column="notAccepted">{count(total.notAccepted)}</td>
                <td data-column="overdue">{count(total.overdue)}</td>
                <td data-column="compliance">{percent(compliancePercent(total.deadlineCompliance))}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <p className="muted oversight__hint">{o.complianceHint}</p>
      </section>

      <section className="panel oversight__panel" aria-labelledby="oversight-rules" aria-busy={loading}>
        <h2 id="oversight-rules">{o.byRule}</h2>
        <p className="muted oversight__hint">{o.byRuleIntro}</p>
        <div className="oversight__scroll" tabIndex={0} role="region" aria-labelledby="oversight-rules">
          <table className="table oversight__table" data-testid="oversight-rules" data-period={period}>
            <thead>
              <tr>
                <th scope="col">{o.body}</th>
                {rules.map((rule) => (
                  <th key={rule.code} scope="col" data-rule={rule.code} title={rule.manualRef}>
                    {name(rule)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...rows.map((row) => ({ row, f: figures.get(row.body.code) })), { row: null, f: total }].map(({ row, f }) =>
                !f ? null : (
                  <tr key={row?.body.code ?? 'total'} data-body={row?.body.code ?? 'total'}>
                    {row ? bodyCell(row) : <th scope="row">{o.total(total.bodies)}</th>}
                    {rules.map((rule) => {
                      const r = f.deadlineCompliance.find((x) => x.rule.code === rule.code);
                      return (
                        <td key={rule.code} data-rule={rule.code}>
                          {r ? (
                            <>
                              <strong>{percent(compliancePercent([r]))}</strong>
                              <span className="oversight__rule-figures">{o.ruleCell(r.met, r.metLate, r.overdue, r.pending)}</span>
                            </>
                          ) : (
                            o.noneDue
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
