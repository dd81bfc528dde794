import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../app/i18n';
import type { OversightBodiesQuery } from '../../gql/graphql';
import type { BodyRow } from './oversightModel';
import type { BodyFigures } from './useOversightStatistics';

type Body = OversightBodiesQuery['organisations'][number];

type ChartProps = {
  rows: readonly BodyRow<Body>[];
  figures: ReadonlyMap<string, BodyFigures>;
  period: string;
};

const font = { fontSize: 12, fontFamily: 'Sarabun, sans-serif' };
const colours = { received: '#1f4e79', inProgress: '#c17d11', overdue: '#b3261e' };

/**
 * Issue 13, item 3: the bodies compared, received / in progress / overdue, as horizontal bars (long
 * Thai names stay readable on a phone, one group per body). In its own chunk (recharts).
 */
export function OversightChart({ rows, figures, period }: ChartProps) {
  const { t, lang, name } = useI18n();
  const o = t.oversight;
  const locale = lang === 'en' ? 'en-GB' : 'th-TH';
  const data = rows.flatMap((row) => {
    const f = figures.get(row.body.code);
    return f ? [{ name: name(row.body), received: f.received, inProgress: f.inProgress, overdue: f.overdue }] : [];
  });
  const height = Math.max(200, data.length * 64 + 60);
  const number = (value: unknown) => (typeof value === 'number' ? value.toLocaleString(locale) : String(value));

  return (
    <section className="panel oversight__panel oversight__chart" aria-labelledby="oversight-chart" data-testid="oversight-chart">
      <h2 id="oversight-chart">
        {o.chart} · {period}
      </h2>
      <div role="img" aria-label={o.chartLabel}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={font} tickFormatter={number} />
            <YAxis type="category" dataKey="name" width={130} tick={font} interval={0} />
            <Tooltip formatter={number} />
            <Legend wrapperStyle={font} />
            <Bar dataKey="received" name={o.received} fill={colours.received} isAnimationActive={false} />
            <Bar dataKey="inProgress" name={o.inProgress} fill={colours.inProgress} isAnimationActive={false} />
            <Bar dataKey="overdue" name={o.overdue} fill={colours.overdue} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
}
