import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MATCH_KEYS,
  compareBenchmark,
  groupVerdict,
  pairVerdict,
  type BenchmarkMeta,
  type Candidate,
  type MatchSettings,
} from '@/lib/compare/like-for-like';

const NONE: MatchSettings = {
  thinking: null,
  effort: null,
  tools: null,
  harness: null,
  metric: null,
  window: null,
  subset: null,
  context: null,
};

let n = 0;
function score(
  modelId: string,
  value: number,
  over: Partial<Omit<Candidate, 'settings'>> & { settings?: Partial<MatchSettings> } = {},
): Candidate {
  const { settings, ...rest } = over;
  return {
    scoreId: String(++n),
    modelId,
    value,
    upper: null,
    exactness: 'exact',
    disputed: false,
    headline: true,
    sourceId: `src-${modelId}`,
    sourceTitle: `Card of ${modelId}`,
    figure: null,
    ...rest,
    settings: { ...NONE, ...settings },
  };
}

const names: Record<string, string> = { glm: 'GLM-4.6', kimi: 'Kimi K2', ds: 'DeepSeek-V3.2' };
const nameOf = (id: string) => names[id] ?? id;

describe('compareBenchmark', () => {
  it('prefers one source that measured all the models together, even over matching settings elsewhere', () => {
    const chart = { sourceId: 'glm-chart', sourceTitle: 'GLM-4.6 launch chart', figure: 'bench.png', headline: false };
    const result = compareBenchmark(
      'swe',
      ['glm', 'kimi'],
      [
        score('glm', 68, { ...chart, settings: { context: '128K' }, headline: true }),
        score('kimi', 69.2, { ...chart, settings: { context: '128K' } }),
        score('kimi', 65.8, { settings: { tools: true, harness: 'OpenHands' } }),
      ],
      nameOf,
    );
    expect(result.comparable).toBe(true);
    expect(result.basis).toMatchObject({ kind: 'source', sourceId: 'glm-chart', figure: 'bench.png' });
    expect(result.outcomes.map((o) => [o.modelId, o.status, o.value?.value])).toEqual([
      ['glm', 'compared', 68],
      ['kimi', 'compared', 69.2],
    ]);
    expect(result.reason).toContain('GLM-4.6 launch chart');
  });

  it('falls back to equal stated settings across sources', () => {
    const result = compareBenchmark(
      'aime',
      ['glm', 'ds'],
      [
        score('glm', 93.9, { settings: { thinking: 'on', metric: 'avg@32' } }),
        score('ds', 89.3, { settings: { thinking: 'on', metric: 'avg@32' } }),
      ],
      nameOf,
    );
    expect(result.comparable).toBe(true);
    expect(result.basis).toEqual({ kind: 'settings', settings: { ...NONE, thinking: 'on', metric: 'avg@32' } });
    expect(result.reason).toContain('thinking on');
  });

  it('excludes a value measured under other settings, with the setting named in its reason', () => {
    const result = compareBenchmark(
      'hle',
      ['glm', 'kimi', 'ds'],
      [
        score('glm', 17.2, { settings: { thinking: 'on', tools: false } }),
        score('ds', 19.8, { settings: { thinking: 'on', tools: false } }),
        score('kimi', 44.9, { settings: { thinking: 'on', tools: true } }),
      ],
      nameOf,
    );
    expect(result.comparable).toBe(true);
    const kimi = result.outcomes.find((o) => o.modelId === 'kimi')!;
    expect(kimi.status).toBe('excluded');
    expect(kimi.reason).toContain('with tools');
    expect(kimi.reason).toContain('without tools');
  });

  it('never lets an unknown setting match a known one', () => {
    const result = compareBenchmark(
      'hle',
      ['glm', 'kimi'],
      [score('glm', 17.2, { settings: { tools: false, thinking: 'on' } }), score('kimi', 4.7, { settings: { thinking: 'on' } })],
      nameOf,
    );
    expect(result.comparable).toBe(false);
    expect(result.reason).toContain('tool use not stated');
    expect(result.outcomes.every((o) => o.status === 'excluded')).toBe(true);
  });

  it('does not match values that state no settings at all', () => {
    const result = compareBenchmark('mmlu', ['glm', 'kimi'], [score('glm', 80), score('kimi', 81)], nameOf);
    expect(result.comparable).toBe(false);
    expect(result.basis).toBeNull();
  });

  it('calls a model without a value "not reported", never "not comparable"', () => {
    const result = compareBenchmark(
      'aime',
      ['glm', 'kimi', 'ds'],
      [score('glm', 93.9, { settings: { metric: 'avg@32' } }), score('ds', 89.3, { settings: { metric: 'avg@32' } })],
      nameOf,
    );
    expect(result.outcomes.find((o) => o.modelId === 'kimi')).toMatchObject({ status: 'not-reported', value: null });
    const alone = compareBenchmark('aime', ['glm', 'kimi'], [score('glm', 93.9)], nameOf);
    expect(alone.comparable).toBe(false);
    expect(alone.outcomes.map((o) => o.status)).toEqual(['unpaired', 'not-reported']);
  });

  it('never treats an article that compiles numbers as a source that measured models together', () => {
    const article = { sourceId: 'article', sourceTitle: 'Overview', sourceKind: 'article' };
    const result = compareBenchmark('swe', ['glm', 'kimi'], [score('glm', 68, article), score('kimi', 65.8, article)], nameOf);
    expect(result.comparable).toBe(false);
  });

  it('ignores disputed values', () => {
    const chart = { sourceId: 'c', sourceTitle: 'Chart', figure: 'f' };
    const result = compareBenchmark(
      'x',
      ['glm', 'kimi'],
      [score('glm', 1, chart), score('kimi', 2, { ...chart, disputed: true })],
      nameOf,
    );
    expect(result.comparable).toBe(false);
    expect(result.outcomes[1]!.status).toBe('not-reported');
  });

  it('keeps the with-tools and without-tools sides of one chart apart', () => {
    const chart = { sourceId: 'c', sourceTitle: 'Chart', figure: 'f' };
    const result = compareBenchmark(
      'hle',
      ['glm', 'kimi'],
      [score('glm', 30.4, { ...chart, settings: { tools: true } }), score('kimi', 20, { ...chart })],
      nameOf,
    );
    expect(result.comparable).toBe(false);
  });

  it('property: every compared value shares one source and figure, or equal stated settings, with the rest of its column', () => {
    const settingArb = fc.record({
      thinking: fc.constantFrom(null, 'on', 'off'),
      effort: fc.constantFrom(null, 'high', 'max'),
      tools: fc.constantFrom(null, true, false),
      harness: fc.constantFrom(null, 'OpenHands', 'Terminus 2'),
      metric: fc.constantFrom(null, 'pass@1', 'avg@32'),
      window: fc.constantFrom(null, '2.0'),
      subset: fc.constantFrom(null, 'text-only'),
      context: fc.constantFrom(null, '128K'),
    });
    const candidateArb = fc.record({
      modelId: fc.constantFrom('a', 'b', 'c', 'd'),
      value: fc.integer({ min: 0, max: 100 }),
      sourceId: fc.constantFrom('s1', 's2', 's3'),
      figure: fc.constantFrom(null, 'f1', 'f2'),
      headline: fc.boolean(),
      disputed: fc.boolean(),
      settings: settingArb,
    });
    fc.assert(
      fc.property(fc.array(candidateArb, { maxLength: 14 }), (rows) => {
        const candidates = rows.map((r, i) => ({
          ...r,
          scoreId: String(i),
          upper: null,
          exactness: 'exact',
          sourceTitle: r.sourceId,
        }));
        const result = compareBenchmark('x', ['a', 'b', 'c', 'd'], candidates);
        const compared = result.outcomes.filter((o) => o.status === 'compared').map((o) => o.value!);
        if (!result.comparable) return compared.length === 0;
        if (compared.length < 2) return false;
        if (compared.some((v) => v.disputed)) return false;
        const first = compared[0]!;
        const sameSource = compared.every(
          (v) => v.sourceId === first.sourceId && v.figure === first.figure && v.settings.tools === first.settings.tools,
        );
        const sameSettings =
          compared.every((v) => MATCH_KEYS.every((k) => v.settings[k] === first.settings[k])) &&
          MATCH_KEYS.some((k) => first.settings[k] !== null);
        return sameSource || sameSettings;
      }),
      { seed: 20261202, numRuns: 500 },
    );
  });
});

