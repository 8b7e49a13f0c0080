import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPrice } from '@/lib/format';
import {
  clean,
  compareCost,
  estimateCost,
  formatCost,
  groupByCurrency,
  splitInput,
  type CostEstimate,
  type CostPrices,
  type PriceQuantity,
} from '@/lib/cost';
import { breakEven, estimateSelfHost } from '@/lib/self-host';

const exact = (value: number): PriceQuantity => ({ value, upper: null, exactness: 'exact' });
const approx = (value: number): PriceQuantity => ({ value, upper: null, exactness: 'approx' });
const range = (value: number, upper: number): PriceQuantity => ({ value, upper, exactness: 'range' });
const atLeast = (value: number): PriceQuantity => ({ value, upper: null, exactness: 'lower-bound' });

// GLM-4.5's Z.ai list price per 1M tokens in the data: $0.60 input, $0.11 cached input, $2.20 output.
const GLM45: CostPrices = { input: exact(0.6), cachedInput: exact(0.11), output: exact(2.2) };

function ok(e: CostEstimate) {
  if (!e.ok) throw new Error(`expected a result, got missing ${e.missing.join(', ')}`);
  return e;
}

describe('estimateCost: the formula', () => {
  it('charges uncached input, cached input and output at their own prices', () => {
    // 500M input, half from cache, 100M output: 250 × 0.60 + 250 × 0.11 + 100 × 2.20 = 150 + 27.5 + 220
    const e = ok(estimateCost(GLM45, { inputMillions: 500, outputMillions: 100, cachePercent: 50 }));
    expect(e.total).toEqual({ low: 397.5, high: 397.5 });
    expect(e.exactness).toBe('exact');
    expect(e.approx).toBe(false);
    expect(e.cachedAtInputPrice).toBe(false);
    expect(e.lines.map((l) => [l.kind, l.tokensMillions, l.cost.low])).toEqual([
      ['input', 250, 150],
      ['cached-input', 250, 27.5],
      ['output', 100, 220],
    ]);
    expect(formatCost(e.total, e.approx, 'USD')).toBe('$397.50');
  });

  it('uses the defaults of the URL contract (100M in, 20M out, no cache) exactly', () => {
    const e = ok(estimateCost(GLM45, { inputMillions: 100, outputMillions: 20, cachePercent: 0 }));
    expect(e.total.low).toBe(104); // 100 × 0.60 + 20 × 2.20
    expect(e.lines.map((l) => l.kind)).toEqual(['input', 'output']);
  });

  it('does not leave float noise in the result (0.1 + 0.2 style)', () => {
    const e = ok(
      estimateCost(
        { input: exact(0.1), cachedInput: null, output: exact(0.2) },
        { inputMillions: 1, outputMillions: 1, cachePercent: 0 },
      ),
    );
    expect(e.total.low).toBe(0.3);
    expect(clean(0.1 + 0.2)).toBe(0.3);
  });

  it('splits input by the cache share and clamps it to 0-100', () => {
    expect(splitInput({ inputMillions: 200, outputMillions: 0, cachePercent: 25 })).toEqual({ uncached: 150, cached: 50 });
    expect(splitInput({ inputMillions: 200, outputMillions: 0, cachePercent: 140 })).toEqual({ uncached: 0, cached: 200 });
    expect(splitInput({ inputMillions: 200, outputMillions: 0, cachePercent: -5 })).toEqual({ uncached: 200, cached: 0 });
  });
});

