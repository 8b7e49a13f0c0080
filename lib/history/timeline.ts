/**
 * Dates as precise as their source (YYYY, YYYY-MM or YYYY-MM-DD) turned into the spans a timeline
 * draws. A year-only date is the whole year and a month-only date the whole month, never their
 * first day: the chart draws the span and the list prints the date as written ("2022" stays "2022").
 * Pure functions, shared by the server (sorting) and the client chart (placing).
 */
import { formatPartialDate } from '../format';

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateSpan {
  /** The date as stored. */
  date: string;
  precision: DatePrecision;
  /** Start of the span, UTC milliseconds. */
  start: number;
  /** End of the span (exclusive: the start of the next year, month or day), UTC milliseconds. */
  end: number;
  /** As printed: "2022", "Mar 2023", "Jul 28, 2025". */
  label: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The span a partial date stands for, or null when it is not a real YYYY[-MM[-DD]] date. */
export function partialDateSpan(date: string): DateSpan | null {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month === undefined) {
    return {
      date,
      precision: 'year',
      start: Date.UTC(year, 0, 1),
      end: Date.UTC(year + 1, 0, 1),
      label: formatPartialDate(date),
    };
  }
  if (day === undefined) {
    return {
      date,
      precision: 'month',
      start: Date.UTC(year, month - 1, 1),
      end: Date.UTC(year, month, 1),
      label: formatPartialDate(date),
    };
  }
  const start = Date.UTC(year, month - 1, day);
  // Date.UTC rolls Feb 30 over into March: such a date does not exist.
  if (new Date(start).getUTCDate() !== day) return null;
  return { date, precision: 'day', start, end: Date.UTC(year, month - 1, day + 1), label: formatPartialDate(date) };
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/**
 * Chronological order for partial dates: by the start of their span, and where two spans start
 * together the coarser first ("2025" heads its year, "2025-07" comes before "2025-07-01").
 * Unparseable dates go last, in string order.
 */
export function comparePartialDates(a: string, b: string): number {
  const sa = partialDateSpan(a);
  const sb = partialDateSpan(b);
  if (!sa || !sb) return (sa ? -1 : 0) + (sb ? 1 : 0) || a.localeCompare(b);
  return sa.start - sb.start || PRECISION_RANK[sa.precision] - PRECISION_RANK[sb.precision];
}

/** What a reader should know about a date's precision, or null for a full date. */
export function precisionNote(precision: DatePrecision): string | null {
  if (precision === 'year') return 'the source gives the year only';
  if (precision === 'month') return 'the source gives the month only';
  return null;
}

/**
 * The axis of a timeline in whole years, from the first year any span touches to the end of the
 * last: `boundaries` are the Jan 1 grid lines, `labels` sit mid-year so each year's name is
 * centred on its band (a year-only span fills exactly one band).
 */
export function timelineAxis(
  spans: ReadonlyArray<Pick<DateSpan, 'start' | 'end'>>,
): { domain: [number, number]; boundaries: number[]; labels: Array<{ at: number; year: number }> } | null {
  if (spans.length === 0) return null;
  const first = new Date(Math.min(...spans.map((s) => s.start))).getUTCFullYear();
  // `end` is exclusive, so the last instant covered is end - 1.
  const last = new Date(Math.max(...spans.map((s) => s.end)) - 1).getUTCFullYear();
  const boundaries: number[] = [];
  const labels: Array<{ at: number; year: number }> = [];
  for (let y = first; y <= last; y++) {
    boundaries.push(Date.UTC(y, 0, 1));
    labels.push({ at: Date.UTC(y, 6, 1), year: y });
  }
  boundaries.push(Date.UTC(last + 1, 0, 1));
  return { domain: [Date.UTC(first, 0, 1), Date.UTC(last + 1, 0, 1)], boundaries, labels };
}

export const HISTORY_KIND_LABEL: Record<string, string> = {
  research: 'Research',
  'open-weights': 'Open weights',
  product: 'Product',
  api: 'API',
};
