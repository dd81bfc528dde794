import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo, useState } from 'react';
import { describeError, hasErrorCode } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { Banner } from '../../components/Banner';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { fiscalPeriodOf } from '../overview/overviewModel';
import { OversightTables } from './OversightTables';
import { bodiesBelow, fiscalYearsFrom, isOverseer } from './oversightModel';
import { useOversightStatistics } from './useOversightStatistics';
import './OversightPage.css';

// recharts comes in its own chunk, after the table (as on the overview).
const OversightChart = lazy(() => import('./OversightChart').then((m) => ({ default: m.OversightChart })));

/** The caller's own body and every body below it (contract, `organisations`): names and kinds only. */
export const OversightBodiesQuery = graphql(`
  query OversightBodies {
    organisation {
      code
      nameTh
      nameEn
      kind
    }
    organisations {
      code
      nameTh
      nameEn
      kind
      parent {
        code
      }
    }
  }
`);

/**
 * Issue 13, item 3: the overseer (OVERSEER of a DISTRICT, PROVINCE or NATIONAL body) compares the
 * bodies below — received, in progress, closed, not accepted, overdue, deadline compliance per rule
 * (R10) — by fiscal year (B.E., from 1 October) and quarter, as a table and a chart. It reads
 * `organisationStatistics` only: never a complaint, a complainant's or an accused's name.
 */
export function OversightPage({ roles }: { roles: readonly Role[] }) {
  const { t, name } = useI18n();
  const o = t.oversight;
  const current = useMemo(() => fiscalPeriodOf(new Date()).fiscalYear, []);
  const [fiscalYear, setFiscalYear] = useState(current);
  const [quarter, setQuarter] = useState<number | null>(null);
  const bodies = useQuery(OversightBodiesQuery, { skip: !isOverseer(roles) });
  const own = bodies.data?.organisation ?? null;
  const rows = useMemo(() => (own && bodies.data ? bodiesBelow(bodies.data.organisations, own.code) : []), [bodies.data, own]);
  // The own code answers the sum over every body below it: the total row.
  const codes = useMemo(() => (own && rows.length > 0 ? [own.code, ...rows.map((row) => row.body.code)] : []), [own, rows]);
  const statistics = useOversightStatistics(codes, { fiscalYear, quarter });
  const error = bodies.error ?? statistics.error;

  if (!isOverseer(roles) || hasErrorCode(error, 'FORBIDDEN')) return <Banner title={o.forbidden} />;
  if (error) {
    return (
      <Banner tone="error" title={o.loadFailed}>
        {describeError(error, t.common)}
      </Banner>
    );
  }
  if (!bodies.data) return <Banner title={t.common.loading} />;

  const figures = statistics.figures;
  const total = own ? figures?.get(own.code) : undefined;

  return (
    <div className="screen oversight">
      <header className="oversight__header">
        <h1>{o.title}</h1>
        <p className="muted">{o.intro(own ? name(own) : '')}</p>
      </header>

      <form className="oversight__period" aria-label={o.period} onSubmit={(event) => event.preventDefault()}>
        <label>
          <span>{o.fiscalYear}</span>
          <select id="oversight-fiscal-year" value={fiscalYear} onChange={(e) => setFiscalYear(Number(e.target.value))}>
            {fiscalYearsFrom(current).map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{o.quarter}</span>
          <select
            id="oversight-quarter"
            value={quarter ?? ''}
            onChange={(e) => setQuarter(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">{o.wholeYear}</option>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {o.quarterName(q)}
              </option>
            ))}
          </select>
        </label>
      </form>

      {rows.length === 0 ? (
        <Banner title={o.noBodies} />
      ) : !figures || !total ? (
        <Banner title={t.common.loading} />
      ) : (
        <>
          <OversightTables rows={rows} figures={figures} total={total} loading={statistics.loading} />
          <Suspense fallback={<Banner title={o.chart} />}>
            <OversightChart rows={rows} figures={figures} period={o.periodLabel(total.fiscalYear, total.quarter ?? null)} />
          </Suspense>
        </>
      )}
    </div>
  );
}
