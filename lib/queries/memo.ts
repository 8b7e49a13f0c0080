import 'server-only';
import { getDbGeneration } from '../db/client';

/**
 * Results that depend only on a data version (the model list, the benchmarks, the note index,
 * the list prices…) cannot change while the same database file is open: the database is
 * read-only and a rebuild is a new file, which the handle opens as a new generation. So they
 * are computed once per version and kept until the generation changes, instead of re-querying
 * and re-mapping the whole version on every request.
 *
 * Cached values are shared by every request, so they are deep-frozen: code that mutates one
 * throws instead of changing what the next request sees. (Maps and Sets cannot be frozen;
 * nothing may call set/delete on a cached one.)
 */
let generation = -1;
const store = new Map<string, unknown>();
/** Keys are per version and per query; a bound keeps a caller that passes unchecked ids from growing it. */
const MAX_ENTRIES = 2000;

export function memo<T>(key: string, compute: () => T): T {
  const current = getDbGeneration();
  if (current !== generation) {
    store.clear();
    generation = current;
  }
  if (store.has(key)) return store.get(key) as T;
  const value = deepFreeze(compute());
  // A rebuild noticed while computing (by a nested call) starts a new generation: keep nothing from the old file.
  if (generation === current) {
    if (store.size >= MAX_ENTRIES) store.clear();
    store.set(key, value);
  }
  return value;
}

/** memo() for a function of a version id. */
export function perVersion<T>(name: string, compute: (version: string) => T): (version: string) => T {
  return (version: string) => memo(`${name}\u0000${version}`, () => compute(version));
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (value instanceof Map) {
    for (const v of value.values()) deepFreeze(v);
    return value;
  }
  if (value instanceof Set) {
    for (const v of value) deepFreeze(v);
    return value;
  }
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
  return value;
}

/**
 * A least-recently-used cache bounded by size, emptied when the database file changes: for
 * whole answers (an API response body) that are worth keeping but too many and too large to
 * keep them all.
 */
export class AnswerCache<V> {
  private entries = new Map<string, { value: V; bytes: number }>();
  private bytes = 0;
  private generation = -1;

  constructor(
    private readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  private fresh(): number {
    const current = getDbGeneration();
    if (current !== this.generation) {
      this.entries.clear();
      this.bytes = 0;
      this.generation = current;
    }
    return current;
  }

  get(key: string): V | undefined {
    this.fresh();
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` if it was computed from the file still open when `generation` was read. */
  set(key: string, value: V, generation: number): void {
    if (this.fresh() !== generation) return;
    const bytes = this.sizeOf(value);
    if (bytes > this.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= old.bytes;
    this.entries.delete(key);
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
  }

  /** The generation to pass to set() for a value about to be computed. */
  generationNow(): number {
    return this.fresh();
  }
}
