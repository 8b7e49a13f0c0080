import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Kills the database build with SIGKILL at random points while the production server runs on
 * that database: the file must stay byte-identical (builds write a new file and rename it) and
 * the server must keep serving the same data.
 */
const ROOT = process.cwd();
const DB = path.resolve(process.env.DATABASE_PATH ?? path.join(ROOT, 'var', 'glm-compare.db'));
const hash = () => crypto.createHash('sha256').update(fs.readFileSync(DB)).digest('hex');

function buildAndKillAfter(ms: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/db-build.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_PATH: DB },
      stdio: 'ignore',
    });
    let done = false;
    child.on('exit', (_code, signal) => {
      done = true;
      resolve(signal === 'SIGKILL' ? 'killed' : 'finished');
    });
    setTimeout(() => {
      if (!done) child.kill('SIGKILL');
    }, ms);
  });
}

test('a database build killed at random points never disturbs the served data', async ({ request }) => {
  test.setTimeout(180_000);
  const before = hash();
  const first = await request.get('/api/v1/scores?models=glm-4.5&benchmarks=swe-bench-verified');
  const etag = first.headers()['etag'];
  const page = await (await request.get('/compare?models=glm-4.5~glm-4.6&benchmarks=hle')).text();
  let seed = 20261129;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const outcomes: string[] = [];
  for (let i = 0; i < 10; i++) {
    outcomes.push(await buildAndKillAfter(Math.floor(100 + random() * 2500)));
    // Builds are deterministic, so even one that finished leaves identical bytes.
    expect(hash()).toBe(before);
    const res = await request.get('/api/v1/scores?models=glm-4.5&benchmarks=swe-bench-verified');
    expect(res.status()).toBe(200);
    expect(res.headers()['etag']).toBe(etag);
  }
  expect(outcomes).toContain('killed');
  const after = await (await request.get('/compare?models=glm-4.5~glm-4.6&benchmarks=hle')).text();
  const cells = (html: string) => [...html.matchAll(/data-value="([^"]*)"/g)].map((m) => m[1]);
  expect(cells(after)).toEqual(cells(page));
  // A later build cleans up what killed builds left behind.
  expect(await buildAndKillAfter(60_000)).toBe('finished');
  const leftovers = fs.readdirSync(path.dirname(DB)).filter((f) => f.startsWith(`.${path.basename(DB)}.`) && f.endsWith('.tmp'));
  expect(leftovers).toEqual([]);
});
