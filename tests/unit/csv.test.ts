import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/csv';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x, y', b: 'say "hi"\nthere' }])).toBe('a,b\r\n"x, y","say ""hi""\nthere"\r\n');
  });
  it('writes missing values as empty cells, never zero', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: null, b: undefined, c: 0 }])).toBe('a,b,c\r\n,,0\r\n');
  });
  it('neutralizes spreadsheet formulas in text but keeps negative numbers', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: '=HYPERLINK("x")', b: -1.5, c: '@SUM(A1)' }])).toBe(
      'a,b,c\r\n"\'=HYPERLINK(""x"")",-1.5,\'@SUM(A1)\r\n',
    );
  });
});
