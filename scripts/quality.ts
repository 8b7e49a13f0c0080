/**
 * npm run quality
 *
 * Runs `npm run bench` and then `npm run lighthouse` on the same build, one after the other (never
 * side by side: each would halve the other's figures), and prints every main page's figures side by
 * side with their budgets and targets: Lighthouse scores, LCP, TBT and DOM size; raw and gzip HTML;
 * throughput and its ratios to a static file and to a prerendered page. Writes the table to
 * bench-results/quality.md (the README's Quality section is copied from it).
 *
 * `npm run quality -- --report` prints the table from the last bench and Lighthouse results without
 * measuring again. Figures, not assertions: nothing here fails on a slow number.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PAGE_BUDGETS } from './perf/pages';
import { ROOT } from './perf/server';

interface BenchMeasured {
  requestsPerSec: number;
  latencyP99Ms: number | null;
  ratioToStatic?: number;
}
interface BenchJson {
  measuredAt: string;
  pages?: Array<{
    name: string;
    path: string;
    htmlBytes: number;
    gzipBytes: number;
    htmlElements: number;
    measured: BenchMeasured;
    ratioToPrerendered?: number;
  }>;
  hugeView?: { urlBytes: number; htmlBytes: number; ms?: number } | null;
  datasets: Array<{ label: string; results: Array<BenchMeasured & { name: string }> }>;
  targets: Record<string, number | null>;
}
interface LighthouseJson {
  measuredAt: string;
  pages: Array<{
    name: string;
    scores: Record<string, number>;
    runs: number[];
    lcpMs: number | null;
    tbtMs: number | null;
    domElements: number | null;
  }>;
}

function runScript(script: string, env: Record<string, string> = {}) {
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`npm run ${script} failed (exit ${r.status})`);
}

function readJson<T>(file: string): T | null {
  const full = path.join(ROOT, file);
  return fs.existsSync(full) ? (JSON.parse(fs.readFileSync(full, 'utf8')) as T) : null;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok: boolean | null) => (ok === null ? '' : ok ? ' ✓' : ' ✗');
const pct = (r: number | null | undefined) => (r == null ? '—' : `${Math.round(r * 100)}%`);

export function qualityTable(bench: BenchJson, lighthouse: LighthouseJson | null): string {
  const lines: string[] = [];
  lines.push(`Measured: bench ${bench.measuredAt}; Lighthouse ${lighthouse?.measuredAt ?? 'not run'}.`, '');
  lines.push(
    '| page | Lighthouse perf (runs) | a11y / BP / SEO | LCP | TBT | DOM elements | HTML raw / gzip | req/s | vs static | vs prerendered |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const p of bench.pages ?? []) {
    const lh = lighthouse?.pages.find((l) => l.name === p.name);
    const perf = lh ? `${lh.scores.performance}${mark((lh.scores.performance ?? 0) >= 99)} (${lh.runs.join(', ')})` : '—';
    const others = lh ? `${lh.scores.accessibility} / ${lh.scores['best-practices']} / ${lh.scores.seo}` : '—';
    const lcp = lh?.lcpMs != null ? `${(lh.lcpMs / 1000).toFixed(1)} s${mark(lh.lcpMs <= 1500)}` : '—';
    const tbt = lh?.tbtMs != null ? `${lh.tbtMs} ms${mark(lh.tbtMs <= 50)}` : '—';
    const dom = lh?.domElements != null ? `${lh.domElements}${mark(lh.domElements <= PAGE_BUDGETS.domElements)}` : '—';
    lines.push(
      `| ${p.name} \`${p.path.length > 40 ? `${p.path.slice(0, 40)}…` : p.path}\` | ${perf} | ${others} | ${lcp} | ${tbt} | ${dom} | ` +
        `${kb(p.htmlBytes)}${mark(p.htmlBytes <= PAGE_BUDGETS.htmlBytes)} / ${kb(p.gzipBytes)} | ${p.measured.requestsPerSec} | ` +
        `${pct(p.measured.ratioToStatic)} | ${pct(p.ratioToPrerendered)} |`,
    );
  }
  const real = bench.datasets[0];
  const get = (name: string) => real?.results.find((r) => r.name === name);
  const staticFile = get('static file');
  const prerendered = get('prerendered page');
  const t = bench.targets;
  const pricingState = bench.pages?.find((p) => p.name === 'pricing-state');
  lines.push('', '| target | measured |', '|---|---|');
  lines.push(`| static file | ${staticFile?.requestsPerSec ?? '—'} req/s |`);
  lines.push(
    `| prerendered page ≥ 30% of the static file | ${pct(prerendered?.ratioToStatic)}${mark(prerendered?.ratioToStatic != null ? prerendered.ratioToStatic >= 0.3 : null)} (${prerendered?.requestsPerSec ?? '—'} req/s) |`,
  );
  lines.push(
    `| never-seen /compare permalink ≥ 50% of a prerendered page | ${pct(t.coldShareOfPrerendered)}${mark(t.coldShareOfPrerendered != null ? t.coldShareOfPrerendered >= 0.5 : null)} |`,
  );
  lines.push(
    `| repeated /compare permalink p99 ≤ 25 ms | ${t.warmP99Ms ?? '—'} ms${mark(t.warmP99Ms != null ? t.warmP99Ms <= 25 : null)} |`,
  );
  lines.push(
    `| /pricing with a calculator state ≥ 50% of a prerendered page | ${pct(pricingState?.ratioToPrerendered)}${mark(pricingState?.ratioToPrerendered != null ? pricingState.ratioToPrerendered >= 0.5 : null)} |`,
  );
  lines.push(
    `| one view's render time at 100x the data ≤ 2x the real data's | ${t.largestOverRealRenderMs ?? '—'}x${mark(t.largestOverRealRenderMs != null ? t.largestOverRealRenderMs <= 2 : null)} |`,
  );
  if (bench.hugeView)
    lines.push(
      `| a 60 x 60 /compare URL (${bench.hugeView.urlBytes} B) ≤ 2 MB | ${kb(bench.hugeView.htmlBytes)}${mark(bench.hugeView.htmlBytes <= PAGE_BUDGETS.maxResponseBytes)}, ${bench.hugeView.ms ?? '—'} ms |`,
    );
  return lines.join('\n');
}

function main() {
  if (!process.argv.includes('--report')) {
    runScript('bench');
    // The same build, measured right after: Lighthouse must not run beside the bench.
    runScript('lighthouse', { SKIP_BUILD: '1' });
  }
  const bench = readJson<BenchJson>('bench-results/bench.json');
  if (!bench) throw new Error('no bench-results/bench.json: run npm run bench (or npm run quality) first');
  const table = qualityTable(bench, readJson<LighthouseJson>('lighthouse-results/summary.json'));
  fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench-results', 'quality.md'), `${table}\n`);
  console.log(`\n${table}\n\nWrote bench-results/quality.md.`);
}

main();
