'use client';

/**
 * The one Recharts wrapper (docs/ARCHITECTURE.md, "Charts"): series colours come from the organization
 * CSS variables (Okabe-Ito, per theme), text and grid from theme variables, and every tooltip
 * uses tabular numbers. Feature charts declare data and config only.
 */
import { useEffect, useState, type ReactNode, type RefObject } from 'react';

export const CHART_FONT_SIZE = 11;

export const chartTheme = {
  grid: 'var(--border)',
  axis: 'var(--fg-subtle)',
  text: 'var(--fg-muted)',
  label: 'var(--fg)',
  frontier: 'var(--fg)',
};

import { orgColor } from '@/lib/org-colors';
export { orgColor };

export const axisProps = {
  stroke: chartTheme.axis,
  tick: { fill: chartTheme.text, fontSize: CHART_FONT_SIZE },
  tickLine: { stroke: chartTheme.axis },
  axisLine: { stroke: chartTheme.axis },
} as const;

/** The element's width in px, kept up to date (0 before it is laid out): charts size their text to it. */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

let measureContext: CanvasRenderingContext2D | null | undefined;

/** The rendered width of chart text in px (the page's font at the chart's size); an estimate before the canvas exists. */
export function textWidth(text: string, fontSize = CHART_FONT_SIZE): number {
  if (measureContext === undefined && typeof document !== 'undefined') {
    measureContext = document.createElement('canvas').getContext('2d');
  }
  if (!measureContext) return text.length * fontSize * 0.62;
  measureContext.font = `${fontSize}px ${getComputedStyle(document.body).fontFamily}`;
  return measureContext.measureText(text).width;
}

