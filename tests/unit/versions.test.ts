import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAll } from '@/lib/data/load';
import { buildDatabase } from '@/lib/db/build';
import { getCompareData } from '@/lib/queries/compare';
import { DEFAULT_COMPARE_STATE } from '@/lib/view-state';
import { FIXTURE_DATA } from './support/fixture';

function datasets(root: string) {
  const r = loadAll(root);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.datasets;
}

function cells(version: string | null) {
  const data = getCompareData({
    ...DEFAULT_COMPARE_STATE,
    models: ['glm-4.5', 'kimi-k2'],
    benchmarks: ['swe-bench-verified'],
    v: version,
  });
  return {
    version: data.version.id,
    values: data.rows.map((r) => [r.model.id, r.cells['swe-bench-verified']?.shown?.value ?? null]),
  };
}

describe('versioned permalinks', () => {
  it("an old version's permalink keeps its numbers after a newer version is added", async () => {
    // Publish 2025-01 alone.
    const onlyFirst = fs.mkdtempSync(path.join(os.tmpdir(), 'glm-v1-'));
    fs.cpSync(path.join(FIXTURE_DATA, '2025-01'), path.join(onlyFirst, '2025-01'), { recursive: true });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'glm-vdb-')), 'db.sqlite');
    buildDatabase(file, datasets(onlyFirst));
    process.env.DATABASE_PATH = file;
    const before = cells('2025-01');
    expect(before).toEqual({
      version: '2025-01',
      values: [
        ['glm-4.5', 64.2],
        ['kimi-k2', 65.4],
      ],
    });

    // Add 2025-02, which changes Kimi K2's score, and rebuild over the same file.
    buildDatabase(file, datasets(FIXTURE_DATA));
    // The handle notices the new file on its next check (DATABASE_CHECK_INTERVAL_MS, 0 in tests).
    expect(cells('2025-01')).toEqual(before);
    expect(cells(null)).toEqual({
      version: '2025-02',
      values: [
        ['glm-4.5', 64.2],
        ['kimi-k2', 65.8],
      ],
    });
    expect(cells('2025-02').values).toEqual([
      ['glm-4.5', 64.2],
      ['kimi-k2', 65.8],
    ]);
  });
});
