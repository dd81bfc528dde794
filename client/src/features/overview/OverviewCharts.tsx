import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../app/i18n';
import { monthLabel } from './overviewModel';

type Count = { name: string; count: number };

type OverviewChartsProps = {
  fiscalYear: number;
  byMonth: ReadonlyArray<{ month: string; received: number }>;
  byChannel: readonly Count[];
  byDivision: readonly Count[];
};

const ink = '#1f4e79';
const font = { fontSize: 12, fontFamily: 'Sarabun, sans-serif' };

/** Horizontal bars: long Thai names stay readable on a phone, one row each. */
function CountBars({ data, label }: { data: readonly Count[]; label: string }) {
  const height = Math.max(160, data.length * 34 + 40);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={[...data]} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={font} />
        <YAxis type="category" dataKey="name" width={130} tick={font} interval={0} />
        <Tooltip />
        <Bar dataKey="count" name={label} fill={ink} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The overview's charts, in their own chunk (recharts): per month, per channel, per division. */
export function OverviewCharts({ fiscalYear, byMonth, byChannel, byDivision }: OverviewChartsProps) {
  const { t, lang } = useI18n();
  const o = t.overview;
  const months = byMonth.map((m) => ({ name: monthLabel(m.month, lang), received: m.received }));

  return (
    <>
      <section className="panel overview__chart" aria-labelledby="overview-trend" data-testid="chart-trend">
        <h2 id="overview-trend">{o.trend(fiscalYear)}</h2>
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={months} margin={{ top: 8, right: 16, bottom: 4, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" tick={font} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={font} />
            <Tooltip />
            <Line type="linear" dataKey="received" name={o.received} stroke={ink} strokeWidth={2} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </section>
      <section className="panel overview__chart" aria-labelledby="overview-channels" data-testid="chart-channels">
        <h2 id="overview-channels">{o.byChannel}</h2>
        <CountBars data={byChannel} label={o.count} />
      </section>
      <section className="panel overview__chart" aria-labelledby="overview-divisions" data-testid="chart-divisions">
        <h2 id="overview-divisions">{o.byDivision}</h2>
        <CountBars data={byDivision} label={o.count} />
      </section>
    </>
  );
}
