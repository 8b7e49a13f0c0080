import { beforeAll, describe, expect, it } from 'vitest';
import { getOlderOnlySources } from '@/lib/queries/sources';
import { copyFixtureData, editFile } from './support/fixture';
import { useFixtureDatabase } from './support/fixture-db';

// A source cited by the older version only: /sources must still have an anchor for it.
beforeAll(() => {
  const root = copyFixtureData();
  editFile<Array<Record<string, unknown>>>(root, '2025-01', 'sources.json', (rows) => {
    rows.push({
      id: 'old-leaderboard',
      title: 'An old leaderboard',
      publisher: 'Board',
      url: 'https://example.org/old',
      kind: 'leaderboard',
      retrieved: '2025-01-15',
    });
  });
  editFile<Array<Record<string, unknown>>>(root, '2025-01', 'scores.json', (rows) => {
    rows.push({ model: 'kimi-k2', benchmark: 'composite', value: 50, source: 'old-leaderboard' });
  });
  useFixtureDatabase(root);
});

describe('sources only older versions cite', () => {
  it('lists them with the version that last held them and that version’s counts', () => {
    const older = getOlderOnlySources('2025-02');
    expect(older).toHaveLength(1);
    expect(older[0]).toMatchObject({ id: 'old-leaderboard', lastVersion: '2025-01', kind: 'leaderboard', citedRows: 1 });
    expect(older[0]?.usage.scores).toBe(1);
    expect(older[0]?.models.map((m) => m.id)).toEqual(['kimi-k2']);
  });

  it('lists nothing for the oldest version', () => {
    expect(getOlderOnlySources('2025-01')).toEqual([]);
  });
});
