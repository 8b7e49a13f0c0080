import 'server-only';
import { asc, count, eq } from 'drizzle-orm';
import { getDb } from '../db/client';
import { models, scores, sources, versions } from '../db/schema';
import { memo } from './memo';

export interface VersionInfo {
  id: string;
  date: string;
  title: string;
  summary: string;
  ordinal: number;
}

export function getVersions(): VersionInfo[] {
  return memo('versions', () => getDb().select().from(versions).orderBy(asc(versions.ordinal)).all());
}

export interface ResolvedVersion {
  version: VersionInfo;
  latest: VersionInfo;
  isLatest: boolean;
  /** The requested id when it named no version (the latest is used instead). */
  unknown?: string;
}

/** The version a request asked for, falling back to the latest; never throws for a bad id. */
export function resolveVersion(requested: string | undefined): ResolvedVersion {
  const all = getVersions();
  const latest = all[all.length - 1];
  if (!latest) throw new Error('The database holds no data version. Run `npm run db:build`.');
  const found = requested === undefined ? undefined : all.find((v) => v.id === requested);
  const version = found ?? latest;
  return {
    version,
    latest,
    isLatest: version.id === latest.id,
    ...(requested !== undefined && !found ? { unknown: requested } : {}),
  };
}

export interface VersionCounts {
  models: number;
  scores: number;
  sources: number;
}

/** How many models, sourced scores and sources a version holds (the site's headline figures). */
export function getVersionCounts(version: string): VersionCounts {
  return memo(`counts:${version}`, () => {
    const db = getDb();
    const n = (table: typeof models | typeof scores | typeof sources) =>
      db.select({ n: count() }).from(table).where(eq(table.version, version)).get()?.n ?? 0;
    return { models: n(models), scores: n(scores), sources: n(sources) };
  });
}
