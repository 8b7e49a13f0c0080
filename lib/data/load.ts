/**
 * Reads data/<version>/ from disk, validates every file with its Zod schema and then the
 * cross-file rules, and reports every problem found (never only the first) as
 * `file: JSON path: message`. Used by `npm run data:check` and the database build only:
 * requests never read the JSON files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { DATA_FILES, type DataFileName, type Dataset } from './schema';
import { crossFileIssues } from './validate';

export interface DataIssue {
  /** Path of the file as the user would type it, e.g. data/2025-10/scores.json. */
  file: string;
  /** JSON path inside the file, e.g. $[12].settings.tools. */
  path: string;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  return `${issue.file}: ${issue.path}: ${issue.message}`;
}

export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

function valueAt(root: unknown, segments: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = root;
  for (const s of segments) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[s];
  }
  return cur;
}

export function describeZodIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  const missing = valueAt(raw, issue.path) === undefined;
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    return 'is required';
  }
  return issue.message;
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] };

/**
 * Loads one version folder. `displayRoot` is how file names are printed (defaults to the
 * path relative to the working directory) so messages point at a file the user can open.
 */
export function loadVersion(dir: string): LoadResult {
  const version = path.basename(dir);
  const shown = (name: string) => path.relative(process.cwd(), path.join(dir, name)) || name;
  const issues: DataIssue[] = [];
  const parsed: Partial<Record<DataFileName, unknown>> = {};

  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    return { ok: false, issues: [{ file: shown(''), path: '$', message: `data version folder "${version}" does not exist` }] };
  }

  const known = new Set<string>(Object.keys(DATA_FILES));
  for (const entry of fs.readdirSync(dir)) {
    if (entry.endsWith('.json') && !known.has(entry)) {
      issues.push({ file: shown(entry), path: '$', message: `unexpected file; a version holds only ${[...known].join(', ')}` });
    }
  }

  for (const [name, schema] of Object.entries(DATA_FILES) as Array<[DataFileName, z.ZodType]>) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      issues.push({ file: shown(name), path: '$', message: 'file is missing' });
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      issues.push({ file: shown(name), path: '$', message: `invalid JSON: ${(error as Error).message}` });
      continue;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ file: shown(name), path: jsonPath(issue.path), message: describeZodIssue(issue, raw) });
      }
      continue;
    }
    parsed[name] = result.data;
  }

  if (issues.length > 0) return { ok: false, issues };

  const dataset = {
    manifest: parsed['manifest.json'],
    sources: parsed['sources.json'],
    organizations: parsed['organizations.json'],
    models: parsed['models.json'],
    specs: parsed['specs.json'],
    benchmarks: parsed['benchmarks.json'],
    scores: parsed['scores.json'],
    prices: parsed['prices.json'],
    plans: parsed['plans.json'],
    gpus: parsed['gpus.json'],
    hardware: parsed['hardware.json'],
    history: parsed['history.json'],
    notes: parsed['notes.json'],
  } as Dataset;

  for (const issue of crossFileIssues(dataset, version)) {
    issues.push({ file: shown(issue.file), path: issue.path, message: issue.message });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, dataset };
}

/** Version folders under a data root, oldest first (ids are YYYY-MM, so names sort by date). */
export function listVersionDirs(dataRoot: string): string[] {
  if (!fs.existsSync(dataRoot)) return [];
  return fs
    .readdirSync(dataRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => path.join(dataRoot, d.name))
    .sort();
}

export type LoadAllResult = { ok: true; datasets: Dataset[] } | { ok: false; issues: DataIssue[] };

export function loadAll(dataRoot: string): LoadAllResult {
  const dirs = listVersionDirs(dataRoot);
  if (dirs.length === 0) {
    return { ok: false, issues: [{ file: path.relative(process.cwd(), dataRoot) || dataRoot, path: '$', message: 'no data version folders found' }] };
  }
  const datasets: Dataset[] = [];
  const issues: DataIssue[] = [];
  for (const dir of dirs) {
    const result = loadVersion(dir);
    if (result.ok) datasets.push(result.dataset);
    else issues.push(...result.issues);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, datasets };
}
