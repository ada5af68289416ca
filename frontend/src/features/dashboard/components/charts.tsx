import { useId, type ReactNode } from 'react';

/** One bar (or one group of bars) with its label. */
export type Bar = { label: string; values: number[] };

type ChartFrameProps = {
  title: string;
  /** A sentence that says what the chart shows, read by screen readers instead of the drawing. */
  summary: string;
  /** The numbers behind the chart, as a table a keyboard or screen-reader user can open. */
  table: { columns: string[]; rows: (string | number)[][] };
  children: ReactNode;
  legend?: { label: string; className: string }[];
};

/** A chart with a title, a text summary, an optional legend, and its data behind a "Show the numbers" toggle. */
export function ChartFrame({ title, summary, table, children, legend }: ChartFrameProps) {
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart__title">
        {title}
      </figcaption>
      <p id={`${id}-summary`} className="chart__summary">
        {summary}
      </p>
      {legend && (
        <ul className="chart__legend" aria-label="Legend">
          {legend.map((entry) => (
            <li key={entry.label}>
              <span className={`chart__swatch ${entry.className}`} aria-hidden="true" /> {entry.label}
            </li>
          ))}
        </ul>
      )}
      <div role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} className="chart__drawing">
        {children}
      </div>
      <details className="chart__data">
        <summary>Show the numbers</summary>
        <table className="data">
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, cellIndex) => (
                  <td key={cellIndex}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

const ROW = 28;
const LABEL_WIDTH = 190;
const WIDTH = 560;

/**
 * Horizontal bars, one row per label; with several values per row the bars are drawn side by side in the series'
 * patterns (solid, striped), so the series differ by more than colour. Each bar carries its value as text.
 */
export function HorizontalBars({ bars, series, format = String }: { bars: Bar[]; series: string[]; format?: (value: number) => string }) {
  const stripes = `stripes-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const max = Math.max(1, ...bars.flatMap((bar) => bar.values));
  const barHeight = (ROW - 8) / series.length;
  const plot = WIDTH - LABEL_WIDTH - 70;
  const height = Math.max(ROW, bars.length * ROW);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={stripes} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="chart__bar--1" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="3" />
        </pattern>
      </defs>
      {bars.map((bar, row) => (
        <g key={bar.label} transform={`translate(0, ${row * ROW})`}>
          <text x={LABEL_WIDTH - 8} y={ROW / 2 + 4} textAnchor="end" className="chart__label">
            {bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label}
          </text>
          {bar.values.map((value, index) => {
            const width = (value / max) * plot;
            const y = 4 + index * barHeight;
            return (
              <g key={index}>
                <rect x={LABEL_WIDTH} y={y} width={Math.max(width, value > 0 ? 2 : 0)} height={barHeight - 2} className={index === 1 ? 'chart__bar chart__bar--striped' : `chart__bar chart__bar--${index}`} fill={index === 1 ? `url(#${stripes})` : undefined} />
                <text x={LABEL_WIDTH + width + 4} y={y + barHeight / 2 + 3} className="chart__value">
                  {format(value)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}

/** Stacked columns per day; each series has its own fill and pattern class, named in the legend. */
export function StackedColumns({ days, series, values }: { days: string[]; series: string[]; values: (day: string, series: string) => number }) {
  const height = 200;
  const bottom = 24;
  const left = 32;
  const totals = days.map((day) => series.reduce((sum, name) => sum + values(day, name), 0));
  const max = Math.max(1, ...totals);
  const column = Math.max(4, Math.min(40, (WIDTH - left) / Math.max(days.length, 1) - 2));
  const step = (WIDTH - left) / Math.max(days.length, 1);
  const scale = (height - bottom - 8) / max;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet" aria-hidden="true" focusable="false">
      <line x1={left} y1={height - bottom} x2={WIDTH} y2={height - bottom} className="chart__axis" />
      <text x={left - 4} y={12} textAnchor="end" className="chart__value">
        {max}
      </text>
      <text x={left - 4} y={height - bottom} textAnchor="end" className="chart__value">
        0
      </text>
      {days.map((day, index) => {
        let y = height - bottom;
        return (
          <g key={day} transform={`translate(${left + index * step + 1}, 0)`}>
            {series.map((name, seriesIndex) => {
              const value = values(day, name);
              const h = value * scale;
              y -= h;
              return value > 0 ? <rect key={name} x={0} y={y} width={column} height={h} className={`chart__stack chart__stack--${seriesIndex % 9}`} /> : null;
            })}
            {(days.length <= 10 || index % Math.ceil(days.length / 8) === 0) && (
              <text x={column / 2} y={height - 8} textAnchor="middle" className="chart__label">
                {day.slice(5)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
