/**
 * Rules that span files of one data version: unique ids, references that resolve,
 * units that hold, and disagreements that are explained. Each issue names the file and
 * the JSON path of the offending value so the author can go straight to it.
 */
import {
  conflictingPairs,
  groupIndices,
  priceGroupKey,
  pricesConflict,
  scoreGroupKey,
  scoresConflict,
  specGroupKey,
  specsConflict,
} from './rules';
import type { DataFileName, Dataset, Note, NoteRef } from './schema';

export interface FileIssue {
  file: DataFileName;
  path: string;
  message: string;
}

type IdKind = 'source' | 'organization' | 'model' | 'benchmark' | 'gpu' | 'plan';
type Ids = Record<IdKind, Set<string>>;
type AddIssue = (file: DataFileName, path: string, message: string) => void;
/** Reports `value` at `path` unless it is a known id of `kind`; undefined (not given) passes. */
type CheckRef = (file: DataFileName, path: string, kind: IdKind, value: string | undefined) => void;

export function crossFileIssues(d: Dataset, folderName: string): FileIssue[] {
  const issues: FileIssue[] = [];
  const add: AddIssue = (file, path, message) => issues.push({ file, path, message });

  if (d.manifest.id !== folderName) {
    add('manifest.json', '$.id', `is "${d.manifest.id}" but the folder is "${folderName}"; they must match`);
  }
  const ids = collectIds(d, add);
  const ref: CheckRef = (file, path, kind, value) => {
    if (value !== undefined && !ids[kind].has(value)) add(file, path, `unknown ${kind} "${value}"`);
  };
  checkCatalogueReferences(d, ref, add);
  checkListReferences(d, ref);
  checkVariantChains(d, add);
  checkScoreValues(d, add);
  checkValueGroups(d, add);
  return issues;
}

/** Every id, per kind, each duplicate reported; history events and notes must have unique ids too. */
function collectIds(d: Dataset, add: AddIssue): Ids {
  const unique = (file: DataFileName, rows: ReadonlyArray<{ id: string }>, what: string, seen = new Set<string>()) => {
    rows.forEach((row, i) => {
      if (seen.has(row.id)) add(file, `$[${i}].id`, `duplicate ${what} id "${row.id}"`);
      seen.add(row.id);
    });
    return seen;
  };
  const ids: Ids = {
    source: unique('sources.json', d.sources, 'source'),
    organization: unique('organizations.json', d.organizations, 'organization'),
    model: unique('models.json', d.models, 'model'),
    benchmark: unique('benchmarks.json', d.benchmarks, 'benchmark'),
    gpu: unique('gpus.json', d.gpus, 'gpu'),
    plan: unique('plans.json', d.plans, 'plan'),
  };
  unique('history.json', d.history, 'history event');
  unique('notes.json', d.notes, 'note');
  return ids;
}

/** References from the models, benchmarks, specs and scores. */
function checkCatalogueReferences(d: Dataset, ref: CheckRef, add: AddIssue) {
  d.models.forEach((m, i) => {
    ref('models.json', `$[${i}].organization`, 'organization', m.organization);
    ref('models.json', `$[${i}].variantOf`, 'model', m.variantOf);
    ref('models.json', `$[${i}].launchSource`, 'source', m.launchSource);
    if (m.launchSource !== undefined && !d.scores.some((s) => s.model === m.id && s.source === m.launchSource)) {
      add('models.json', `$[${i}].launchSource`, `source "${m.launchSource}" gives no score of ${m.id}`);
    }
  });
  d.benchmarks.forEach((b, i) => {
    ref('benchmarks.json', `$[${i}].parent`, 'benchmark', b.parent);
    if (b.parent === b.id) add('benchmarks.json', `$[${i}].parent`, 'a benchmark cannot be its own parent');
  });
  d.specs.forEach((s, i) => {
    ref('specs.json', `$[${i}].model`, 'model', s.model);
    ref('specs.json', `$[${i}].source`, 'source', s.source);
  });
  d.scores.forEach((s, i) => {
    ref('scores.json', `$[${i}].model`, 'model', s.model);
    ref('scores.json', `$[${i}].benchmark`, 'benchmark', s.benchmark);
    ref('scores.json', `$[${i}].source`, 'source', s.source);
    ref('scores.json', `$[${i}].settings.opponent`, 'model', s.settings.opponent);
  });
}

