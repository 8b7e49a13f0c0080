import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  CHART_TYPES,
  compareUrl,
  DEFAULT_COMPARE_STATE,
  parseCompareState,
  parseCostState,
  COST_PERIODS,
  costVolumes,
  parseHardwareState,
  parseChangelogState,
  serializeChangelogState,
  PLANNER_PRECISIONS,
  PRICE_MODES,
  resolveCompareState,
  serializeCompareState,
  serializeCostState,
  serializeHardwareState,
  defaultMatch,
  type CompareState,
  type MatchMode,
} from '@/lib/view-state';

const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 })
  .chain((parts) => fc.constantFrom('-', '.').map((sep) => parts.join(sep)));
const uniqueSlugs = (max: number) => fc.uniqueArray(slug, { maxLength: max });
const variant = fc.constantFrom('standard', 'tools', 'thinking-on', 'tools+thinking-off');

const compareState: fc.Arbitrary<CompareState> = fc
  .record({
    models: uniqueSlugs(8),
    benchmarks: uniqueSlugs(8),
    categories: fc.subarray([...CATEGORIES]),
    variants: fc.boolean(),
    sort: fc.option(
      fc.record({
        column: fc.oneof(
          fc.constant('name'),
          slug,
          fc.tuple(slug, variant).map(([b, v]) => `${b}:${v}`),
        ),
        desc: fc.boolean(),
      }),
      { nil: null },
    ),
    chart: fc.constantFrom(...CHART_TYPES),
    y: fc.option(slug, { nil: null }),
    seller: fc.option(fc.oneof(fc.constant('cheapest'), slug), { nil: null }),
    price: fc.constantFrom(...PRICE_MODES),
    zoom: fc.boolean(),
    v: fc.option(
      fc
        .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      { nil: null },
    ),
    match: fc.constantFrom<MatchMode | null>(null, 'like', 'all'),
  })
  // A canonical state writes the version's default match as null.
  .map((s) => ({ ...s, match: s.match === defaultMatch(s.v) ? null : s.match }));

