import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const read = <T>(version: string, file: string): T =>
  JSON.parse(fs.readFileSync(path.resolve('data', version, `${file}.json`), 'utf8')) as T;
type Row = {
  model: string;
  benchmark: string;
  value: number;
  source: string;
  settings: Record<string, unknown>;
  note?: string;
  figure?: string;
};

describe('data version 2026-12', () => {
  const scores = read<Row[]>('2026-12', 'scores');
  const models = read<Array<{ id: string; launchSource?: string }>>('2026-12', 'models');
  const older = read<Row[]>('2026-11', 'scores');
  const olderModels = read<Array<{ id: string }>>('2026-11', 'models');

  it('adds at least 600 sourced scores over at least 15 new models, GLM-4.7 to GLM-5.2 among them', () => {
    expect(scores.length - older.length).toBeGreaterThanOrEqual(600);
    const fresh = models.filter((m) => !olderModels.some((o) => o.id === m.id)).map((m) => m.id);
    expect(fresh.length).toBeGreaterThanOrEqual(15);
    for (const id of ['glm-4.7', 'glm-4.7-flash', 'glm-5', 'glm-5.1', 'glm-5.2']) {
      expect(fresh).toContain(id);
      expect(scores.some((s) => s.model === id)).toBe(true);
    }
  });

  it('never puts WritingBench on 10 and on 100 points under one benchmark', () => {
    const ten = scores.filter((s) => s.benchmark === 'writingbench');
    const hundred = scores.filter((s) => s.benchmark === 'writingbench-100');
    expect(ten.length).toBeGreaterThan(0);
    expect(hundred.length).toBeGreaterThan(0);
    expect(ten.every((s) => s.value <= 10)).toBe(true);
    expect(hundred.every((s) => s.value > 10)).toBe(true);
  });

  it('keeps GPT-4o snapshots apart', () => {
    expect(scores.some((s) => s.model === 'gpt-4o')).toBe(false);
    const snapshots = new Set(scores.filter((s) => s.model.startsWith('gpt-4o-')).map((s) => s.model));
    expect([...snapshots].sort()).toEqual(['gpt-4o-0327', 'gpt-4o-2024-05-13', 'gpt-4o-2024-11-20']);
  });

  it('records the HLE text-only subset as a setting, never as a window', () => {
    const hle = scores.filter((s) => s.benchmark === 'hle');
    expect(hle.some((s) => s.settings.subset === 'text-only')).toBe(true);
    expect(hle.some((s) => typeof s.settings.window === 'string' && /text/i.test(s.settings.window))).toBe(false);
  });

  it('gives every score but the overview article its figure, and every GLM release its launch source', () => {
    expect(scores.filter((s) => s.source !== 'overview-article' && !s.figure)).toEqual([]);
    for (const id of ['glm-4.5', 'glm-4.6', 'glm-4.7', 'glm-5', 'glm-5.1', 'glm-5.2']) {
      expect(models.find((m) => m.id === id)?.launchSource, id).toBeTruthy();
    }
  });

  it('leaves the older versions as they were: 2026-11 still has GPT-4o under one id and no figures', () => {
    expect(older.some((s) => s.model === 'gpt-4o')).toBe(true);
    expect(older.some((s) => s.figure !== undefined)).toBe(false);
  });
});