/** References from prices, plans, GPUs, hardware, history and notes. */
function checkListReferences(d: Dataset, ref: CheckRef) {
  d.prices.forEach((p, i) => {
    ref('prices.json', `$[${i}].model`, 'model', p.model);
    ref('prices.json', `$[${i}].provider`, 'organization', p.provider);
    ref('prices.json', `$[${i}].source`, 'source', p.source);
  });
  d.plans.forEach((p, i) => {
    ref('plans.json', `$[${i}].provider`, 'organization', p.provider);
    ref('plans.json', `$[${i}].source`, 'source', p.source);
    p.models.forEach((m, j) => ref('plans.json', `$[${i}].models[${j}]`, 'model', m));
  });
  d.gpus.forEach((g, i) => ref('gpus.json', `$[${i}].source`, 'source', g.source));
  d.hardware.forEach((h, i) => {
    ref('hardware.json', `$[${i}].model`, 'model', h.model);
    ref('hardware.json', `$[${i}].gpu`, 'gpu', h.gpu);
    ref('hardware.json', `$[${i}].source`, 'source', h.source);
  });
  d.history.forEach((h, i) => {
    ref('history.json', `$[${i}].model`, 'model', h.model);
    ref('history.json', `$[${i}].source`, 'source', h.source);
  });
  d.notes.forEach((n, i) =>
    n.refs.forEach((r, j) => {
      const at = `$[${i}].refs[${j}]`;
      ref('notes.json', `${at}.model`, 'model', r.model);
      ref('notes.json', `${at}.benchmark`, 'benchmark', r.benchmark);
      ref('notes.json', `${at}.plan`, 'plan', r.plan);
      ref('notes.json', `${at}.source`, 'source', r.source);
    }),
  );
}

/** Variant chains must end: a cycle would make "family" pages loop. */
function checkVariantChains(d: Dataset, add: AddIssue) {
  const parentOf = new Map(d.models.map((m) => [m.id, m.variantOf]));
  d.models.forEach((m, i) => {
    const seen = new Set<string>([m.id]);
    let cur = m.variantOf;
    while (cur !== undefined) {
      if (seen.has(cur)) {
        add('models.json', `$[${i}].variantOf`, `variant chain loops back to "${cur}"`);
        break;
      }
      seen.add(cur);
      cur = parentOf.get(cur);
    }
  });
}

/** Percentages within 0-100, and a win rate naming what it was won against. */
function checkScoreValues(d: Dataset, add: AddIssue) {
  const benchmarkById = new Map(d.benchmarks.map((b) => [b.id, b]));
  d.scores.forEach((s, i) => {
    const b = benchmarkById.get(s.benchmark);
    if (b?.unit !== '%') return;
    if (s.value < 0 || s.value > 100) add('scores.json', `$[${i}].value`, `${s.value} is outside 0-100 for a percentage benchmark`);
    if (s.upper !== undefined && (s.upper < 0 || s.upper > 100)) {
      add('scores.json', `$[${i}].upper`, `${s.upper} is outside 0-100 for a percentage benchmark`);
    }
  });
  d.scores.forEach((s, i) => {
    if (s.benchmark === 'cc-bench' || s.settings.metric === 'win rate') {
      if (s.settings.opponent === undefined) add('scores.json', `$[${i}].settings.opponent`, 'a win rate must name its opponent');
    }
  });
}

