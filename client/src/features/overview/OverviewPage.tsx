import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo, useState } from 'react';
import { describeError, hasErrorCode } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { useLiveEvents } from '../../app/liveEvents';
import { useNow } from '../../app/now';
import { Banner } from '../../components/Banner';
import { ScreenHelp } from '../../components/ScreenHelp';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { overviewRoles } from './overviewRoles';
import { fiscalPeriodOf, periodFromSearch, searchOfPeriod, summariseBoard, type OverviewPeriod } from './overviewModel';
import { PeriodPicker } from './PeriodPicker';
import { ComplianceList, OverdueTable, OverviewCounters, type Counter } from './OverviewParts';
import { ItaLinks } from './ItaLinks';
import './OverviewPage.css';

// recharts is the heaviest thing the app loads: it comes in its own chunk, after the counters.
const OverviewCharts = lazy(() => import('./OverviewCharts').then((m) => ({ default: m.OverviewCharts })));

export const OverviewPageQuery = graphql(`
  query OverviewPageQuery($fiscalYear: Int!, $quarter: Int) {
    organisation {
      code
    }
    year: complaintStatistics(fiscalYear: $fiscalYear, quarter: $quarter) {
      fiscalYear
      quarter
      received
      inProgress
      closed
      notAccepted
      fromDamrongdhama {
        received
        completed
        completionRate
      }
      byChannel {
        count
        channel {
          code
          nameTh
          nameEn
        }
      }
      byDivision {
        count
        division {
          code
          nameTh
          nameEn
        }
      }
      byMonth {
        month
        received
      }
      deadlineCompliance {
        rule {
          code
          nameTh
          nameEn
        }
        met
        metLate
        overdue
        pending
        cancelled
      }
    }
    board {
      columns {
        stage
        complaints {
          id
          stage
          receiptNumber
          subject
          deadlines {
            rule {
              code
              nameTh
              nameEn
            }
            dueAt
            dueSoonAt
            status
          }
        }
      }
    }
  }
`);

/** The Chief Executive's overview (issue 5): live counters, deadline compliance, charts, overdue list. */
export function OverviewPage({ roles }: { roles: readonly Role[] }) {
  const { t, name } = useI18n();
  const o = t.overview;
  const p = t.period;
  const now = useNow();
  // Issue 14, item 7: the period chosen, kept in the address (?fy=2569&q=2) so a link or a reload
  // shows the same; by default the office's current fiscal year as a whole.
  const [period, setPeriod] = useState<OverviewPeriod>(() => periodFromSearch(window.location.search, new Date()));
  const choose = (next: OverviewPeriod) => {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${searchOfPeriod(next)}`);
    setPeriod(next);
  };
  const { data, previousData, error, refetch } = useQuery(OverviewPageQuery, {
    variables: period,
    fetchPolicy: 'cache-and-network',
  });
  // The figures are the server's: any complaint recorded or moved, or any deadline alert, asks again.
  useLiveEvents(() => {
    refetch().catch(() => undefined);
  });

  // While another period loads, the last figures stay (the selectors stay put).
  const shown = data ?? previousData;
  const complaints = useMemo(() => shown?.board.columns.flatMap((column) => column.complaints) ?? [], [shown]);
  const summary = useMemo(() => summariseBoard(complaints, now), [complaints, now]);
  const fy = period.fiscalYear;

  if (!roles.some((role) => overviewRoles.includes(role)) || hasErrorCode(error, 'FORBIDDEN')) {
    return <Banner title={o.forbidden} />;
  }
  if (error && !shown) {
    return (
      <Banner tone="error" title={o.loadFailed}>
        {describeError(error, t.common)}
      </Banner>
    );
  }
  if (!shown) return <Banner title={t.common.loading} />;
  const year = shown.year;

  const counters: Counter[] = [
    { key: 'open', label: o.open, value: summary.open },
    { key: 'due-soon', label: o.dueSoon, value: summary.dueSoon },
    { key: 'overdue', label: o.overdue, value: summary.overdue.length },
    { key: 'received-period', label: p.received, value: year.received },
  ];
  const statistics = `/documents/statistics/${fy}.pdf`;

  return (
    <div className="screen overview">
      <header className="overview__header">
        <h1>{o.title}</h1>
        <p className="muted">{p.live}</p>
        <ScreenHelp screen="overview" text={t.help.overview} />
        <PeriodPicker period={period} current={fiscalPeriodOf(new Date()).fiscalYear} onChange={choose} />
      </header>

      <section aria-label={o.counters}>
        <OverviewCounters counters={counters} />
        <p className="muted" data-testid="overview-totals">
          {/* The period of the figures shown (the last one's while another loads). */}
          {p.totals(p.shown(year.fiscalYear, year.quarter ?? null), year.received, year.inProgress, year.closed, year.notAccepted)}
        </p>
        {/* LPA 3.2: the complaints the Damrongdhama Center sent, and how many are done, counted apart. */}
        <p className="muted" data-testid="overview-damrongdhama">
          {t.referral.fromDamrongdhama(
            year.fromDamrongdhama.received,
            year.fromDamrongdhama.completed,
            year.fromDamrongdhama.completionRate ?? null,
          )}
        </p>
      </section>

      <div className="overview__grid">
        <section className="panel overview__overdue" aria-labelledby="overview-overdue">
          <h2 id="overview-overdue">{o.overdueList}</h2>
          <OverdueTable entries={summary.overdue} />
        </section>

        <section className="panel" aria-labelledby="overview-compliance">
          <h2 id="overview-compliance">{o.compliance}</h2>
          <ComplianceList rows={year.deadlineCompliance} />
        </section>

        <Suspense fallback={<Banner title={o.charts} />}>
          <OverviewCharts
            fiscalYear={fy}
            byMonth={year.byMonth}
            byChannel={year.byChannel.map((c) => ({ name: name(c.channel), count: c.count }))}
            byDivision={year.byDivision.map((d) => ({ name: name(d.division), count: d.count }))}
          />
        </Suspense>

        <section className="panel" aria-labelledby="overview-downloads">
          <h2 id="overview-downloads">{o.downloads}</h2>
          <ScreenHelp screen="reports" text={t.help.reports} />
          <ul className="downloads">
            <li>
              <a href={statistics} target="_blank" rel="noopener">
                {o.statisticsPdf(fy)}
              </a>
            </li>
            <li>
              <a href={`/reports/ita/${fy}.csv`} download>
                {o.itaCsv(fy)}
              </a>
            </li>
            <ItaLinks fiscalYear={fy} body={shown.organisation?.code ?? null} />
            <li>
              <a href={`/exports/register.xlsx?fiscalYear=${fy}`} download>
                {o.registerXlsx(fy)}
              </a>
            </li>
            <li>
              <a href={`/exports/register.csv?fiscalYear=${fy}`} download>
                {o.registerCsv(fy)}
              </a>
            </li>
          </ul>
        </section>
      </div>
    </div>
  );
}
