import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '../db/client';
import { benchmarks, models, notes, prices, scores, sources, specs } from '../db/schema';
import { formatPrice, formatScore } from '../format';
import { formatSpec } from './models';
import type { SpecField } from '../data/schema';

/**
 * What changed between two data versions, value by value. A value's identity is what it is a
 * claim about plus where it comes from (model, benchmark, settings and source for a score), so
 * a source revising its number shows as "changed", and a new source as "added".
 */
export interface ValueChange {
  kind: 'score' | 'spec' | 'price';
  modelId: string;
  modelName: string;
  /** Benchmark name, spec label or price kind. */
  subject: string;
  /** Settings, qualifier or condition that tell this value from its neighbours. */
  detail: string;
  sourceTitle: string;
  before: string | null;
  after: string | null;
  /** What else changed: "now disputed", "now shown", … */
  flags: string[];
}

export interface EntityChange {
  kind: 'model' | 'benchmark' | 'source' | 'note';
  id: string;
  label: string;
}

export interface VersionDiff {
  from: string;
  to: string;
  added: ValueChange[];
  removed: ValueChange[];
  changed: ValueChange[];
  entitiesAdded: EntityChange[];
  entitiesRemoved: EntityChange[];
}

interface Keyed {
  key: string;
  change: Omit<ValueChange, 'before' | 'after' | 'flags'>;
  display: string;
  disputed: boolean;
  headline: boolean;
}

function loadValues(version: string): Map<string, Keyed> {
  const db = getDb();
  const modelNames = new Map(
    db
      .select({ id: models.id, name: models.name })
      .from(models)
      .where(eq(models.version, version))
      .all()
      .map((m) => [m.id, m.name]),
  );
  const benchmarkRows = db
    .select({ id: benchmarks.id, name: benchmarks.name, unit: benchmarks.unit })
    .from(benchmarks)
    .where(eq(benchmarks.version, version))
    .all();
  const bench = new Map(benchmarkRows.map((b) => [b.id, b]));
  const sourceTitles = new Map(
    db
      .select({ id: sources.id, title: sources.title })
      .from(sources)
      .where(eq(sources.version, version))
      .all()
      .map((s) => [s.id, s.title]),
  );
  const out = new Map<string, Keyed>();
  const put = (k: Keyed) => {
    // Two identical claims from one source (rare: two tables) stay apart by position.
    let key = k.key;
    for (let n = 2; out.has(key); n++) key = `${k.key}#${n}`;
    out.set(key, { ...k, key });
  };
  for (const s of db.select().from(scores).where(eq(scores.version, version)).all()) {
    const settings = [
      s.thinking && `thinking ${s.thinking}`,
      s.tools === true ? 'with tools' : s.tools === false ? 'no tools' : null,
      s.harness,
      s.metric,
      s.window,
      s.context,
      s.opponentId && `vs ${s.opponentId}`,
      s.effort,
    ]
      .filter(Boolean)
      .join(', ');
    put({
      key: `score|${s.modelId}|${s.benchmarkId}|${settings}|${s.sourceId}`,
      change: {
        kind: 'score',
        modelId: s.modelId,
        modelName: modelNames.get(s.modelId) ?? s.modelId,
        subject: bench.get(s.benchmarkId)?.name ?? s.benchmarkId,
        detail: settings,
        sourceTitle: sourceTitles.get(s.sourceId) ?? s.sourceId,
      },
      display: formatScore(s, bench.get(s.benchmarkId)?.unit ?? '%'),
      disputed: s.disputed,
      headline: s.isHeadline,
    });
  }
  for (const s of db.select().from(specs).where(eq(specs.version, version)).all()) {
    const value = s.valueNumber ?? s.valueText ?? '';
    put({
      key: `spec|${s.modelId}|${s.field}|${s.qualifier ?? ''}|${s.sourceId}`,
      change: {
        kind: 'spec',
        modelId: s.modelId,
        modelName: modelNames.get(s.modelId) ?? s.modelId,
        subject: s.field,
        detail: s.qualifier ?? '',
        sourceTitle: sourceTitles.get(s.sourceId) ?? s.sourceId,
      },
      display: formatSpec(s.field as SpecField, value, s.exactness, s.text, s.upper),
      disputed: s.disputed,
      headline: s.isHeadline,
    });
  }
  for (const p of db.select().from(prices).where(eq(prices.version, version)).all()) {
    put({
      key: `price|${p.modelId}|${p.providerId}|${p.kind}|${p.condition ?? ''}|${p.unit}|${p.currency}|${p.sourceId}`,
      change: {
        kind: 'price',
        modelId: p.modelId,
        modelName: modelNames.get(p.modelId) ?? p.modelId,
        subject: `${p.kind} price`,
        detail: [p.providerId, p.condition].filter(Boolean).join(', '),
        sourceTitle: sourceTitles.get(p.sourceId) ?? p.sourceId,
      },
      display: `${formatPrice(p)} ${p.currency}`,
      disputed: p.disputed,
      headline: p.isHeadline,
    });
  }
  return out;
}

function loadEntities(version: string): Map<string, EntityChange> {
  const db = getDb();
  const out = new Map<string, EntityChange>();
  for (const m of db.select({ id: models.id, name: models.name }).from(models).where(eq(models.version, version)).all())
    out.set(`model|${m.id}`, { kind: 'model', id: m.id, label: m.name });
  for (const b of db
    .select({ id: benchmarks.id, name: benchmarks.name })
    .from(benchmarks)
    .where(eq(benchmarks.version, version))
    .all())
    out.set(`benchmark|${b.id}`, { kind: 'benchmark', id: b.id, label: b.name });
  for (const s of db.select({ id: sources.id, title: sources.title }).from(sources).where(eq(sources.version, version)).all())
    out.set(`source|${s.id}`, { kind: 'source', id: s.id, label: s.title });
  for (const n of db.select({ id: notes.id, title: notes.title }).from(notes).where(eq(notes.version, version)).all())
    out.set(`note|${n.id}`, { kind: 'note', id: n.id, label: n.title });
  return out;
}

export function diffVersions(from: string, to: string): VersionDiff {
  const before = loadValues(from);
  const after = loadValues(to);
  const added: ValueChange[] = [];
  const removed: ValueChange[] = [];
  const changed: ValueChange[] = [];
  for (const [key, b] of before) {
    const a = after.get(key);
    if (!a) {
      removed.push({ ...b.change, before: b.display, after: null, flags: [] });
      continue;
    }
    const flags: string[] = [];
    if (a.disputed !== b.disputed) flags.push(a.disputed ? 'now disputed' : 'no longer disputed');
    if (a.headline !== b.headline) flags.push(a.headline ? 'now the value shown' : 'no longer the value shown');
    if (a.display !== b.display || flags.length > 0) changed.push({ ...a.change, before: b.display, after: a.display, flags });
  }
  for (const [key, a] of after)
    if (!before.has(key)) added.push({ ...a.change, before: null, after: a.display, flags: a.disputed ? ['disputed'] : [] });
  const eb = loadEntities(from);
  const ea = loadEntities(to);
  return {
    from,
    to,
    added,
    removed,
    changed,
    entitiesAdded: [...ea].filter(([k]) => !eb.has(k)).map(([, v]) => v),
    entitiesRemoved: [...eb].filter(([k]) => !ea.has(k)).map(([, v]) => v),
  };
}