describe('estimateCost: missing and zero prices', () => {
  it('charges cached tokens at the input price when no cached-input price is listed, and says so', () => {
    const prices: CostPrices = { input: exact(0.6), cachedInput: null, output: exact(2.5) };
    const e = ok(estimateCost(prices, { inputMillions: 100, outputMillions: 0, cachePercent: 40 }));
    expect(e.cachedAtInputPrice).toBe(true);
    expect(e.total.low).toBe(60); // 60 × 0.60 + 40 × 0.60: no discount invented
    const cached = e.lines.find((l) => l.kind === 'cached-input')!;
    expect(cached.chargedAs).toBe('input');
  });

  it('needs no cached-input price when nothing comes from cache', () => {
    const e = ok(
      estimateCost(
        { input: exact(0.6), cachedInput: null, output: exact(2.5) },
        { inputMillions: 10, outputMillions: 1, cachePercent: 0 },
      ),
    );
    expect(e.cachedAtInputPrice).toBe(false);
  });

  it('reports a needed price that is not listed instead of treating it as zero', () => {
    const noOutput: CostPrices = { input: range(0.35, 0.6), cachedInput: null, output: null };
    expect(estimateCost(noOutput, { inputMillions: 10, outputMillions: 5, cachePercent: 0 })).toEqual({
      ok: false,
      missing: ['output'],
    });
    const noInput: CostPrices = { input: null, cachedInput: null, output: exact(2.5) };
    expect(estimateCost(noInput, { inputMillions: 10, outputMillions: 5, cachePercent: 50 })).toEqual({
      ok: false,
      missing: ['input', 'cached-input'],
    });
  });

  it('does not need a price whose token volume is zero', () => {
    const noOutput: CostPrices = { input: exact(0.3), cachedInput: null, output: null };
    expect(ok(estimateCost(noOutput, { inputMillions: 10, outputMillions: 0, cachePercent: 0 })).total.low).toBe(3);
  });

  it('treats a free model (price 0) as a real zero', () => {
    const free: CostPrices = { input: exact(0), cachedInput: exact(0), output: exact(0) };
    const e = ok(estimateCost(free, { inputMillions: 1000, outputMillions: 1000, cachePercent: 30 }));
    expect(e.total).toEqual({ low: 0, high: 0 });
    expect(e.exactness).toBe('exact');
    expect(formatCost(e.total, e.approx, 'USD')).toBe('$0.00');
  });
});

describe('estimateCost: exactness is carried into the result', () => {
  it('makes the result approximate when a price is approximate, and prints it with ≈', () => {
    const e = ok(
      estimateCost(
        { input: approx(0.27), cachedInput: null, output: exact(1.1) },
        { inputMillions: 100, outputMillions: 10, cachePercent: 0 },
      ),
    );
    expect(e.exactness).toBe('approx');
    expect(e.approx).toBe(true);
    expect(formatCost(e.total, e.approx, 'USD')).toBe('≈ $38.00');
  });

  it('ignores the exactness of a price it does not use', () => {
    const e = ok(
      estimateCost(
        { input: exact(1), cachedInput: approx(0.1), output: exact(1) },
        { inputMillions: 10, outputMillions: 10, cachePercent: 0 },
      ),
    );
    expect(e.exactness).toBe('exact');
  });

  it('turns a range price into a cost range, never one figure', () => {
    const e = ok(
      estimateCost(
        { input: range(0.35, 0.6), cachedInput: null, output: exact(1) },
        { inputMillions: 100, outputMillions: 10, cachePercent: 0 },
      ),
    );
    expect(e.total).toEqual({ low: 45, high: 70 });
    expect(e.exactness).toBe('range');
    expect(formatCost(e.total, e.approx, 'USD')).toBe('$45.00–$70.00');
  });

  it('marks an approximate range with both signs', () => {
    const e = ok(
      estimateCost(
        { input: range(1, 2), cachedInput: null, output: approx(4) },
        { inputMillions: 1, outputMillions: 1, cachePercent: 0 },
      ),
    );
    expect(formatCost(e.total, e.approx, 'USD')).toBe('≈ $5.00–$6.00');
  });

  it('turns a lower-bound price into an open-ended result', () => {
    const e = ok(
      estimateCost(
        { input: atLeast(1), cachedInput: null, output: exact(2) },
        { inputMillions: 3, outputMillions: 1, cachePercent: 0 },
      ),
    );
    expect(e.total).toEqual({ low: 5, high: null });
    expect(e.exactness).toBe('lower-bound');
    expect(formatCost(e.total, e.approx, 'USD')).toBe('≥ $5.00');
  });
});

