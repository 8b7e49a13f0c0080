import { beforeAll, describe, expect, it } from 'vitest';
import { groupModelIds } from '@/lib/compare/quick-picks';
import { getCompareData, getCompareDefaults, quickPickView } from '@/lib/queries/compare';
import { DEFAULT_COMPARE_STATE, parseCompareState, parseQuickPick, quickPickUrl, type CompareState } from '@/lib/view-state';
import { loadAll } from '@/lib/data/load';
import { buildDatabase } from '@/lib/db/build';
import { FIXTURE_DATA } from './support/fixture';
import { useFixtureDatabase } from './support/fixture-db';

/** The fixture with a launch chart: GLM-4.5's, from a source that also scores other models. */
beforeAll(() => {
  const file = useFixtureDatabase();
  const result = loadAll(FIXTURE_DATA);
  if (!result.ok) throw new Error('fixture data does not validate');
  for (const d of result.datasets) {
    const shared = d.scores.find(
      (s) => s.model === 'glm-4.5' && d.scores.some((o) => o.source === s.source && o.model !== 'glm-4.5'),
    );
    const glm = d.models.find((m) => m.id === 'glm-4.5');
    if (shared && glm) glm.launchSource = shared.source;
  }
  buildDatabase(file, result.datasets);
});

const from: CompareState = {
  ...parseCompareState(
    new URLSearchParams('models=glm-4.5~kimi-k2&benchmarks=swe-bench-verified&chart=price&sort=-swe-bench-verified'),
  ).state,
};

describe('quick pick links', () => {
  it('name the pick and keep the rest of the view, never the list of models', () => {
    expect(quickPickUrl({ group: 'all' }, from)).toBe(
      '/compare/pick?group=all&benchmarks=swe-bench-verified&sort=-swe-bench-verified&chart=price',
    );
    // A launch chart brings its own benchmarks: the view's benchmarks, categories and sort are dropped.
    expect(quickPickUrl({ launch: 'glm-4.5' }, from)).toBe('/compare/pick?launch=glm-4.5&chart=price');
  });

  it('are read back as the same pick and state', () => {
    const url = quickPickUrl({ group: 'open' }, from);
    const { pick, state } = parseQuickPick(new URLSearchParams(url.split('?')[1]));
    expect(pick).toEqual({ group: 'open' });
    expect(state).toEqual({ ...from, models: [] });
    expect(parseQuickPick(new URLSearchParams('group=all&launch=glm-4.5')).pick).toBeNull();
    expect(parseQuickPick(new URLSearchParams('models=glm-4.5')).pick).toBeNull();
  });
});

describe('the view a quick pick leads to', () => {
  it("is the group's models with scores, the rest of the state kept", () => {
    const data = getCompareData(DEFAULT_COMPARE_STATE);
    for (const group of ['glm', 'open', 'all'] as const) {
      const ids = groupModelIds(data.modelOptions, group);
      expect(ids.length, group).toBeGreaterThan(0);
      expect(quickPickView({ ...from, models: [] }, { group })).toEqual({ ...from, models: ids });
    }
    expect(groupModelIds(data.modelOptions, 'glm').every((id) => id.startsWith('glm'))).toBe(true);
  });

  it("is a launch chart's models and benchmarks, unsorted", () => {
    const { launchPicks } = getCompareDefaults('2025-02');
    const launch = launchPicks[0];
    if (!launch) throw new Error('the fixture has no launch chart');
    expect(quickPickView(from, { launch: launch.modelId })).toEqual({
      ...from,
      models: launch.models,
      benchmarks: launch.benchmarks,
      categories: [],
      sort: null,
    });
  });

  it('is nothing for a pick the version does not have; a version the data lacks is left to the view to report', () => {
    expect(quickPickView(from, { group: 'closed' })).toBeNull();
    expect(quickPickView(from, { launch: 'no-such-model' })).toBeNull();
    const unknownVersion = { ...from, v: '1999-01' };
    expect(quickPickView(unknownVersion, { group: 'all' })).toBe(unknownVersion);
  });
});
