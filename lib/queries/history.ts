import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '../db/client';
import { detailHref } from '../details';
import { history } from '../db/schema';
import { comparePartialDates, partialDateSpan, type DatePrecision } from '../history/timeline';
import { getModelNames } from './scores';
import { getSourceMap, sourceOrPlaceholder, type SourceRef } from './shared';

export type HistoryKind = 'research' | 'open-weights' | 'product' | 'api';

/** One event of the GLM family, ready to print and to place on a timeline. */
export interface HistoryEventView {
  id: string;
  /** The page (and, with /panel, the JSON) holding the event's source. */
  detail: string;
  /** As stored: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  precision: DatePrecision;
  /** As precise as the stored date: "2022", "Mar 2023", "Jul 28, 2025". */
  dateLabel: string;
  /** The span the date stands for (UTC ms; end exclusive): a whole year for "2022". */
  start: number;
  end: number;
  name: string;
  /** The model page to link to, when this dataset tracks the model. */
  model: { id: string; name: string } | null;
  kind: HistoryKind;
  /** Size as the source states it, never reformatted. */
  params: string | null;
  summary: string;
  source: SourceRef;
  locator: string | null;
  text: string | null;
  note: string | null;
}

/** Every history event of a version, oldest first (same-date events in authored order). */
export function getHistory(version: string): HistoryEventView[] {
  const rows = getDb().select().from(history).where(eq(history.version, version)).orderBy(asc(history.ordinal)).all();
  const sourceMap = getSourceMap(version);
  const modelNames = getModelNames(version);
  const events = rows.flatMap((r): HistoryEventView[] => {
    const span = partialDateSpan(r.date);
    // Validation guarantees a real date; a row that somehow is not one cannot be placed, so it is skipped.
    if (!span) return [];
    const modelName = r.modelId ? modelNames.get(r.modelId) : undefined;
    return [
      {
        id: r.id,
        detail: detailHref(version, 'event', r.id),
        date: r.date,
        precision: span.precision,
        dateLabel: span.label,
        start: span.start,
        end: span.end,
        name: r.name,
        model: r.modelId && modelName ? { id: r.modelId, name: modelName } : null,
        kind: r.kind as HistoryKind,
        params: r.params,
        summary: r.summary,
        source: sourceOrPlaceholder(sourceMap, r.sourceId),
        locator: r.locator,
        text: r.text,
        note: r.note,
      },
    ];
  });
  // Array.prototype.sort is stable, so authored order breaks ties.
  return events.sort((a, b) => comparePartialDates(a.date, b.date));
}