describe('currencies and ranking', () => {
  it('prints CNY with ¥ and never converts it', () => {
    // Moonshot's CNY list price for Kimi K2 in the data: ¥4 input, ¥1 cached input, ¥16 output per 1M tokens.
    const e = ok(
      estimateCost(
        { input: exact(4), cachedInput: exact(1), output: exact(16) },
        { inputMillions: 100, outputMillions: 20, cachePercent: 50 },
      ),
    );
    expect(e.total.low).toBe(570); // 50 × 4 + 50 × 1 + 20 × 16
    expect(formatCost(e.total, e.approx, 'CNY')).toBe('¥570.00');
  });

  it('groups rows by currency with USD first and never mixes them', () => {
    const groups = groupByCurrency([
      { id: 'kimi', currency: 'CNY' },
      { id: 'glm', currency: 'USD' },
      { id: 'kimi', currency: 'USD' },
    ]);
    expect(groups.map((g) => [g.currency, g.rows.map((r) => r.id)])).toEqual([
      ['USD', ['glm', 'kimi']],
      ['CNY', ['kimi']],
    ]);
  });

  it('sorts cheapest first, ranges by their lower end, open-ended after bounded, missing last', () => {
    const usage = { inputMillions: 10, outputMillions: 0, cachePercent: 0 };
    const rows = {
      cheap: estimateCost({ input: exact(1), cachedInput: null, output: null }, usage),
      rangeLow: estimateCost({ input: range(1, 3), cachedInput: null, output: null }, usage),
      open: estimateCost({ input: atLeast(1), cachedInput: null, output: null }, usage),
      dear: estimateCost({ input: exact(2), cachedInput: null, output: null }, usage),
      missing: estimateCost({ input: null, cachedInput: null, output: null }, usage),
    };
    const order = Object.entries(rows)
      .sort(([, a], [, b]) => compareCost(a, b))
      .map(([k]) => k);
    expect(order).toEqual(['cheap', 'rangeLow', 'open', 'dear', 'missing']);
  });
});

describe('properties', () => {
  const price = fc.oneof(
    fc.double({ min: 0, max: 100, noNaN: true }).map(exact),
    fc.double({ min: 0, max: 100, noNaN: true }).map(approx),
    fc
      .tuple(fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0.01, max: 50, noNaN: true }))
      .map(([a, d]) => range(a, a + d)),
  );
  const usage = fc.record({
    inputMillions: fc.double({ min: 0, max: 1e6, noNaN: true }),
    outputMillions: fc.double({ min: 0, max: 1e6, noNaN: true }),
    cachePercent: fc.double({ min: 0, max: 100, noNaN: true }),
  });

  it('the total is the sum of its lines, low never above high, exact only from exact prices', () => {
    fc.assert(
      fc.property(price, price, price, usage, (input, cachedInput, output, u) => {
        const e = estimateCost({ input, cachedInput, output }, u);
        if (!e.ok) return false; // every price is present here
        const low = e.lines.reduce((s, l) => s + l.cost.low, 0);
        // Relative: costs span many magnitudes, and summing in another order moves the last bits.
        expect(Math.abs(e.total.low - low)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(low)));
        expect(e.total.high).not.toBeNull();
        expect(e.total.low).toBeLessThanOrEqual(e.total.high!);
        if (e.exactness === 'exact') expect(e.lines.every((l) => l.price.exactness === 'exact')).toBe(true);
        return true;
      }),
    );
  });

  it('more tokens never cost less', () => {
    fc.assert(
      fc.property(price, price, usage, fc.double({ min: 0, max: 1e3, noNaN: true }), (input, output, u, extra) => {
        const a = estimateCost({ input, cachedInput: null, output }, u);
        const b = estimateCost({ input, cachedInput: null, output }, { ...u, outputMillions: u.outputMillions + extra });
        if (!a.ok || !b.ok) return true;
        expect(b.total.low).toBeGreaterThanOrEqual(a.total.low - 1e-6);
        return true;
      }),
    );
  });
});

describe('listed prices are shown as stored', () => {
  it('keeps every stored decimal of a price (never rounds $0.275 to $0.28)', () => {
    expect(formatPrice({ value: 0.275, exactness: 'exact', currency: 'USD' })).toBe('$0.275');
    expect(formatPrice({ value: 0.125, exactness: 'exact', currency: 'USD' })).toBe('$0.125');
    expect(formatPrice({ value: 0.035, exactness: 'exact', currency: 'USD' })).toBe('$0.035');
    expect(formatPrice({ value: 2.2, exactness: 'exact', currency: 'USD' })).toBe('$2.20');
    expect(formatPrice({ value: 16, exactness: 'exact', currency: 'CNY' })).toBe('¥16.00');
    expect(formatPrice({ value: 0.27, exactness: 'approx', text: '~$0.27', currency: 'USD' })).toBe('~$0.27');
  });
});

