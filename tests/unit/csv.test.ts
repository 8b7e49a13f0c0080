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

describe('toCsv formula neutralisation and BOM', () => {
  it('prefixes text cells starting with =, +, -, @, tab or CR with an apostrophe', () => {
    const rows = [{ a: '=1+1', b: '+1', c: '-1', d: '@x', e: '\tx', f: '\rx' }];
    expect(toCsv(['a', 'b', 'c', 'd', 'e', 'f'], rows)).toBe(`a,b,c,d,e,f\r\n'=1+1,'+1,'-1,'@x,'\tx,"'\rx"\r\n`);
  });
  it('leaves numbers, negative ones included, and text starting elsewhere alone', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: -3, b: 'x-1', c: ' =1' }])).toBe('a,b,c\r\n-3,x-1, =1\r\n');
  });
  it('starts with a UTF-8 byte order mark only when asked', () => {
    expect(toCsv(['a'], [{ a: 'é' }], { bom: true })).toBe('\uFEFFa\r\né\r\n');
    expect(toCsv(['a'], [{ a: 'é' }]).startsWith('a')).toBe(true);
  });
});
