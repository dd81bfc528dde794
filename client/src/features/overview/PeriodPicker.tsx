import { useI18n } from '../../app/i18n';
import type { OverviewPeriod } from './overviewModel';

/** The fiscal years offered: this one, the next (planning) and the four before it. */
const yearsAround = (current: number) => [current + 1, current, current - 1, current - 2, current - 3, current - 4];

/**
 * Issue 14, item 7: the overview's period — a fiscal year (B.E.) and the whole year or one of its
 * quarters (Q1 is October–December).
 */
export function PeriodPicker({
  period,
  current,
  onChange,
}: {
  period: OverviewPeriod;
  current: number;
  onChange: (next: OverviewPeriod) => void;
}) {
  const p = useI18n().t.period;
  const years = yearsAround(current);
  if (!years.includes(period.fiscalYear)) years.push(period.fiscalYear);
  return (
    <fieldset className="period-picker">
      <legend>{p.legend}</legend>
      <div className="field">
        <label htmlFor="overview-fiscal-year">{p.fiscalYear}</label>
        <select
          id="overview-fiscal-year"
          value={period.fiscalYear}
          onChange={(event) => onChange({ ...period, fiscalYear: Number(event.target.value) })}
        >
          {years.map((year) => (
            <option key={year} value={year}>
              {p.fiscalYearN(year)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="overview-quarter">{p.quarter}</label>
        <select
          id="overview-quarter"
          value={period.quarter ?? ''}
          onChange={(event) => onChange({ ...period, quarter: event.target.value ? Number(event.target.value) : null })}
        >
          <option value="">{p.wholeYear}</option>
          {[1, 2, 3, 4].map((quarter) => (
            <option key={quarter} value={quarter}>
              {p.quarterN(quarter)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
