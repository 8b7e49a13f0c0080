import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadAll } from '@/lib/data/load';
import { buildDatabase } from '@/lib/db/build';
import { FIXTURE_DATA } from './fixture';

/**
 * Builds the fixture dataset into a fresh database and points the app's handle at it.
 * Call before the first query (the handle opens lazily on first use).
 */
export function useFixtureDatabase(dataRoot = FIXTURE_DATA): string {
  const result = loadAll(dataRoot);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.file}: ${i.path}: ${i.message}`).join('\n'));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'glm-q-')), 'fixture.db');
  buildDatabase(file, result.datasets);
  process.env.DATABASE_PATH = file;
  return file;
}
