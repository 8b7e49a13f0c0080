import { describe, expect, it } from 'vitest';
import { comparePartialDates, partialDateSpan, precisionNote, timelineAxis } from '@/lib/history/timeline';

const utc = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);

describe('partialDateSpan', () => {
  it('reads a year-only date as the whole year, printed as the year', () => {
    expect(partialDateSpan('2022')).toEqual({ date: '2022', precision: 'year', start: utc(2022), end: utc(2023), label: '2022' });
  });

  it('reads a month-only date as the whole month, never as its first day', () => {
    const span = partialDateSpan('2023-03');
    expect(span).toMatchObject({ precision: 'month', start: utc(2023, 2), end: utc(2023, 3), label: 'Mar 2023' });
    expect(partialDateSpan('2023-12')).toMatchObject({ start: utc(2023, 11), end: utc(2024, 0) });
  });

  it('reads a full date as that one day', () => {
    expect(partialDateSpan('2025-07-28')).toMatchObject({
      precision: 'day',
      start: utc(2025, 6, 28),
      end: utc(2025, 6, 29),
      label: 'Jul 28, 2025',
    });
    expect(partialDateSpan('2024-02-29')).toMatchObject({ precision: 'day', start: utc(2024, 1, 29) });
  });

  it('rejects what is not a real YYYY[-MM[-DD]] date', () => {
    for (const bad of [
      '',
      '22',
      '2022-1',
      '2022-13',
      '2022-00',
      '2023-02-29',
      '2025-04-31',
      '2025/07/28',
      'July 2025',
      '2025-07-28T00:00',
    ]) {
      expect(partialDateSpan(bad), bad).toBeNull();
    }
  });
});

describe('comparePartialDates', () => {
  it('orders by the start of each span, the coarser date first when they start together', () => {
    const dates = ['2025-09-30', '2024', '2025-07-28', '2022', '2025', '2023-03', '2025-08', '2025-07', '2020'];
    expect([...dates].sort(comparePartialDates)).toEqual([
      '2020',
      '2022',
      '2023-03',
      '2024',
      '2025',
      '2025-07',
      '2025-07-28',
      '2025-08',
      '2025-09-30',
    ]);
  });

  it('keeps equal dates equal (so a stable sort keeps authored order) and puts malformed dates last', () => {
    expect(comparePartialDates('2023-06', '2023-06')).toBe(0);
    expect(['oops', '2021', 'bad'].sort(comparePartialDates)).toEqual(['2021', 'bad', 'oops']);
  });
});

describe('precisionNote', () => {
  it('says when the source gives only a year or a month, and nothing for a full date', () => {
    expect(precisionNote('year')).toMatch(/year only/);
    expect(precisionNote('month')).toMatch(/month only/);
    expect(precisionNote('day')).toBeNull();
  });
});

describe('timelineAxis', () => {
  it('covers whole years from the first span to the end of the last, with one label centred in each year', () => {
    const spans = ['2020', '2023-03', '2025-09-30'].map((d) => partialDateSpan(d)!);
    const axis = timelineAxis(spans)!;
    expect(axis.domain).toEqual([utc(2020), utc(2026)]);
    expect(axis.boundaries).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026].map((y) => utc(y)));
    expect(axis.labels.map((l) => l.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    for (const l of axis.labels) expect(l.at).toBe(utc(l.year, 6, 1));
  });

  it('does not add a year for a span that ends exactly on Jan 1', () => {
    const axis = timelineAxis([partialDateSpan('2024')!])!;
    expect(axis.domain).toEqual([utc(2024), utc(2025)]);
    expect(axis.labels).toHaveLength(1);
  });

  it('is null when there is nothing to place', () => {
    expect(timelineAxis([])).toBeNull();
  });
});
