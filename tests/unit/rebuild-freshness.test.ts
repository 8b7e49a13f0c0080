import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadAll } from '@/lib/data/load';
import { buildDatabase } from '@/lib/db/build';
import { getCompareData } from '@/lib/queries/compare';
import { AnswerCache } from '@/lib/queries/memo';
import { getModelList } from '@/lib/queries/models';
import { getBenchmarks } from '@/lib/queries/scores';
import { parseCompareState } from '@/lib/view-state';
import { FIXTURE_DATA } from './support/fixture';
import { useFixtureDatabase } from './support/fixture-db';

/**
 * Query results are kept per data version while the same database file is open
 * (lib/queries/memo.ts). A rebuild renames a new file into place: what the app shows must follow
 * it, never the results kept from the old file.
 */
let file = '';

beforeAll(() => {
  file = useFixtureDatabase();
});

afterAll(() => {
  vi.useRealTimers();
});

function rebuildWith(edit: (datasets: ReturnType<typeof loadAll> & { ok: true }) => void) {
  const result = loadAll(FIXTURE_DATA);
  if (!result.ok) throw new Error('fixture data does not validate');
  edit(result);
  buildDatabase(file, result.datasets);
}

describe('kept query results after a rebuild', () => {
  it('are dropped when the database file is replaced', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T12:00:00Z'));
    const before = getModelList('2025-02').find((m) => m.id === 'glm-4.5');
    expect(before?.name).toBe('GLM-4.5');
    const benchmarkNames = getBenchmarks('2025-02').map((b) => b.name);
    // Kept: a second call gives the very same (frozen) result.
    expect(getModelList('2025-02')).toBe(getModelList('2025-02'));
    expect(Object.isFrozen(getModelList('2025-02'))).toBe(true);

    rebuildWith(({ datasets }) => {
      for (const d of datasets) {
        for (const m of d.models) if (m.id === 'glm-4.5') m.name = 'GLM-4.5 (rebuilt)';
        for (const b of d.benchmarks) b.name = `${b.name} (rebuilt)`;
      }
    });
    // The handle looks at the file at most once a second.
    vi.setSystemTime(new Date('2026-11-29T12:00:02Z'));
    expect(getModelList('2025-02').find((m) => m.id === 'glm-4.5')?.name).toBe('GLM-4.5 (rebuilt)');
    expect(getBenchmarks('2025-02').map((b) => b.name)).toEqual(benchmarkNames.map((n) => `${n} (rebuilt)`));
    const view = getCompareData(parseCompareState(new URLSearchParams('models=glm-4.5')).state);
    expect(view.modelOptions.find((m) => m.id === 'glm-4.5')?.name).toBe('GLM-4.5 (rebuilt)');
  });
});

describe('kept API answers', () => {
  it('are bounded by size, least recently used out first, and dropped after a rebuild', () => {
    const cache = new AnswerCache<{ body: string }>(400, (a) => a.body.length);
    const answer = (c: string, n = 100) => ({ body: c.repeat(n) });
    const generation = cache.generationNow();
    for (const key of ['a', 'b', 'c', 'd']) cache.set(key, answer(key), generation);
    // Reading `a` makes `b` the least recently used, so the fifth answer pushes `b` out.
    expect(cache.get('a')?.body).toBe(answer('a').body);
    cache.set('e', answer('e'), generation);
    expect(cache.get('b')).toBeUndefined();
    expect(['a', 'c', 'd', 'e'].map((k) => cache.get(k)?.body[0])).toEqual(['a', 'c', 'd', 'e']);
    // Larger than a quarter of the bound: not kept.
    cache.set('big', answer('x', 101), generation);
    expect(cache.get('big')).toBeUndefined();

    rebuildWith(() => {});
    expect(cache.get('a')).toBeUndefined();
    // Computed from the old file, handed in after the rebuild was noticed: not kept either.
    cache.set('late', answer('l'), generation);
    expect(cache.get('late')).toBeUndefined();
    const now = cache.generationNow();
    expect(now).not.toBe(generation);
    cache.set('late', answer('l'), now);
    expect(cache.get('late')?.body).toBe(answer('l').body);
  });
});
