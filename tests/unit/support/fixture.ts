import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURE_DATA = path.resolve(__dirname, '../../fixtures/data');

/** A private copy of the fixture data root, for tests that break it on purpose. */
export function copyFixtureData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glm-data-'));
  fs.cpSync(FIXTURE_DATA, dir, { recursive: true });
  return dir;
}

export function readJson<T = unknown>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

export function writeJson(file: string, value: unknown) {
  fs.writeFileSync(file, JSON.stringify(value, null, 2));
}

/** Applies `mutate` to one file of a version in a copied data root. */
export function editFile<T>(root: string, version: string, file: string, mutate: (value: T) => T | void) {
  const p = path.join(root, version, file);
  const value = readJson<T>(p);
  const next = mutate(value);
  writeJson(p, next === undefined ? value : next);
}
