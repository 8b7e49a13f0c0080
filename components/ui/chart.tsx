'use client';

/**
 * The one Recharts wrapper (docs/ARCHITECTURE.md, "Charts"): series colours come from the organization
 * CSS variables (Okabe-Ito, per theme), text and grid from theme variables, and every tooltip
 * uses tabular numbers. Feature charts declare data and config only.
 */
import type { ReactNode } from 'react';

export const CHART_FONT_SIZE = 11;

export const chartTheme = {
  grid: 'var(--border)',
  axis: 'var(--fg-subtle)',
  text: 'var(--fg-muted)',
  label: 'var(--fg)',
  frontier: 'var(--fg)',
};

export { orgColor } from '@/lib/org-colors';

export const axisProps = {
  stroke: chartTheme.axis,
  tick: { fill: chartTheme.text, fontSize: CHART_FONT_SIZE },
  tickLine: { stroke: chartTheme.axis },
  axisLine: { stroke: chartTheme.axis },
} as const;

export function ChartTooltipBox({ title, lines }: { title: string; lines: Array<string | null | undefined> }) {
  return (
    <div className="tabular max-w-xs rounded-md border border-[var(--border)] bg-[var(--bg)] px-2 py-1.5 text-xs shadow-lg">
      <p className="font-semibold">{title}</p>
      {lines.filter(Boolean).map((l, i) => (
        <p key={i} className="text-[var(--fg-muted)]">
          {l}
        </p>
      ))}
    </div>
  );
}

/** A chart with its title, what it left out, and a text alternative for screen readers. */
export function ChartFrame({
  id,
  title,
  description,
  leftOut,
  children,
  alternative,
  footer,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  leftOut?: Array<{ label: string; reason: string }>;
  children: ReactNode;
  /** A table or list saying what the chart shows, for people who cannot see it. */
  alternative: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <figure className="space-y-2" aria-labelledby={`${id}-title`} data-chart={id}>
      <figcaption>
        <p id={`${id}-title`} className="font-semibold">
          {title}
        </p>
        {description ? <p className="text-xs text-[var(--fg-muted)]">{description}</p> : null}
      </figcaption>
      <div aria-hidden="true" data-chart-svg={id}>
        {children}
      </div>
      <div className="sr-only">{alternative}</div>
      {leftOut && leftOut.length > 0 ? (
        <p className="text-xs text-[var(--fg-muted)]" data-testid={`${id}-left-out`}>
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
