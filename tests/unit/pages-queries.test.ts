import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getBenchmarkIndex, getModelIndex } from '@/lib/queries/catalog';
import { getHistory } from '@/lib/queries/history';
import { getOlderOnlySources, getSourceEntries, getSourceGroups, SOURCE_KIND_ORDER } from '@/lib/queries/sources';
import { FIXTURE_DATA, readJson } from './support/fixture';
import { useFixtureDatabase } from './support/fixture-db';

beforeAll(() => {
  useFixtureDatabase();
});

type Row = { source: string; model?: string; models?: string[] };
const file = (version: string, name: string) => readJson<Row[]>(path.join(FIXTURE_DATA, version, name));

describe('sources', () => {
  it('counts, per source, exactly the rows of each file that cite it', () => {
    const version = '2025-02';
    const files = {
      scores: 'scores.json',
      specs: 'specs.json',
      prices: 'prices.json',
      hardware: 'hardware.json',
      plans: 'plans.json',
      history: 'history.json',
      gpus: 'gpus.json',
    } as const;
    const entries = getSourceEntries(version);
    expect(entries.map((e) => e.id).sort()).toEqual(
      readJson<Array<{ id: string }>>(path.join(FIXTURE_DATA, version, 'sources.json'))
        .map((s) => s.id)
        .sort(),
    );
    for (const entry of entries) {
      for (const [key, name] of Object.entries(files) as Array<[keyof typeof files, string]>) {
        const expected = file(version, name).filter((r) => r.source === entry.id).length;
        expect(entry.usage[key], `${entry.id} ${key}`).toBe(expected);
      }
      expect(entry.citedRows).toBe(Object.values(entry.usage).reduce((a, b) => a + b, 0));
    }
  });

  it('lists the models a source covers, from every kind of row, in the dataset order', () => {
    const entries = new Map(getSourceEntries('2025-02').map((e) => [e.id, e]));
    expect(entries.get('fixture-report')?.models.map((m) => m.id)).toEqual(['glm-4.5', 'glm-4.5-air', 'kimi-k2', 'glm-4.6']);
    // The article is cited by scores, specs, prices, hardware, a plan (glm-4.5-air) and a history event (glm-4.5).
    expect(entries.get('fixture-article')?.models.map((m) => m.id)).toEqual(['glm-4.5', 'glm-4.5-air', 'kimi-k2']);
    expect(entries.get('fixture-gpu')?.models).toEqual([]);
    expect(entries.get('fixture-gpu')?.usage.gpus).toBe(1);
  });

  it('groups by kind, primary sources first, leaving out empty kinds', () => {
    const groups = getSourceGroups('2025-02');
    expect(groups.map((g) => g.kind)).toEqual(['tech-report', 'vendor-page', 'article']);
    expect(groups.map((g) => g.primary)).toEqual([true, true, false]);
    const order = groups.map((g) => SOURCE_KIND_ORDER.indexOf(g.kind));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('has no older-only sources when every old source is still cited', () => {
    expect(getOlderOnlySources('2025-02')).toEqual([]);
    expect(getOlderOnlySources('2025-01')).toEqual([]);
  });
});

describe('history', () => {
  it('keeps the date as precise as stored and links the model it names', () => {
    const [event] = getHistory('2025-02');
    expect(event).toMatchObject({
      id: 'glm-4.5-launch',
      date: '2025-01',
      precision: 'month',
      dateLabel: 'Jan 2025',
      model: { id: 'glm-4.5', name: 'GLM-4.5' },
      params: '355B',
      kind: 'open-weights',
    });
    expect(event?.source).toMatchObject({ id: 'fixture-article', url: null, kind: 'article' });
    expect(event?.end).toBe(Date.UTC(2025, 1, 1));
  });
});

describe('index pages', () => {
  it('groups models by organization in the order the data first names them, with score counts', () => {
    const groups = getModelIndex('2025-02');
    expect(groups.map((g) => g.organization.id)).toEqual(['zai', 'moonshot']);
    expect(groups[0]?.organization).toMatchObject({ name: 'Z.ai', aka: ['Zhipu AI'], country: 'China' });
    const zai = new Map(groups[0]!.models.map((m) => [m.id, m]));
    expect([...zai.keys()]).toEqual(['glm-4.5', 'glm-4.5-air', 'glm-4.6']);
    // glm-4.5: SWE-bench Verified (2 rows), HLE (2 rows), Composite (1 row).
    expect(zai.get('glm-4.5')).toMatchObject({ benchmarksScored: 3, scoreRows: 5 });
    expect(zai.get('glm-4.6')).toMatchObject({ benchmarksScored: 1, scoreRows: 1 });
  });

  it('groups benchmarks by category and counts the models with a value shown', () => {
    const groups = getBenchmarkIndex('2025-02');
    expect(groups.map((g) => g.category)).toEqual(['coding', 'knowledge', 'composite']);
    const swe = groups[0]?.benchmarks[0];
    expect(swe).toMatchObject({ id: 'swe-bench-verified', modelsScored: 4, scoreRows: 5, parent: null });
    const hle = groups[1]?.benchmarks[0];
    expect(hle).toMatchObject({ id: 'hle', modelsScored: 2, scoreRows: 3 });
  });
});
