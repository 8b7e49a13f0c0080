import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * tailwind-merge (behind lib/cn.ts) is 9 KB of gzip JavaScript: it may run on the server only.
 * Client components, and the shared modules they import, join classes with lib/cx.ts.
 */
const ROOTS = ['app', 'components', 'lib'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const files = new Map(ROOTS.flatMap(sources).map((f) => [f, fs.readFileSync(f, 'utf8')]));

function resolveImport(spec: string): string | undefined {
  if (!spec.startsWith('@/')) return undefined;
  const base = spec.slice(2);
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((f) => files.has(f));
}

/** Every module a client component reaches through the app's own imports. */
function clientGraph(): Set<string> {
  const seen = new Set<string>();
  const queue = [...files].filter(([, src]) => /^['"]use client['"]/m.test(src)).map(([f]) => f);
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const m of (files.get(f) ?? '').matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)) {
      const target = m[1] && resolveImport(m[1]);
      if (target) queue.push(target);
    }
  }
  return seen;
}

describe('client JavaScript', () => {
  it('has no tailwind-merge: no module a client component imports uses lib/cn', () => {
    const graph = clientGraph();
    expect(graph.size).toBeGreaterThan(10);
    const offenders = [...graph].filter((f) => /from '@\/lib\/cn'/.test(files.get(f) ?? ''));
    expect(offenders).toEqual([]);
  });
});
