/**
 * npm run data:report [-- <version>]
 * Counts of a data version per model, per benchmark and per source, then every conflict: groups
 * of values that answer the same question under compatible settings but disagree, with the
 * value shown and the note users read. Defaults to the latest version.
 */
import path from 'node:path';
import { formatIssue, loadAll } from '../lib/data/load';
import {
  conflictingPairs,
  groupIndices,
  headlineIndex,
  priceGroupKey,
  pricesConflict,
  scoreGroupKey,
  scoresConflict,
  specGroupKey,
  specsConflict,
} from '../lib/data/rules';
import type { Dataset, Note, NoteRef } from '../lib/data/schema';
import { dataRoot } from '../lib/db/path';

const result = loadAll(dataRoot());
if (!result.ok) {
  for (const issue of result.issues) console.log(formatIssue(issue));
  console.error('\ndata:report: fix the data first (npm run data:check).');
  process.exit(1);
}
const wanted = process.argv[2];
const dataset = wanted ? result.datasets.find((d) => d.manifest.id === wanted) : result.datasets[result.datasets.length - 1];
if (!dataset) {
  console.error(`data:report: no version "${wanted}"; have ${result.datasets.map((d) => d.manifest.id).join(', ')}`);
  process.exit(1);
}

function count<T>(rows: readonly T[], key: (r: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return m;
}

function table(title: string, counts: Map<string, number>, label: (id: string) => string) {
  const rows = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  console.log(`\n## ${title} (${rows.length})`);
  const width = Math.max(...rows.map(([id]) => label(id).length), 10);
  for (const [id, n] of rows) console.log(`${label(id).padEnd(width)}  ${String(n).padStart(5)}`);
}

function noteFor(notes: readonly Note[], wantedRef: NoteRef): Note[] {
  return notes.filter((n) =>
    n.refs.some((r) => (Object.keys(wantedRef) as Array<keyof NoteRef>).every((k) => r[k] === wantedRef[k])),
  );
}

function report(d: Dataset) {
  const models = new Map(d.models.map((m) => [m.id, m.name]));
  const benchmarks = new Map(d.benchmarks.map((b) => [b.id, b.name]));
  const sources = new Map(d.sources.map((s) => [s.id, s.title]));
  console.log(`# Data version ${d.manifest.id}: ${d.manifest.title}`);
  console.log(
    `${d.scores.length} score rows, ${d.specs.length} spec rows, ${d.prices.length} prices, ${d.hardware.length} hardware rows, ${d.plans.length} plans, ` +
      `${d.models.length} models (${new Set(d.scores.map((s) => s.model)).size} with scores), ${d.benchmarks.length} benchmarks, ${d.sources.length} sources, ${d.notes.length} notes`,
  );
  const exactness = count(d.scores, (s) => s.exactness);
  console.log(
    `exactness of scores: ${[...exactness].map(([k, v]) => `${k} ${v}`).join(', ')}; disputed ${d.scores.filter((s) => s.disputed).length}`,
  );
  table(
    'Scores per model',
    count(d.scores, (s) => s.model),
    (id) => `${models.get(id) ?? id} (${id})`,
  );
  table(
    'Scores per benchmark',
    count(d.scores, (s) => s.benchmark),
    (id) => `${benchmarks.get(id) ?? id} (${id})`,
  );
  const sourced = [...d.scores, ...d.specs, ...d.prices, ...d.hardware, ...d.plans, ...d.history];
  table(
    'Sourced values per source (scores, specs, prices, hardware, plans, history)',
    count(sourced, (r) => r.source),
    (id) => `${sources.get(id) ?? id} [${id}]`,
  );

  console.log('\n## Conflicts');
  let total = 0;
  const section = <T extends { preferred?: true; disputed?: true; source: string; text?: string | undefined }>(
    label: string,
    rows: readonly T[],
    key: (r: T) => string,
    conflict: (a: T, b: T) => boolean,
    describe: (r: T) => string,
    value: (r: T) => string,
    ref: (r: T) => NoteRef,
  ) => {
    for (const indices of groupIndices(rows, key).values()) {
      if (conflictingPairs(rows, indices, conflict).length === 0) continue;
      total++;
      const first = rows[indices[0]!]!;
      const shown = headlineIndex(rows, indices);
      console.log(`\n[${label}] ${describe(first)}`);
      for (const i of indices) {
        const r = rows[i]!;
        console.log(
          `  ${i === shown ? '*' : ' '} ${value(r).padEnd(28)} ${r.disputed ? '(disputed) ' : ''}${sources.get(r.source) ?? r.source}`,
        );
      }
      for (const n of noteFor(d.notes, ref(first))) console.log(`    note ${n.id}: ${n.title}`);
    }
  };
  const settings = (s: (typeof d.scores)[number]) =>
    Object.entries(s.settings)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
  section(
    'score',
    d.scores,
    scoreGroupKey,
    scoresConflict,
    (s) => `${models.get(s.model) ?? s.model} on ${benchmarks.get(s.benchmark) ?? s.benchmark}`,
    (s) => `${s.exactness === 'exact' ? s.value : (s.text ?? s.value)} ${settings(s)}`.trim(),
    (s) => ({ model: s.model, benchmark: s.benchmark }),
  );
  section(
    'spec',
    d.specs,
    specGroupKey,
    specsConflict,
    (s) => `${models.get(s.model) ?? s.model}: ${s.field}${s.qualifier ? ` (${s.qualifier})` : ''}`,
    (s) => String(s.exactness === 'exact' ? s.value : (s.text ?? s.value)),
    (s) => ({ model: s.model, specField: s.field }),
  );
  section(
    'price',
    d.prices,
    priceGroupKey,
    pricesConflict,
    (p) => `${models.get(p.model) ?? p.model}: ${p.kind} from ${p.provider}${p.condition ? ` (${p.condition})` : ''}`,
    (p) => `${p.exactness === 'exact' ? p.value : (p.text ?? p.value)} ${p.currency}`,
    (p) => ({ model: p.model, priceKind: p.kind }),
  );
  console.log(`\n${total} conflicts (* marks the value shown).`);
}

report(dataset);
console.log(`\n(data root: ${path.relative(process.cwd(), dataRoot()) || '.'})`);