/** Scores, specs and prices: duplicates, preferred values and conflicts per group (checkGroups). */
function checkValueGroups(d: Dataset, add: AddIssue) {
  const sameSettings = (a: object, b: object) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
  checkGroups(
    'scores.json',
    d.scores,
    scoreGroupKey,
    scoresConflict,
    (a, b) => a.source === b.source && sameSettings(a.settings, b.settings) && a.locator === b.locator && a.value === b.value,
    (s) => ({ model: s.model, benchmark: s.benchmark }),
    (s) => `${s.model} on ${s.benchmark}`,
    d.notes,
    add,
  );
  checkGroups(
    'specs.json',
    d.specs,
    specGroupKey,
    specsConflict,
    (a, b) => a.source === b.source && a.value === b.value && a.locator === b.locator,
    (s) => ({ model: s.model, specField: s.field }),
    (s) => `${s.model} ${s.field}${s.qualifier ? ` (${s.qualifier})` : ''}`,
    d.notes,
    add,
  );
  checkGroups(
    'prices.json',
    d.prices,
    priceGroupKey,
    pricesConflict,
    (a, b) => a.source === b.source && a.value === b.value && a.locator === b.locator,
    (p) => ({ model: p.model, priceKind: p.kind }),
    (p) => `${p.model} ${p.kind} price from ${p.provider}${p.condition ? ` (${p.condition})` : ''}`,
    d.notes,
    add,
  );
}

function sortKeys(value: object): object {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

function noteCovers(notes: readonly Note[], wanted: NoteRef): boolean {
  return notes.some((n) =>
    n.refs.some((r) => (Object.keys(wanted) as Array<keyof NoteRef>).every((k) => r[k] === wanted[k])),
  );
}

/**
 * For each group of rows answering the same question: no exact duplicates; exactly one
 * preferred row when the group has several; a disputed row always explained by a note;
 * and every disagreement explained by a note the user will see.
 */
function checkGroups<T extends { preferred?: true | undefined; disputed?: true | undefined }>(
  file: DataFileName,
  rows: readonly T[],
  key: (row: T) => string,
  conflict: (a: T, b: T) => boolean,
  duplicate: (a: T, b: T) => boolean,
  noteRef: (row: T) => NoteRef,
  describe: (row: T) => string,
  notes: readonly Note[],
  add: AddIssue,
) {
  for (const indices of groupIndices(rows, key).values()) {
    const first = rows[indices[0]!]!;
    for (let x = 0; x < indices.length; x++) {
      for (let y = 0; y < x; y++) {
        if (duplicate(rows[indices[x]!]!, rows[indices[y]!]!)) {
          add(file, `$[${indices[x]}]`, `duplicates row ${indices[y]} (${describe(first)})`);
        }
      }
    }
    const preferred = indices.filter((i) => rows[i]!.preferred);
    const undisputed = indices.filter((i) => !rows[i]!.disputed);
    if (preferred.length > 1) {
      for (const i of preferred.slice(1)) {
        add(file, `$[${i}].preferred`, `only one row may be preferred for ${describe(first)}; row ${preferred[0]} already is`);
      }
    } else if (preferred.length === 0 && undisputed.length > 1) {
      add(file, `$[${indices[0]}].preferred`, `${indices.length} rows give ${describe(first)} (rows ${indices.join(', ')}); mark one "preferred": true`);
    }
    for (const i of indices) {
      if (rows[i]!.disputed && !noteCovers(notes, noteRef(rows[i]!))) {
        add(file, `$[${i}].disputed`, `a disputed value needs a note in notes.json referring to ${JSON.stringify(noteRef(rows[i]!))}`);
      }
    }
    const pairs = conflictingPairs(rows, indices, conflict);
    if (pairs.length > 0 && !noteCovers(notes, noteRef(first))) {
      const [i, j] = pairs[0]!;
      add(
        file,
        `$[${j}]`,
        `disagrees with row ${i} on ${describe(first)}; explain it in notes.json with a note referring to ${JSON.stringify(noteRef(first))}`,
      );
    }
  }
}