/** `text`, shortened with "…" to fit `maxWidth` px; the full text stays in the tick's <title>. */
export function fitText(text: string, maxWidth: number, fontSize = CHART_FONT_SIZE): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${text.slice(0, mid)}…`, fontSize) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

/**
 * The width a category axis needs for its labels, at most `max` px: longer labels are
 * abbreviated by CategoryTick, never clipped by the chart's edge.
 */
export function categoryAxisWidth(labels: readonly string[], max: number): number {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l)));
  return Math.ceil(Math.min(max, widest + 12));
}

/** A category-axis tick that fits its axis: abbreviated with "…" if need be, the full name as its <title> (tooltip). */
export function CategoryTick(props: { x?: number | string; y?: number | string; payload?: { value?: unknown }; width: number }) {
  const full = String(props.payload?.value ?? '');
  const shown = fitText(full, props.width - 12);
  return (
    <text
      x={Number(props.x)}
      y={Number(props.y)}
      dy="0.355em"
      textAnchor="end"
      fill={chartTheme.text}
      fontSize={CHART_FONT_SIZE}
      data-full-label={full}
    >
      <title>{full}</title>
      {shown}
    </text>
  );
}

/** Organizations shown in a chart, with their colours, as a key (also drawn into downloaded figures). */
export function ChartLegend({ items }: { items: Array<{ org: string; label: string }> }) {
  if (items.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-fg-muted" data-chart-legend="">
      {items.map((i) => (
        <li key={i.org} className="inline-flex items-center gap-1" data-legend-org={i.org} data-legend-label={i.label}>
          <span aria-hidden="true" className="inline-block size-2.5 rounded-full" style={{ background: orgColor(i.org) }} />
          {i.label}
        </li>
      ))}
    </ul>
  );
}

export function ChartTooltipBox({ title, lines }: { title: string; lines: Array<string | null | undefined> }) {
  return (
    <div className="tabular max-w-xs rounded-md border border-border bg-bg px-2 py-1.5 text-xs shadow-lg">
      <p className="font-semibold">{title}</p>
      {lines.filter(Boolean).map((l, i) => (
        <p key={i} className="text-fg-muted">
          {l}
        </p>
      ))}
    </div>
  );
}

/** A chart with its title, what it left out, and a text alternative for screen readers. */
/**
 * A horizontal bar panel drawn as plain HTML, without Recharts: for places where the chart is
 * glanced at and the page should become responsive at once (the home page's answer). It is
 * rendered on the server with the page, so it costs no script at all; Recharts' panels
 * (components/compare/bar-panel-chart.tsx) remain where a chart is explored, with tooltips and
 * downloads. Same look: organization colours, approximate values pale with a dashed edge, the
 * value after its bar, bars scaled to 100 for percentages and to the largest value otherwise.
 */
export function StaticBars({
  bars,
  max,
  rowHeight,
}: {
  bars: ReadonlyArray<{
    modelId: string;
    label: string;
    org: string;
    value: number;
    display: string;
    approx: boolean;
    badges: string[];
  }>;
  max: number | undefined;
  rowHeight: number;
}) {
  const top = max ?? Math.max(...bars.map((b) => b.value), 0);
  // The scale under the bars: 0 to 100 for percentages, else 0 to the largest value as its source gives it.
  const topLabel = max !== undefined ? String(max) : (bars.find((b) => b.value === top)?.display ?? '');
  return (
    <div
      className="tabular grid grid-cols-[minmax(0,9rem)_1fr_auto] items-center gap-x-2 text-[11px] text-fg-muted sm:grid-cols-[minmax(0,11rem)_1fr_auto]"
      style={{ gridAutoRows: rowHeight }}
      data-static-bars=""
    >
      {bars.map((b) => {
        const share = top > 0 ? Math.max(0, Math.min(1, b.value / top)) : 0;
        const color = orgColor(b.org);
        return (
          <div key={b.modelId} className="contents" data-model={b.modelId} data-value={b.value}>
            <span className="truncate text-right" title={b.label}>
              {b.label}
            </span>
            <span className="block h-4 border-l border-border">
              <span
                className="block h-full"
                data-bar=""
                style={{
                  width: `${(share * 100).toFixed(2)}%`,
                  background: color,
                  ...(b.approx ? { opacity: 0.35, outline: `1px dashed ${color}`, outlineOffset: -1 } : null),
                }}
                title={`${b.label}: ${b.display}${b.approx ? ' (approximate in its source)' : ''}${b.badges.length ? ` · ${b.badges.join(' · ')}` : ''}`}
              />
            </span>
            <span className="text-fg">{b.display}</span>
          </div>
        );
      })}
      <span />
      <span className="flex justify-between border-t border-border text-[10px] text-fg-subtle">
        <span>0</span>
        <span>{topLabel}</span>
      </span>
      <span />
    </div>
  );
}

export function ChartFrame({
  id,
  title,
  description,
  leftOut,
  children,
  alternative,
  footer,
  legend,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  leftOut?: Array<{ label: string; reason: string }>;
  children: ReactNode;
  /** A table or list saying what the chart shows, for people who cannot see it. */
  alternative: ReactNode;
  footer?: ReactNode;
  /** The organizations the chart's colours stand for. */
  legend?: Array<{ org: string; label: string }>;
}) {
  return (
    <figure className="space-y-2" aria-labelledby={`${id}-title`} data-chart={id}>
      <figcaption>
        <p id={`${id}-title`} className="font-semibold">
          {title}
        </p>
        {description ? <p className="text-xs text-fg-muted">{description}</p> : null}
      </figcaption>
      {legend ? <ChartLegend items={legend} /> : null}
      <div aria-hidden="true" data-chart-svg={id}>
        {children}
      </div>
      <div className="sr-only">{alternative}</div>
      {leftOut && leftOut.length > 0 ? (
        <p className="text-xs text-fg-muted" data-testid={`${id}-left-out`}>
          <span className="font-medium">Not plotted:</span>{' '}
          {leftOut.map((l, i) => (
            <span key={`${l.label}-${i}`}>
              {i > 0 ? '; ' : ''}
              {l.label} ({l.reason})
            </span>
          ))}
          .
        </p>
      ) : null}
      {footer}
    </figure>
  );
}
