/**
 * npm run bench uses this; by hand: tsx scripts/synthetic-data.ts <factor> <out-dir>
 *
 * Writes a valid data folder whose latest version is `factor` times larger in models x
 * benchmarks than the real one, to measure how the app scales. Models are cloned `a` times
 * and benchmarks `b` times (a x b = factor; 10 = 5 x 2, 100 = 10 x 10) under suffixed ids
 * (glm-4.6-x3, hle-y2); each clone pair gets a copy of the original pair's score rows, and the
 * notes, specs, prices and hardware rows that go with them, so every rule the validator
 * checks (preferred values, explained conflicts) holds for the clones as it does for the
 * originals. Older versions are copied as they are. Original ids stay, so the same permalink
 * selects the same view on every dataset.
 *
 * For benchmarking only: it refuses to write inside data/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listVersionDirs } from '../lib/data/load';
import { dataRoot } from '../lib/db/path';

type Row = Record<string, unknown>;

export interface SyntheticSummary {
  factor: number;
  modelCopies: number;
  benchmarkCopies: number;
  version: string;
  models: number;
  benchmarks: number;
  scores: number;
  notes: number;
}

/** Splits a factor into model and benchmark copies whose product is the factor, as square as possible. */
export function splitFactor(factor: number): [number, number] {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number >= 1, got ${factor}`);
  let b = Math.floor(Math.sqrt(factor));
  while (factor % b !== 0) b--;
  return [factor / b, b];
}

function readRows(dir: string, file: string): Row[] {
  const value: unknown = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  if (!Array.isArray(value)) throw new Error(`${path.join(dir, file)} is not an array`);
  return value as Row[];
}

const str = (row: Row, key: string): string | undefined => (typeof row[key] === 'string' ? (row[key] as string) : undefined);

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export function generateSynthetic(factor: number, outRoot: string, sourceRoot = dataRoot()): SyntheticSummary {
  const out = path.resolve(outRoot);
  const realData = fs.realpathSync(sourceRoot);
  const projectData = path.resolve(__dirname, '..', 'data');
  for (const forbidden of [realData, projectData]) {
    if (isInside(out, forbidden) || (fs.existsSync(out) && isInside(fs.realpathSync(out), forbidden))) {
      throw new Error(`refusing to write synthetic data inside ${forbidden}`);
    }
  }
  const dirs = listVersionDirs(sourceRoot);
  const latestDir = dirs[dirs.length - 1];
  if (!latestDir) throw new Error(`no data version under ${sourceRoot}`);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  for (const dir of dirs.slice(0, -1)) fs.cpSync(dir, path.join(out, path.basename(dir)), { recursive: true });

  const [modelCopies, benchmarkCopies] = splitFactor(factor);
  const version = path.basename(latestDir);
  const target = path.join(out, version);
  fs.mkdirSync(target);

  const modelIds = new Set(readRows(latestDir, 'models.json').map((m) => str(m, 'id')));
  const benchmarkIds = new Set(readRows(latestDir, 'benchmarks.json').map((b) => str(b, 'id')));
  const modelId = (id: string, a: number) => (a === 0 || !modelIds.has(id) ? id : `${id}-x${a}`);
  const benchmarkId = (id: string, c: number) => (c === 0 || !benchmarkIds.has(id) ? id : `${id}-y${c}`);
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);

  const files: Record<string, Row[]> = {};
  // The first copy is the original; the others get new ids and names, and point at the same copy of their parent.
  const copyRows = (file: string, copies: number, idOf: (id: string, copy: number) => string, parentKey: string) =>
    range(copies).flatMap((copy) =>
      readRows(latestDir, file).map((row) => {
        if (copy === 0) return row;
        const parent = str(row, parentKey);
        return {
          ...row,
          id: idOf(str(row, 'id')!, copy),
          name: `${str(row, 'name')} #${copy}`,
          ...(parent ? { [parentKey]: idOf(parent, copy) } : {}),
        };
      }),
    );
  const models = copyRows('models.json', modelCopies, modelId, 'variantOf');
  const benchmarks = copyRows('benchmarks.json', benchmarkCopies, benchmarkId, 'parent');
  // Rows of one model: one copy per model clone.
  for (const file of ['specs.json', 'prices.json', 'hardware.json']) {
    const rows = readRows(latestDir, file);
    files[file] = range(modelCopies).flatMap((a) =>
      rows.map((r) => (a === 0 ? r : { ...r, model: modelId(str(r, 'model')!, a) })),
    );
  }
  // Rows of a model and a benchmark: one copy per pair of clones.
  const originalScores = readRows(latestDir, 'scores.json');
  const scores = range(modelCopies).flatMap((a) =>
    range(benchmarkCopies).flatMap((c) =>
      originalScores.map((s) =>
        a === 0 && c === 0 ? s : { ...s, model: modelId(str(s, 'model')!, a), benchmark: benchmarkId(str(s, 'benchmark')!, c) },
      ),
    ),
  );
  // A note is copied for every clone of what it refers to, so each copied conflict stays explained.
  const notes = readRows(latestDir, 'notes.json').flatMap((n) => {
    const refs = Array.isArray(n.refs) ? (n.refs as Row[]) : [];
    const byModel = refs.some((r) => str(r, 'model') !== undefined);
    const byBenchmark = refs.some((r) => str(r, 'benchmark') !== undefined);
    return range(byModel ? modelCopies : 1).flatMap((a) =>
      range(byBenchmark ? benchmarkCopies : 1).map((c) => {
        if (a === 0 && c === 0) return n;
        return {
          ...n,
          id: `${str(n, 'id')}-x${a}-y${c}`,
          refs: refs.map((r) => {
            const model = str(r, 'model');
            const benchmark = str(r, 'benchmark');
            return {
              ...r,
              ...(model ? { model: modelId(model, a) } : {}),
              ...(benchmark ? { benchmark: benchmarkId(benchmark, c) } : {}),
            };
          }),
        };
      }),
    );
  });

  Object.assign(files, { 'models.json': models, 'benchmarks.json': benchmarks, 'scores.json': scores, 'notes.json': notes });
  for (const file of fs.readdirSync(latestDir)) {
    const dest = path.join(target, file);
    const rows = files[file];
    if (rows) fs.writeFileSync(dest, `${JSON.stringify(rows)}\n`);
    else fs.copyFileSync(path.join(latestDir, file), dest);
  }
  return {
    factor,
    modelCopies,
    benchmarkCopies,
    version,
    models: models.length,
    benchmarks: benchmarks.length,
    scores: scores.length,
    notes: notes.length,
  };
}

if (require.main === module) {
  const [factorArg, outArg] = process.argv.slice(2);
  if (!factorArg || !outArg) {
    console.error('usage: tsx scripts/synthetic-data.ts <factor> <out-dir>');
    process.exit(2);
  }
  const summary = generateSynthetic(Number(factorArg), outArg);
  console.log(
    `synthetic ${summary.factor}x (${summary.modelCopies} x models, ${summary.benchmarkCopies} x benchmarks) -> ${outArg}: ` +
      `${summary.models} models, ${summary.benchmarks} benchmarks, ${summary.scores} scores, ${summary.notes} notes in ${summary.version}`,
  );
}
