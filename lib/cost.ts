/**
 * Monthly API cost from token volumes and per-1M-token list prices: pure arithmetic, no I/O,
 * shared by the /pricing calculator and its tests.
 *
 *   cost = input × (1 − cache) × input price
 *        + input × cache × cached-input price
 *        + output × output price
 *
 * Token volumes are in millions, prices per 1M tokens, so every product is already money.
 *
 * Decisions a reader of the page must be able to see (the page states each one):
 * - A price that is approximate in its source ("~$0.27") makes the result approximate; a range
 *   ("$0.35 to $0.60") makes it a range; a lower bound makes it a lower bound. Nothing is ever
 *   collapsed into one confident figure.
 * - No cached-input price listed while cache > 0: cached tokens are charged at the model's input
 *   price and the result says so. That is the undiscounted price the vendor does list, so the
 *   figure can only overstate what caching costs; inventing a discount would be worse, and
 *   dropping the model would hide a price that is listed.
 * - A price that is needed (its token volume is above zero) but not listed makes the result
 *   missing, with the missing kinds named. A price of 0 is a real zero.
 * - Currencies are never mixed: a result is in the currency of its prices, and callers rank
 *   each currency on its own.
 */
import { formatMoney } from './format';

export type CostKind = 'input' | 'cached-input' | 'output';

/** One listed price as stored: `upper` only for ranges. */
export interface PriceQuantity {
  value: number;
  upper: number | null;
  exactness: string;
}

export interface CostPrices {
  input: PriceQuantity | null;
  cachedInput: PriceQuantity | null;
  output: PriceQuantity | null;
}

export interface Usage {
  /** Monthly input tokens, in millions (cached ones included). */
  inputMillions: number;
  /** Monthly output tokens, in millions. */
  outputMillions: number;
  /** Share of input tokens served from cache, 0-100. */
  cachePercent: number;
}

/** An amount as far as the prices allow: `high` null means unbounded above (a lower-bound price). */
export interface Bounds {
  low: number;
  high: number | null;
}

export interface CostLine {
  /** What is being paid for. */
  kind: CostKind;
  tokensMillions: number;
  /** The price kind actually charged: "input" for cached tokens when no cached-input price is listed. */
  chargedAs: CostKind;
  price: PriceQuantity;
  cost: Bounds;
}

export type CostResultExactness = 'exact' | 'approx' | 'range' | 'lower-bound';

export type CostEstimate =
  | {
      ok: true;
      total: Bounds;
      /** Some price used is approximate in its source. */
      approx: boolean;
      exactness: CostResultExactness;
      lines: CostLine[];
      /** Cached tokens were charged at the input price because no cached-input price is listed. */
      cachedAtInputPrice: boolean;
    }
  | { ok: false; missing: CostKind[] };

/** Float noise (0.1 + 0.2) trimmed: 12 significant digits is far beyond any price's precision. */
export function clean(n: number): number {
  return n === 0 ? 0 : Number(n.toPrecision(12));
}

function bounds(price: PriceQuantity): Bounds {
  if (price.exactness === 'range' && price.upper !== null) return { low: price.value, high: price.upper };
  if (price.exactness === 'lower-bound') return { low: price.value, high: null };
  return { low: price.value, high: price.value };
}

function times(b: Bounds, tokensMillions: number): Bounds {
  return { low: clean(b.low * tokensMillions), high: b.high === null ? null : clean(b.high * tokensMillions) };
}

/** The input-token split: uncached and cached volumes, in millions. */
export function splitInput(usage: Usage): { uncached: number; cached: number } {
  const share = Math.min(100, Math.max(0, usage.cachePercent)) / 100;
  return { uncached: clean(usage.inputMillions * (1 - share)), cached: clean(usage.inputMillions * share) };
}

export function estimateCost(prices: CostPrices, usage: Usage): CostEstimate {
  const { uncached, cached } = splitInput(usage);
  const missing: CostKind[] = [];
  const lines: CostLine[] = [];
  let cachedAtInputPrice = false;

  if (uncached > 0) {
    if (prices.input)
      lines.push({
        kind: 'input',
        tokensMillions: uncached,
        chargedAs: 'input',
        price: prices.input,
        cost: times(bounds(prices.input), uncached),
      });
    else missing.push('input');
  }
  if (cached > 0) {
    if (prices.cachedInput) {
      lines.push({
        kind: 'cached-input',
        tokensMillions: cached,
        chargedAs: 'cached-input',
        price: prices.cachedInput,
        cost: times(bounds(prices.cachedInput), cached),
      });
    } else if (prices.input) {
      cachedAtInputPrice = true;
      lines.push({
        kind: 'cached-input',
        tokensMillions: cached,
        chargedAs: 'input',
        price: prices.input,
        cost: times(bounds(prices.input), cached),
      });
    } else {
      if (!missing.includes('input')) missing.push('input');
      missing.push('cached-input');
    }
  }
  if (usage.outputMillions > 0) {
    if (prices.output)
      lines.push({
        kind: 'output',
        tokensMillions: usage.outputMillions,
        chargedAs: 'output',
        price: prices.output,
        cost: times(bounds(prices.output), usage.outputMillions),
      });
    else missing.push('output');
  }
  if (missing.length > 0) return { ok: false, missing };

  let low = 0;
  let high: number | null = 0;
  for (const line of lines) {
    low += line.cost.low;
    high = high === null || line.cost.high === null ? null : high + line.cost.high;
  }
  const total: Bounds = { low: clean(low), high: high === null ? null : clean(high) };
  const approx = lines.some((l) => l.price.exactness === 'approx');
  // From the prices used, not from the numbers: a range stays a range even where its bounds meet.
  const exactness: CostResultExactness =
    total.high === null
      ? 'lower-bound'
      : total.high !== total.low || lines.some((l) => l.price.exactness === 'range')
        ? 'range'
        : approx
          ? 'approx'
          : 'exact';
  return { ok: true, total, approx, exactness, lines, cachedAtInputPrice };
}

/**
 * The result as the page prints it: "$60.00", "≈ $12.30", "$35.00–$60.00", "≥ $4.00".
 * Money is shown to the cent (a tenth of a cent below $0.10); the unrounded figure goes beside it.
 */
export function formatCost(total: Bounds, approx: boolean, currency: string): string {
  const prefix = approx ? '≈ ' : '';
  if (total.high === null) return `${prefix}≥ ${formatMoney(total.low, currency)}`;
  if (total.high !== total.low) return `${prefix}${formatMoney(total.low, currency)}–${formatMoney(total.high, currency)}`;
  return `${prefix}${formatMoney(total.low, currency)}`;
}

/** Cheapest first: by the lower end, then the upper end (unbounded last). Missing results sort after every priced one. */
export function compareCost(a: CostEstimate, b: CostEstimate): number {
  if (!a.ok || !b.ok) return Number(!a.ok) - Number(!b.ok);
  const high = (e: Bounds) => (e.high === null ? Number.POSITIVE_INFINITY : e.high);
  return a.total.low - b.total.low || high(a.total) - high(b.total);
}

/** Splits rows by currency, keeping the first-seen order of currencies with USD first. */
export function groupByCurrency<T extends { currency: string }>(rows: readonly T[]): Array<{ currency: string; rows: T[] }> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.currency);
    if (list) list.push(row);
    else groups.set(row.currency, [row]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => Number(b === 'USD') - Number(a === 'USD'))
    .map(([currency, list]) => ({ currency, rows: list }));
}
