/**
 * CSV writing (RFC 4180).
 *
 * Formula injection: a text cell whose first character is =, +, -, @, tab or CR could be run as a
 * formula by a spreadsheet, so it is prefixed with an apostrophe ("-1" written as text becomes
 * "'-1"). Only text cells are touched: a number column keeps its numbers, negative ones included
 * (a number is written by String(number), which a spreadsheet reads as a number, never a formula).
 * `bom` starts the file with a UTF-8 byte order mark, for spreadsheets that guess the encoding.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  columns: readonly string[],
  rows: ReadonlyArray<Record<string, CsvValue>>,
  options: { bom?: boolean } = {},
): string {
  const lines = [columns.map(cell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c])).join(','));
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
