import { beforeAll, describe, expect, it } from 'vitest';
import { getModel, getModelList } from '@/lib/queries/models';
import { getVersions, resolveVersion } from '@/lib/queries/versions';
import { useFixtureDatabase } from './support/fixture-db';

beforeAll(() => {
  useFixtureDatabase();
});

describe('versions', () => {
  it('lists versions oldest first and resolves the latest by default', () => {
    expect(getVersions().map((v) => v.id)).toEqual(['2025-01', '2025-02']);
    const r = resolveVersion(undefined);
    expect(r.version.id).toBe('2025-02');
    expect(r.isLatest).toBe(true);
  });

  it('keeps an old version when asked and says it is not the latest', () => {
    const r = resolveVersion('2025-01');
    expect(r.version.id).toBe('2025-01');
    expect(r.isLatest).toBe(false);
    expect(r.latest.id).toBe('2025-02');
  });

  it('falls back to the latest for an unknown version and reports it', () => {
    const r = resolveVersion('1999-01');
    expect(r.version.id).toBe('2025-02');
    expect(r.unknown).toBe('1999-01');
  });
});

describe('models', () => {
  it('lists every model of a version in authored order', () => {
    expect(getModelList('2025-01').map((m) => m.id)).toEqual(['glm-4.5', 'glm-4.5-air', 'kimi-k2']);
    expect(getModelList('2025-02').map((m) => m.id)).toContain('glm-4.6');
  });

  it('gives the preferred spec value as the headline, with its source', () => {
    const glm = getModelList('2025-01').find((m) => m.id === 'glm-4.5')!;
    expect(glm.organization).toEqual({ id: 'zai', name: 'Z.ai' });
    expect(glm.specs['active-params']?.value).toBe(32);
    expect(glm.specs['active-params']?.hasConflict).toBe(true);
    expect(glm.specs['active-params']?.source.title).toBe('Fixture technical report');
    expect(glm.specs['total-params']?.display).toBe('355B');
    expect(glm.specs['context-window']?.display).toBe('128K');
    expect(glm.specs['release-date']?.display).toBe('Jan 5, 2025');
  });

  it('shows approximate values and bounds in the source words, and missing values as absent', () => {
    const kimi = getModelList('2025-01').find((m) => m.id === 'kimi-k2')!;
    expect(kimi.specs['total-params']?.display).toBe('1T');
    expect(kimi.specs['total-params']?.exactness).toBe('approx');
    expect(kimi.specs['inference-speed']?.display).toBe('100+ tok/s');
    expect(kimi.specs['context-window']).toBeUndefined();
  });

  it('returns the detail of one model with its variants, notes and every spec row', () => {
    const glm = getModel('2025-01', 'glm-4.5')!;
    expect(glm.variants.map((v) => v.id)).toEqual(['glm-4.5-air']);
    expect(glm.allSpecs.filter((s) => s.field === 'active-params')).toHaveLength(2);
    expect(glm.notes.map((n) => n.id)).toContain('glm-4.5-active-params');
    expect(getModel('2025-01', 'glm-4.5-air')!.parent).toEqual({ id: 'glm-4.5', name: 'GLM-4.5' });
  });

  it('returns null for an unknown model or a model absent from an older version', () => {
    expect(getModel('2025-02', 'nope')).toBeNull();
    expect(getModel('2025-01', 'glm-4.6')).toBeNull();
  });
});
