import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '../db/client';
import { noteRefs, notes, organizations, sources } from '../db/schema';
import { perVersion } from './memo';

export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  kind: string;
  published: string | null;
  retrieved: string | null;
}

export interface OrganizationRef {
  id: string;
  name: string;
}

export interface NoteView {
  id: string;
  kind: 'conflict' | 'correction' | 'caveat';
  title: string;
  body: string;
}

export const getSourceMap = perVersion('sourceMap', (version): Map<string, SourceRef> => {
  const rows = getDb()
    .select({
      id: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      url: sources.url,
      kind: sources.kind,
      published: sources.published,
      retrieved: sources.retrieved,
    })
    .from(sources)
    .where(eq(sources.version, version))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
});

export const getOrganizationMap = perVersion('organizationMap', (version): Map<string, OrganizationRef> => {
  const rows = getDb()
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.version, version))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
});

/** A source we cannot resolve should never happen after validation; show it plainly if it does. */
export function sourceOrPlaceholder(map: Map<string, SourceRef>, id: string): SourceRef {
  return map.get(id) ?? { id, title: id, publisher: 'unknown', url: null, kind: 'article', published: null, retrieved: null };
}

export interface NoteIndex {
  /** Notes about one model's value on one benchmark. */
  forScore(model: string, benchmark: string): NoteView[];
  forSpec(model: string, field: string): NoteView[];
  forPrice(model: string, kind: string): NoteView[];
  byBenchmark: Map<string, NoteView[]>;
  byModel: Map<string, NoteView[]>;
  byPlan: Map<string, NoteView[]>;
  bySource: Map<string, NoteView[]>;
  all: NoteView[];
}

function push<K>(map: Map<K, NoteView[]>, key: K, note: NoteView) {
  const list = map.get(key);
  if (!list) map.set(key, [note]);
  else if (!list.some((n) => n.id === note.id)) list.push(note);
}

export const getNoteIndex = perVersion('noteIndex', (version): NoteIndex => {
  const db = getDb();
  const noteRows = db.select().from(notes).where(eq(notes.version, version)).orderBy(notes.ordinal).all();
  const refRows = db.select().from(noteRefs).where(eq(noteRefs.version, version)).all();
  const byId = new Map<string, NoteView>(
    noteRows.map((n) => [n.id, { id: n.id, kind: n.kind as NoteView['kind'], title: n.title, body: n.body }]),
  );
  const pairKey = (a: string, b: string) => `${a}\u0000${b}`;
  const byModelBenchmark = new Map<string, NoteView[]>();
  const byModelSpec = new Map<string, NoteView[]>();
  const byModelPrice = new Map<string, NoteView[]>();
  const index: NoteIndex = {
    forScore: (model, benchmark) => byModelBenchmark.get(pairKey(model, benchmark)) ?? [],
    forSpec: (model, field) => byModelSpec.get(pairKey(model, field)) ?? [],
    forPrice: (model, kind) => byModelPrice.get(pairKey(model, kind)) ?? [],
    byBenchmark: new Map(),
    byModel: new Map(),
    byPlan: new Map(),
    bySource: new Map(),
    all: [...byId.values()],
  };
  for (const r of refRows) {
    const note = byId.get(r.noteId);
    if (!note) continue;
    if (r.modelId && r.benchmarkId) push(byModelBenchmark, pairKey(r.modelId, r.benchmarkId), note);
    else if (r.benchmarkId) push(index.byBenchmark, r.benchmarkId, note);
    if (r.modelId && r.specField) push(byModelSpec, pairKey(r.modelId, r.specField), note);
    if (r.modelId && r.priceKind) push(byModelPrice, pairKey(r.modelId, r.priceKind), note);
    if (r.modelId) push(index.byModel, r.modelId, note);
    if (r.planId) push(index.byPlan, r.planId, note);
    if (r.sourceId) push(index.bySource, r.sourceId, note);
  }
  return index;
});
