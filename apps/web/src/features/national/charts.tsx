import { niceTicks } from './chart-scale.ts';
import { type Figure, formatFigure, type KpiUnit } from './format-figure.ts';

/**
 * Hand-made SVG charts. Each is for sighted readers: it is hidden from assistive technology
 * (`aria-hidden`), and the page shows the same numbers in a table beside it, which is what screen
 * readers get. Each has a value axis with round, labelled steps (the trend) or its value at the end
 * of every bar, so a reader need not guess a height. Withheld figures ("..") leave a gap rather
 * than a guess.
 */
const WIDTH = 560;
const HEIGHT = 260;
const PAD = { left: 104, right: 16, top: 16, bottom: 32 };

const numberOrNull = (value: Figure | undefined) => (typeof value === 'number' ? value : null);

export interface TrendPoint {
  label: string;
  value: Figure;
  q1?: Figure;
  q3?: Figure;
}

export function TrendChart({ points, unit }: { points: readonly TrendPoint[]; unit: KpiUnit }) {
  const values = points.flatMap((p) =>
    [p.value, p.q1, p.q3].map(numberOrNull).filter((v): v is number => v !== null),
  );
  const ticks = niceTicks(values);
  const min = ticks[0] ?? 0;
  const max = ticks.at(-1) ?? 1;
  const x = (index: number) =>
    PAD.left + (points.length <= 1 ? 0 : (index * (WIDTH - PAD.left - PAD.right)) / (points.length - 1));
  const y = (value: number) => PAD.top + ((max - value) * (HEIGHT - PAD.top - PAD.bottom)) / (max - min || 1);
  const segments: string[] = [];
  let current = '';
  points.forEach((point, index) => {
    const value = numberOrNull(point.value);
    if (value === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(index).toFixed(1)},${y(value).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const band = points
    .map((point, index) => ({ index, q1: numberOrNull(point.q1), q3: numberOrNull(point.q3) }))
    .filter((p): p is { index: number; q1: number; q3: number } => p.q1 !== null && p.q3 !== null);
  const bandPath =
    band.length > 1
      ? `M${band.map((p) => `${x(p.index).toFixed(1)},${y(p.q3).toFixed(1)}`).join('L')}L${[...band]
          .reverse()
          .map((p) => `${x(p.index).toFixed(1)},${y(p.q1).toFixed(1)}`)
          .join('L')}Z`
      : null;
  return (
    <svg className="national-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            className={tick === 0 ? 'national-chart__axis' : 'national-chart__grid'}
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(tick)}
            y2={y(tick)}
          />
          <text className="national-chart__label" x={PAD.left - 6} y={y(tick) + 4} textAnchor="end">
            {formatFigure(tick, unit)}
          </text>
        </g>
      ))}
      <line className="national-chart__axis" x1={PAD.left} x2={PAD.left} y1={y(max)} y2={y(min)} />
      {bandPath ? <path className="national-chart__band" d={bandPath} /> : null}
      {segments.map((d) => (
        <path key={d} className="national-chart__line" d={d} />
      ))}
      {points.map((point, index) => {
        const value = numberOrNull(point.value);
        return (
          <g key={point.label}>
            {value !== null ? <circle cx={x(index)} cy={y(value)} r={4} fill="#1d4f91" /> : null}
            <text className="national-chart__label" x={x(index)} y={HEIGHT - 10} textAnchor="middle">
              {point.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function BarChart({
  bars,
  unit,
}: {
  bars: readonly { label: string; value: Figure }[];
  unit: KpiUnit;
}) {
  const rowHeight = 22;
  const labelWidth = 170;
  // Room at the end of the longest bar for its value.
  const valueWidth = 110;
  const height = Math.max(rowHeight, bars.length * rowHeight) + 8;
  const max = Math.max(1, ...bars.map((b) => numberOrNull(b.value) ?? 0));
  return (
    <svg className="national-chart" viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
      <line className="national-chart__axis" x1={labelWidth} x2={labelWidth} y1={0} y2={height} />
      {bars.map((bar, index) => {
        const value = numberOrNull(bar.value);
        const y = 4 + index * rowHeight;
        const width =
          value === null ? 0 : Math.max(1, (Math.max(0, value) / max) * (WIDTH - labelWidth - valueWidth));
        return (
          <g key={bar.label}>
            <text className="national-chart__label" x={0} y={y + 14}>
              {bar.label}
            </text>
            {value !== null ? (
              <rect
                className="national-chart__bar"
                x={labelWidth}
                y={y + 3}
                height={rowHeight - 8}
                width={width}
              />
            ) : null}
            <text className="national-chart__label" x={labelWidth + width + 6} y={y + 14}>
              {formatFigure(bar.value, unit)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