describe('compare view state', () => {
  it('parse(serialize(s)) equals s, with no issues', () => {
    fc.assert(
      fc.property(compareState, (s) => {
        const { state, issues } = parseCompareState(new URLSearchParams(serializeCompareState(s)));
        expect(issues).toEqual([]);
        expect(state).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it('serialize is canonical: one view, one URL, whatever order the params came in', () => {
    fc.assert(
      fc.property(compareState, (s) => {
        const query = serializeCompareState(s);
        const shuffled = new URLSearchParams([...new URLSearchParams(query).entries()].reverse());
        expect(serializeCompareState(parseCompareState(shuffled).state)).toBe(query);
      }),
      { numRuns: 300 },
    );
  });

  it('omits defaults, so the default view is the bare path', () => {
    expect(compareUrl(DEFAULT_COMPARE_STATE)).toBe('/compare');
    expect(
      serializeCompareState({
        ...DEFAULT_COMPARE_STATE,
        models: ['glm-4.5', 'glm-4.6'],
        sort: { column: 'hle', desc: true },
        v: '2025-10',
      }),
    ).toBe('models=glm-4.5~glm-4.6&sort=-hle&v=2025-10');
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (raw) => {
        const result = parseCompareState(new URLSearchParams(raw));
        expect(result.state).toBeDefined();
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('models', 'benchmarks', 'categories', 'variants', 'sort', 'chart', 'y', 'price', 'v', 'x'),
          fc.oneof(fc.string(), fc.array(fc.string())),
        ),
        (params) => {
          expect(() => parseCompareState(params)).not.toThrow();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('drops malformed values and reports each one', () => {
    const { state, issues } = parseCompareState(
      new URLSearchParams(
        'models=glm-4.5~BAD ID~glm-4.5~<script>&chart=pie&variants=maybe&v=latest&sort=--x&categories=math~magic',
      ),
    );
    expect(state.models).toEqual(['glm-4.5']);
    expect(state.chart).toBe('bar');
    expect(state.variants).toBe(false);
    expect(state.v).toBeNull();
    expect(state.sort).toBeNull();
    expect(state.categories).toEqual(['math']);
    expect(issues.map((i) => i.param).sort()).toEqual(['categories', 'chart', 'models', 'models', 'sort', 'v', 'variants']);
  });

  it('resolves ids against the data, dropping unknown ones with a reason', () => {
    const { state } = parseCompareState(
      new URLSearchParams('models=glm-4.5~glm-9&benchmarks=hle~nope&sort=-nope&y=nope&v=1999-01'),
    );
    const resolved = resolveCompareState(state, {
      versions: ['2025-10'],
      models: new Set(['glm-4.5']),
      benchmarks: new Set(['hle']),
      variantColumns: new Set(['hle:standard']),
    });
    expect(resolved.state).toMatchObject({ models: ['glm-4.5'], benchmarks: ['hle'], sort: null, y: null, v: null });
    expect(resolved.issues.map((i) => `${i.param}=${i.value}`).sort()).toEqual([
      'benchmarks=nope',
      'models=glm-9',
      'sort=nope',
      'v=1999-01',
      'y=nope',
    ]);
  });
});

describe('calculator view states', () => {
  it('cost state round-trips and clamps', () => {
    fc.assert(
      fc.property(
        fc.record({
          model: fc.option(slug, { nil: null }),
          input: fc.integer({ min: 0, max: 1_000_000 }),
          output: fc.integer({ min: 0, max: 1_000_000 }),
          per: fc.constantFrom(...COST_PERIODS),
          cache: fc.integer({ min: 0, max: 100 }),
          days: fc.integer({ min: 1, max: 31 }),
          precision: fc.constantFrom(...PLANNER_PRECISIONS),
          context: fc.integer({ min: 1, max: 10_000_000 }),
          gpu: fc.option(slug, { nil: null }),
          gpuHour: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
          tps: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
          v: fc.constant(null),
        }),
        (s) => {
          expect(parseCostState(new URLSearchParams(serializeCostState(s))).state).toEqual(s);
        },
      ),
    );
    const { state, issues } = parseCostState(new URLSearchParams('in=-5&out=abc&cache=150'));
    expect(state).toMatchObject({ input: 0, output: 20, per: 'month', cache: 100, v: null });
    expect(issues).toHaveLength(3);
  });

  it('reads links made before the cost page as monthly volumes', () => {
    const { state } = parseCostState(new URLSearchParams('in=500&out=100&cache=50'));
    expect(state).toMatchObject({ input: 500, output: 100, cache: 50, per: 'month' });
    expect(serializeCostState(state)).toBe('in=500&out=100&cache=50');
    expect(costVolumes(state)).toMatchObject({ inputPerMonth: 500, outputPerMonth: 100 });
    const fresh = parseCostState(new URLSearchParams('')).state;
    expect(fresh.per).toBe('day');
    expect(costVolumes({ ...fresh, input: 10, output: 2, days: 30 })).toMatchObject({ inputPerMonth: 300, outputPerMonth: 60 });
  });

  it('hardware state round-trips and never throws', () => {
    fc.assert(
      fc.property(
        fc.record({
          model: fc.option(slug, { nil: null }),
          precision: fc.constantFrom(...PLANNER_PRECISIONS),
          context: fc.integer({ min: 1, max: 10_000_000 }),
          gpu: fc.option(slug, { nil: null }),
          v: fc.constant(null),
        }),
        (s) => {
          expect(parseHardwareState(new URLSearchParams(serializeHardwareState(s))).state).toEqual(s);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string(), (raw) => void parseHardwareState(new URLSearchParams(raw))),
      { numRuns: 1000 },
    );
  });

  it('changelog state round-trips and rejects malformed versions', () => {
    const s = { from: '2025-08', to: '2026-11', model: 'glm-4.5' };
    expect(parseChangelogState(new URLSearchParams(serializeChangelogState(s))).state).toEqual(s);
    const { state, issues } = parseChangelogState(new URLSearchParams('from=yesterday&to=2026-11&model=GLM 4.5'));
    expect(state).toEqual({ from: null, to: '2026-11', model: null });
    expect(issues.map((i) => i.param)).toEqual(['from', 'model']);
  });
});

describe('like-for-like in permalinks', () => {
  it('defaults to like-for-like on current data and keeps old pinned permalinks as they were', () => {
    expect(parseCompareState(new URLSearchParams('models=glm-4.6')).state.match).toBeNull();
    expect(defaultMatch(null)).toBe('like');
    expect(defaultMatch('2026-12')).toBe('like');
    expect(defaultMatch('2026-11')).toBe('all');
    // An old permalink pinned to 2026-11 without `match` shows every value, as it did.
    const old = parseCompareState(new URLSearchParams('models=glm-4.6~kimi-k2&v=2026-11')).state;
    expect(old.match ?? defaultMatch(old.v)).toBe('all');
    // Writing the default is the same URL as leaving it out.
    expect(serializeCompareState(parseCompareState(new URLSearchParams('models=a&match=like&v=2026-12')).state)).toBe(
      'models=a&v=2026-12',
    );
    expect(serializeCompareState(parseCompareState(new URLSearchParams('models=a&match=all')).state)).toBe('models=a&match=all');
    expect(serializeCompareState(parseCompareState(new URLSearchParams('models=a&match=like&v=2026-11')).state)).toBe(
      'models=a&match=like&v=2026-11',
    );
    expect(parseCompareState(new URLSearchParams('match=some')).issues[0]).toMatchObject({ param: 'match' });
  });
});