describe('verdicts', () => {
  const meta = (id: string, category = 'coding', unit = '%', higherIsBetter = true): BenchmarkMeta => ({
    id,
    name: id.toUpperCase(),
    category,
    unit,
    higherIsBetter,
  });
  const chart = { sourceId: 'chart', sourceTitle: 'Launch chart', figure: 'bench.png' };
  const benchmarks = [
    { meta: meta('swe'), candidates: [score('glm', 68, chart), score('kimi', 69.2, chart)] },
    { meta: meta('tb'), candidates: [score('glm', 40.5, chart), score('kimi', 30, chart)] },
    { meta: meta('aime', 'math'), candidates: [score('glm', 93.9, chart), score('kimi', 80, chart)] },
    {
      meta: meta('hle', 'reasoning'),
      candidates: [score('glm', 17.2, { settings: { tools: false } }), score('kimi', 44.9, { settings: { tools: true } })],
    },
    { meta: meta('only-glm'), candidates: [score('glm', 50, chart)] },
  ];

  it('counts leads over comparable pairs only, keeps the order a − b, and lists what could not be compared', () => {
    const v = pairVerdict('glm', 'kimi', benchmarks, nameOf);
    expect([v.aLeads, v.bLeads, v.ties]).toEqual([2, 1, 0]);
    expect(v.compared.map((r) => [r.benchmark.id, Math.round(r.gap * 10) / 10])).toEqual([
      ['swe', -1.2],
      ['tb', 10.5],
      ['aime', 13.9],
    ]);
    expect(v.notComparable.map((e) => e.benchmark.id)).toEqual(['hle']);
    expect(v.medianGapPoints).toBeCloseTo(10.5);
    expect(v.sentence).toBe(
      'GLM-4.6 leads Kimi K2 on 2 of 3 benchmarks compared like-for-like (trails on 1); 1 more could not be compared (differing tools).',
    );
    expect(v.categories.find((c) => c.category === 'coding')).toMatchObject({ aLeads: 1, bLeads: 1, ties: 0 });

    const reversed = pairVerdict('kimi', 'glm', benchmarks, nameOf);
    expect(reversed.compared.map((r) => Math.round(r.gap * 10) / 10)).toEqual([1.2, -10.5, -13.9]);
    expect([reversed.aLeads, reversed.bLeads]).toEqual([1, 2]);
    expect(reversed.sentence.startsWith('GLM-4.6 leads Kimi K2 on 2 of 3')).toBe(true);
  });

  it('treats lower-is-better benchmarks and approximate values correctly', () => {
    const v = pairVerdict(
      'glm',
      'kimi',
      [
        { meta: meta('cost', 'coding', 'score', false), candidates: [score('glm', 10, chart), score('kimi', 12, chart)] },
        {
          meta: meta('approx'),
          candidates: [score('glm', 65, { ...chart, exactness: 'approx' }), score('kimi', 65.5, { ...chart })],
        },
      ],
      nameOf,
    );
    expect([v.aLeads, v.bLeads, v.ties]).toEqual([1, 0, 1]);
    expect(v.medianGapPoints).toBeCloseTo(-0.5);
  });

  it('names how often the first model is best among all shown', () => {
    const g = groupVerdict('glm', ['kimi'], benchmarks, nameOf);
    expect(g.compared).toBe(3);
    expect(g.leads).toBe(2);
    expect(g.notComparable).toBe(1);
    expect(g.sentence).toBe(
      'On the benchmarks compared like-for-like, GLM-4.6 leads Kimi K2 (2 of 3); it is best of all shown on 2 of 3, and 1 more could not be compared (differing sources and settings).',
    );
  });
});
