/**
 * /compare permalinks for the measurements: the warm one (the same URL every time) and an
 * endless supply of cold ones (valid views never asked for before), drawn from what the
 * database holds so they work on the real data and on the synthetic datasets alike.
 */
import Database from 'better-sqlite3';
import { prng } from './server';

export const WARM_MODELS = ['glm-4.5', 'glm-4.6', 'kimi-k2'];
export const WARM_BENCHMARKS = ['swe-bench-verified', 'hle', 'aime-2025'];

export interface Catalog {
  version: string;
  /** Models and benchmarks of the latest version that have at least one score. */
  models: string[];
  benchmarks: string[];
  scoreRows: number;
}

export function readCatalog(databaseFile: string): Catalog {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const latest = db.prepare('SELECT id FROM versions ORDER BY ordinal DESC LIMIT 1').get() as { id: string } | undefined;
    if (!latest) throw new Error(`${databaseFile} holds no data version`);
    const ids = (sql: string) => (db.prepare(sql).all(latest.id) as Array<{ id: string }>).map((r) => r.id);
    const models = ids('SELECT DISTINCT model_id AS id FROM scores WHERE version = ? ORDER BY model_id');
    const benchmarks = ids('SELECT DISTINCT benchmark_id AS id FROM scores WHERE version = ? ORDER BY benchmark_id');
    const { n } = db.prepare('SELECT count(*) AS n FROM scores WHERE version = ?').get(latest.id) as { n: number };
    return { version: latest.id, models, benchmarks, scoreRows: n };
  } finally {
    db.close();
  }
}

export function warmCompareUrl(version: string): string {
  return `/compare?models=${WARM_MODELS.join('~')}&benchmarks=${WARM_BENCHMARKS.join('~')}&sort=-swe-bench-verified&v=${version}`;
}

export function warmApiUrl(version: string): string {
  return `/api/v1/scores?models=${WARM_MODELS.join('~')}&benchmarks=${WARM_BENCHMARKS.join('~')}&v=${version}`;
}

function pick<T>(random: () => number, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    const i = Math.floor(random() * pool.length);
    out.push(pool.splice(i, 1)[0]!);
  }
  return out;
}

/**
 * A generator of distinct valid /compare URLs: 2-6 models, 2-6 benchmarks, a sort (none, by
 * name or by one of the benchmarks, either way), sometimes setting variants as columns, the version
 * pinned. Never returns the same URL twice (nor the warm one).
 */
export function coldCompareUrls(catalog: Catalog, seed = 1): () => string {
  const random = prng(seed);
  const seen = new Set<string>([warmCompareUrl(catalog.version)]);
  return () => {
    for (;;) {
      const models = pick(random, catalog.models, 2 + Math.floor(random() * 5));
      const benchmarks = pick(random, catalog.benchmarks, 2 + Math.floor(random() * 5));
      const r = random();
      const column = r < 0.15 ? 'name' : r < 0.3 ? null : benchmarks[Math.floor(random() * benchmarks.length)]!;
      const sort = column === null ? '' : `&sort=${random() < 0.5 ? '-' : ''}${column}`;
      const variants = (column === null || column === 'name') && random() < 0.3 ? '&variants=1' : '';
      const url = `/compare?models=${models.join('~')}&benchmarks=${benchmarks.join('~')}${variants}${sort}&v=${catalog.version}`;
      if (seen.has(url)) continue;
      seen.add(url);
      return url;
    }
  };
}