describe('self-hosting and the break-even workload', () => {
  // GLM-4.6 at Z.ai's list price ($0.60 input, $0.11 cached input, $2.20 output per 1M tokens),
  // 10M input tokens a day of which 50% from cache, 2M output tokens a day, 30 days:
  //   API a day = 5 × 0.60 + 5 × 0.11 + 2 × 2.20 = 3.00 + 0.55 + 4.40 = $7.95 for 12M tokens,
  //   so k = 7.95 ÷ 12 = $0.6625 per 1M tokens at this mix.
  // Self-hosting on 8 GPUs at $2.65 an hour: 8 × 2.65 × 24 = $508.80 a day.
  //   Break-even = 508.80 ÷ 0.6625 = 768M tokens a day.
  // At 10,000 tokens/s one deployment serves 10,000 × 86,400 = 864M tokens a day, so 768M fits.
  const glm46 = { input: exact(0.6), cachedInput: exact(0.11), output: exact(2.2) };
  const day = ok(estimateCost(glm46, { inputMillions: 10, outputMillions: 2, cachePercent: 50 }));

  it('prices one day of the workload as the hand computation does', () => {
    expect(day.total).toEqual({ low: 7.95, high: 7.95 });
  });

  it('costs an always-on deployment by GPU-hours', () => {
    const s = estimateSelfHost({ gpus: 8, gpuHourPrice: 2.65, throughputTps: 10_000, days: 30, tokensPerDayMillions: 12 });
    if (!s.ok) throw new Error('expected a figure');
    expect(s.deploymentPerDay).toBe(508.8);
    expect(s.capacityPerDayMillions).toBe(864);
    expect(s.deployments).toBe(1);
    expect(s.monthly).toEqual({ low: 15264, high: 15264 }); // 508.80 × 30
    expect(s.gpuHoursPerMonth).toBe(5760); // 8 × 24 × 30
  });

  it('finds the break-even workload of the hand computation, within one deployment', () => {
    const s = estimateSelfHost({ gpus: 8, gpuHourPrice: 2.65, throughputTps: 10_000, days: 30, tokensPerDayMillions: 12 });
    const b = breakEven(day.total, 12, s);
    expect(b).toEqual({ kind: 'at', tokensPerDayMillions: { low: 768, high: 768 }, withinCapacity: true });
    // At 768M tokens a day (64× the workload) both ways cost the same: 64 × 7.95 × 30 = 15,264 = 508.80 × 30.
    expect(clean(64 * 7.95 * 30)).toBe(15264);
  });

  it('says self-hosting never wins when a full deployment costs more than the API for the same tokens', () => {
    // 1,000 tokens/s: 86.4M a day, which the API charges 86.4 × 0.6625 = $57.24 for, against $508.80.
    const s = estimateSelfHost({ gpus: 8, gpuHourPrice: 2.65, throughputTps: 1_000, days: 30, tokensPerDayMillions: 12 });
    expect(breakEven(day.total, 12, s).kind).toBe('never');
  });

  it('adds deployments when the workload exceeds one deployment', () => {
    const s = estimateSelfHost({ gpus: 8, gpuHourPrice: 2, throughputTps: 1_000, days: 30, tokensPerDayMillions: 200 });
    if (!s.ok) throw new Error('expected a figure');
    expect(s.deployments).toBe(3); // ceil(200 ÷ 86.4)
    expect(s.monthly.low).toBe(3 * 8 * 2 * 24 * 30);
  });

  it('gives no figure without a GPU-hour price, and a lower bound without a throughput', () => {
    expect(estimateSelfHost({ gpus: 8, gpuHourPrice: null, throughputTps: 10_000, days: 30, tokensPerDayMillions: 12 })).toEqual({
      ok: false,
      missing: ['gpu-hour price'],
    });
    const s = estimateSelfHost({ gpus: 8, gpuHourPrice: 2.65, throughputTps: null, days: 30, tokensPerDayMillions: 12 });
    if (!s.ok) throw new Error('expected a figure');
    expect(s.exactness).toBe('lower-bound');
    expect(s.monthly).toEqual({ low: 15264, high: null });
    expect(breakEven(day.total, 12, s)).toEqual({
      kind: 'at',
      tokensPerDayMillions: { low: 768, high: 768 },
      withinCapacity: null,
    });
  });

  it('turns a range API price into a break-even range', () => {
    const s = estimateSelfHost({ gpus: 1, gpuHourPrice: 1, throughputTps: null, days: 30, tokensPerDayMillions: 10 });
    // $24 a day against an API costing $1–$2 per 1M tokens: break-even between 12M and 24M tokens a day.
    expect(breakEven({ low: 10, high: 20 }, 10, s)).toEqual({
      kind: 'at',
      tokensPerDayMillions: { low: 12, high: 24 },
      withinCapacity: null,
    });
  });
});
