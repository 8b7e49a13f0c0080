'use client';

import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps, type YAxisTickContentProps } from 'recharts';
import { axisProps, ChartFrame, ChartTooltipBox, chartTheme, orgColor, CHART_FONT_SIZE } from '@/components/ui/chart';
import { HISTORY_KIND_LABEL, precisionNote, timelineAxis, type DatePrecision } from '@/lib/history/timeline';

export interface TimelineEvent {
  id: string;
  name: string;
  dateLabel: string;
  precision: DatePrecision;
  /** UTC ms; end exclusive (a year-only date spans the whole year). */
  start: number;
  end: number;
  kind: string;
  params: string | null;
  org: string;
}

const ROW_HEIGHT = 26;
const LABEL_WIDTH = 116;
const LABEL_CHARS = 16;

function shorten(name: string): string {
  return name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name;
}

/** An event's name on one line, shortened when long (the full name is in the tooltip and the list). */
function NameTick({ x, y, payload, names }: YAxisTickContentProps & { names: Map<string, string> }) {
  const id = String(payload.value);
  return (
    <text x={Number(x)} y={Number(y)} dy="0.32em" textAnchor="end" fontSize={CHART_FONT_SIZE} style={{ fill: chartTheme.text }}>
      {shorten(names.get(id) ?? id)}
    </text>
  );
}

/**
 * One mark per event, by how precise its date is: a diamond on the day, a narrow bar over the
 * month, and a pale dashed band over the whole year for a year-only date (never a point on Jan 1).
 */
function Mark(props: BarShapeProps) {
  const e = props.payload as TimelineEvent | undefined;
  if (!e) return <g />;
  const color = orgColor(e.org);
  const { x, y, width, height } = props;
  const cy = y + height / 2;
  const attrs = { 'data-event': e.id, 'data-precision': e.precision };
  if (e.precision === 'day') {
    const r = Math.min(6, height / 2);
    const cx = x + width / 2;
    return (
      <path
        {...attrs}
        d={`M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`}
        style={{ fill: color, stroke: 'var(--bg)', strokeWidth: 1 }}
      />
    );
  }
  if (e.precision === 'month') {
    const w = Math.max(4, width);
    return <rect {...attrs} x={x + width / 2 - w / 2} y={cy - 6} width={w} height={12} rx={1} style={{ fill: color }} />;
  }
  return (
    <rect
      {...attrs}
      x={x + 0.5}
      y={cy - 7}
      width={Math.max(1, width - 1)}
      height={14}
      rx={2}
      style={{ fill: color, fillOpacity: 0.18, stroke: color, strokeDasharray: '4 3', strokeWidth: 1.25 }}
    />
  );
}

function Legend() {
  const color = orgColor('zai');
  const item = (mark: ReactNode, text: string) => (
    <span className="inline-flex items-center gap-1 whitespace-nowrap">
      <svg width="22" height="12" aria-hidden="true" className="shrink-0">
        {mark}
      </svg>
      {text}
    </span>
  );
  return (
    <span className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
      {item(<path d="M11 0L17 6L11 12L5 6Z" style={{ fill: color }} />, 'exact day')}
      {item(<rect x="9" y="0" width="4" height="12" rx="1" style={{ fill: color }} />, 'month only')}
      {item(
        <rect
          x="1"
          y="1"
          width="20"
          height="10"
          rx="2"
          style={{ fill: color, fillOpacity: 0.18, stroke: color, strokeDasharray: '4 3' }}
        />,
        'year only: somewhere in that year',
      )}
    </span>
  );
}

/** The GLM family on a time axis; the list beside it on the page is the full text version. */
export function HistoryTimeline({ events, listId }: { events: TimelineEvent[]; listId: string }) {
  const axis = timelineAxis(events);
  const names = new Map(events.map((e) => [e.id, e.name]));
  const height = Math.max(1, events.length) * ROW_HEIGHT + 32;
  const years = axis ? `${axis.labels[0]?.year}–${axis.labels[axis.labels.length - 1]?.year}` : '';
  return (
    <ChartFrame
      id="history-timeline"
      title="Timeline"
      description={
        <>
          Each row is one event, placed by its date only as precisely as the source gives it.
          <Legend />
        </>
      }
      alternative={
        <p>
          A timeline of {events.length} events from {years}. Every event is listed below with its date as the source gives it, its
          size, a summary and its source: <a href={`#${listId}`}>go to the list of events</a>.
        </p>
      }
    >
      {!axis ? (
        <p className="rounded border border-dashed border-border p-3 text-xs text-fg-muted">No events to place.</p>
      ) : (
        <BarChart
          responsive
          style={{ width: '100%', height }}
          data={events}
          layout="vertical"
          margin={{ top: 4, right: 12, bottom: 4, left: 0 }}
          barCategoryGap={4}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} verticalValues={axis.boundaries} stroke={chartTheme.grid} />
          <XAxis
            type="number"
            domain={axis.domain}
            ticks={axis.labels.map((l) => l.at)}
            tickFormatter={(v: number) => String(new Date(v).getUTCFullYear())}
            allowDataOverflow
            interval={0}
            {...axisProps}
            tickLine={false}
          />
          <YAxis
            type="category"
            dataKey="id"
            width={LABEL_WIDTH}
            interval={0}
            {...axisProps}
            tick={(props: YAxisTickContentProps) => <NameTick {...props} names={names} />}
          />
          <Tooltip
            cursor={{ fill: 'var(--bg-muted)' }}
            content={({ active, payload }) => {
              const e = payload?.[0]?.payload as TimelineEvent | undefined;
              if (!active || !e) return null;
              const note = precisionNote(e.precision);
              return (
                <ChartTooltipBox
                  title={e.name}
                  lines={[note ? `${e.dateLabel} (${note})` : e.dateLabel, e.params, HISTORY_KIND_LABEL[e.kind] ?? e.kind]}
                />
              );
            }}
          />
          <Bar dataKey={(e: TimelineEvent) => [e.start, e.end]} isAnimationActive={false} shape={Mark} minPointSize={1} />
        </BarChart>
      )}
    </ChartFrame>
  );
}
