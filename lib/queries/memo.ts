import 'server-only';
import { LRUCache } from 'lru-cache';
import { getDbGeneration } from '../db/client';

/** Keys are per version and per query; a bound keeps a caller that passes unchecked ids from growing it. */
const MAX_ENTRIES = 2000;

/**
 * An LRU cache emptied when the database file changes, so nothing computed from an old file
 * outlives it. A value is kept only if the file it was computed from is still the one open:
 * a rebuild noticed while computing (say, by a nested memo()) must not let the old answer in.
 */
class GenerationCache<V extends object> {
  private generation = -1;

  constructor(private readonly entries: LRUCache<string, V>) {}

  /** The generation to pass to set() for a value about to be computed. */
  generationNow(): number {
    const current = getDbGeneration();
    if (current !== this.generation) {
      this.entries.clear();
      this.generation = current;
    }
    return current;
  }

  get(key: string): V | undefined {
    this.generationNow();
    return this.entries.get(key);
  }

  /** Keeps `value` if it was computed from the file still open when `generation` was read. */
  set(key: string, value: V, generation: number): void {
    if (this.generationNow() === generation) this.entries.set(key, value);
  }
}

// Boxed: lru-cache cannot hold undefined, which a query may well return.
const results = new GenerationCache<{ value: unknown }>(new LRUCache({ max: MAX_ENTRIES }));

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
export function memo<T>(key: string, compute: () => T): T {
  const hit = results.get(key);
  if (hit) return hit.value as T;
  const generation = results.generationNow();
  const value = deepFreeze(compute());
  results.set(key, { value }, generation);
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
 * keep them all. One answer larger than a quarter of the bound is not kept, so that it cannot
 * push out everything else.
 */
export class AnswerCache<V extends object> extends GenerationCache<V> {
  constructor(maxBytes: number, sizeOf: (value: V) => number) {
    super(
      new LRUCache<string, V>({
        maxSize: maxBytes,
        maxEntrySize: Math.floor(maxBytes / 4),
        // lru-cache wants a positive whole number.
        sizeCalculation: (value) => Math.max(1, Math.ceil(sizeOf(value))),
      }),
    );
  }
}
