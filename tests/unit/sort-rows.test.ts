import { describe, expect, it } from 'vitest';
import { sortRows } from '@/lib/compare/sort-rows';

const rows = [
  { id: 'a', name: 'GLM-4.5', values: { swe: 64.2, hle: 14.4 } },
  { id: 'b', name: 'Kimi K2', values: { swe: undefined, hle: 4.7 } },
  { id: 'c', name: 'Claude Sonnet 4', values: { swe: 72.7, hle: undefined } },
  { id: 'd', name: 'DeepSeek-V3', values: { swe: 42, hle: undefined } },
];

describe('sortRows', () => {
  it('keeps the given order without a sort', () => {
    expect(sortRows(rows, ['swe', 'hle'], null).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('sorts descending with missing values last', () => {
    expect(sortRows(rows, ['swe', 'hle'], { column: 'swe', desc: true }).map((r) => r.id)).toEqual(['c', 'a', 'd', 'b']);
  });
  it('sorts ascending with missing values still last', () => {
    expect(sortRows(rows, ['swe', 'hle'], { column: 'swe', desc: false }).map((r) => r.id)).toEqual(['d', 'a', 'c', 'b']);
    expect(sortRows(rows, ['swe', 'hle'], { column: 'hle', desc: false }).map((r) => r.id.slice(0, 1))).toEqual([
      'b',
      'a',
      'c',
      'd',
    ]);
  });
  it('sorts by name', () => {
    expect(sortRows(rows, ['swe'], { column: 'name', desc: false }).map((r) => r.name)).toEqual([
      'Claude Sonnet 4',
      'DeepSeek-V3',
      'GLM-4.5',
      'Kimi K2',
    ]);
  });
  it('ignores an unknown column', () => {
    expect(sortRows(rows, ['swe'], { column: 'nope', desc: true }).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
