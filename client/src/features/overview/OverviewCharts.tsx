import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useI18n } from '../../app/i18n';
import { canvasMeasure, wrapLabel } from './chartLabels';
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

const lineHeight = 15;

/** The width of the element, followed as the screen changes (the axis takes its share of it). */
function useWidth<E extends HTMLElement>(): [RefObject<E | null>, number] {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry!.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * Horizontal bars: long Thai names stay readable on a phone, one row each. Issue 14, item 7: the
 * names wrap between words within the axis's share of the width, and each row is as tall as its
 * longest name needs, so no label is cut off at the chart's edge.
 */
function CountBars({ data, label }: { data: readonly Count[]; label: string }) {
  const { lang } = useI18n();
  const [box, boxWidth] = useWidth<HTMLDivElement>();
  const axisWidth = Math.round(Math.min(240, Math.max(96, boxWidth * 0.42)));
  const measure = useMemo(() => canvasMeasure(`${font.fontSize}px ${font.fontFamily}`), []);
  const lines = useMemo(
    () => new Map(data.map((row) => [row.name, wrapLabel(row.name, axisWidth - 10, measure, lang)])),
    [data, axisWidth, measure, lang],
  );
  const mostLines = Math.max(1, ...[...lines.values()].map((wrapped) => wrapped.length));
  const rowHeight = Math.max(34, mostLines * lineHeight + 12);
  const height = Math.max(160, data.length * rowHeight + 40);
  return (
    <div ref={box}>
      {boxWidth > 0 && (
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={[...data]} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={font} />
            <YAxis
              type="category"
              dataKey="name"
              width={axisWidth}
              interval={0}
              tick={({ x, y, payload }: YAxisTickContentProps) => {
                const value = String(payload.value);
                const wrapped = lines.get(value) ?? [value];
                return (
                  <text x={x} y={y} textAnchor="end" fill="#56616e" {...font} className="chart-label">
                    {wrapped.map((line, index) => (
                      <tspan key={index} x={x} dy={index === 0 ? ((1 - wrapped.length) * lineHeight) / 2 + 4 : lineHeight}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                );
              }}
            />
            <Tooltip />
            <Bar dataKey="count" name={label} fill={ink} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      )}
    </div>
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
          {/* Room on both sides for the first and the last month's label (issue 14, item 7). */}
          <LineChart data={months} margin={{ top: 8, right: 28, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" tick={font} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={font} width={36} />
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
