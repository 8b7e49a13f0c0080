/**
 * Display formatting shared by server and client code. Exact values are formatted by us;
 * anything approximate, a range or a bound is shown in the source's own words, so the UI never
 * invents precision the source did not give.
 */
export type ExactnessName = 'exact' | 'approx' | 'range' | 'lower-bound';

export interface QuantityLike {
  value: number;
  upper?: number | null;
  exactness: ExactnessName | string;
  text?: string | null;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A percentage point or score as printed, keeping the source's decimals (64.2 -> "64.2"). */
export function formatScoreNumber(value: number, unit: string): string {
  const n = Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
  return unit === '%' ? `${n}%` : n;
}

export function formatScore(q: QuantityLike, unit: string): string {
  if (q.exactness !== 'exact' && q.text) return q.text;
  return formatScoreNumber(q.value, unit);
}

/** Parameters are stored in billions. */
export function formatParams(billions: number): string {
  if (billions >= 1000) return `${formatNumber(billions / 1000)}T`;
  return `${formatNumber(billions)}B`;
}

export function formatTokens(tokens: number): string {
  if (tokens >= 1_000_000 && tokens % 100_000 === 0) return `${formatNumber(tokens / 1_000_000)}M`;
  if (tokens >= 1000 && tokens % 1000 === 0) return `${formatNumber(tokens / 1000)}K`;
  return formatNumber(tokens);
}

// Formatters are built once: toLocaleString with options builds a new Intl.NumberFormat on every call,
// which dominated the cost of formatting a version's price list.
const money2 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const money3 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 3 });
const listedMoney = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 6 });

export function formatMoney(value: number, currency: string): string {
  const symbol = currency === 'USD' ? '$' : currency === 'CNY' ? '¥' : '';
  const body = (value !== 0 && Math.abs(value) < 0.1 ? money3 : money2).format(value);
  return symbol ? `${symbol}${body}` : `${body} ${currency}`;
}

/**
 * A listed price with every decimal it was stored with (at least two): $0.275 stays $0.275 and
 * $0.125 stays $0.125. formatMoney rounds to the cent, which is right for computed amounts but
 * would change a published price.
 */
export function formatListedMoney(value: number, currency: string): string {
  const symbol = currency === 'USD' ? '$' : currency === 'CNY' ? '¥' : '';
  const body = listedMoney.format(value);
  return symbol ? `${symbol}${body}` : `${body} ${currency}`;
}

export function formatPrice(q: QuantityLike & { currency: string }): string {
  if (q.exactness !== 'exact' && q.text) return q.text;
  // A zero the source wrote in words ("Free", "Limited-time Free") is shown in its words, never as "$0.00".
  if (q.value === 0 && q.text && /[a-z]/i.test(q.text)) return q.text;
  return formatListedMoney(q.value, q.currency);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025", "Jul 2025" or "Jul 28, 2025", as precise as the stored date. */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y ?? date;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}

export const EXACTNESS_LABEL: Record<ExactnessName, string> = {
  exact: 'exact',
  approx: 'approximate in its source',
  range: 'a range in its source',
  'lower-bound': 'a lower bound in its source',
};

/** A short mark placed after non-exact values: "~" approximate, "≥" bound, "–" range. */
export function exactnessMark(exactness: string): string {
  if (exactness === 'approx') return '≈';
  if (exactness === 'lower-bound') return '≥';
  if (exactness === 'range') return '↔';
  return '';
}
