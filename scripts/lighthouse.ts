/**
 * npm run lighthouse
 *
 * Lighthouse 12 (its Node API) in Debian's Chromium, mobile form factor with simulated
 * throttling (Lighthouse's default), against a production server this script starts: the home
 * page, a /compare permalink, a model page, a benchmark page, /pricing (default and with a
 * calculator state) and /hardware (scripts/perf/pages.ts). Prints performance, accessibility,
 * best practices and SEO per page with every audit that fell short, and writes the full
 * reports to lighthouse-results/<page>.json plus lighthouse-results/summary.json.
 *
 * Environment: CHROME_PATH (default /usr/bin/chromium), LIGHTHOUSE_PORT (server, default 3300, as npm run bench),
 * LIGHTHOUSE_RUNS (runs per page, default 3; the run with the median performance score is kept),
 * LIGHTHOUSE_PAGES (a comma list of the names in scripts/perf/pages.ts; default all),
 * SKIP_BUILD=1 (reuse the build in NEXT_DIST_DIR or .next).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Flags, Result } from 'lighthouse';
import { databasePath } from '../lib/db/path';
import { CHROMIUM_ARGS } from './chromium';
import { readCatalog } from './perf/compare-urls';
import { mainPages } from './perf/pages';
import { PERF_PORT, ensureBuild, envNumber, portTaken, startServer, writeJson } from './perf/server';

const PORT = envNumber('LIGHTHOUSE_PORT', PERF_PORT);
const DEBUG_PORT = envNumber('LIGHTHOUSE_CHROME_PORT', PORT + 1);
const RUNS = envNumber('LIGHTHOUSE_RUNS', 3);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 99,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

/**
 * Lighthouse is loaded with Node's own import(), not through tsx: tsx would compile it to
 * CommonJS with esbuild's name-keeping helper, and Lighthouse sends some of its functions'
 * source into the page, where that helper (__name) does not exist.
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;
type LighthouseModule = typeof import('lighthouse'); // eslint-disable-line @typescript-eslint/consistent-type-imports -- a type-only import() keeps Lighthouse out of tsx's CommonJS output
async function loadLighthouse(): Promise<LighthouseModule['default']> {
  return ((await nativeImport('lighthouse')) as LighthouseModule).default;
}

interface Chrome {
  port: number;
  stop(): Promise<void>;
}

/** Chromium with a DevTools port, in a process group of its own (stopped as a group). */
async function launchChrome(): Promise<Chrome> {
  if (!fs.existsSync(CHROME))
    throw new Error(`no Chromium at ${CHROME}: install it (apt-get install chromium) or set CHROME_PATH`);
  if (await portTaken(DEBUG_PORT))
    throw new Error(`port ${DEBUG_PORT} (for Chromium's DevTools) is already in use; set LIGHTHOUSE_CHROME_PORT`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'glm-lighthouse-'));
  const child = spawn(
    CHROME,
    [
      '--headless=new',
      ...CHROMIUM_ARGS,
      '--disable-dev-shm-usage',
      `--remote-debugging-port=${DEBUG_PORT}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { detached: true, stdio: 'ignore' },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start Chromium');
  const stop = async () => {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // gone already
    }
    await new Promise((r) => setTimeout(r, 500));
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone
    }
    fs.rmSync(profile, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${DEBUG_PORT}/json/version`);
      if (res.ok) return { port: DEBUG_PORT, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`Chromium did not open its DevTools port ${DEBUG_PORT}`);
}

interface PageSummary {
  name: string;
  path: string;
  scores: Record<string, number>;
  runs: number[];
  metrics: Record<string, string>;
  lcpMs: number | null;
  tbtMs: number | null;
  /** Elements in the page's DOM after load (Lighthouse's dom-size audit). */
  domElements: number | null;
  /** Audits that fell short in categories below target, with what Lighthouse says about them. */
  shortfalls: Array<{ category: string; id: string; title: string; score: number | null; displayValue?: string }>;
  report: string;
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
];

function summarize(name: string, pagePath: string, lhr: Result, runs: number[], report: string): PageSummary {
  const scores: Record<string, number> = {};
  const shortfalls: PageSummary['shortfalls'] = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    const score = Math.round((category?.score ?? 0) * 100);
    scores[id] = score;
    if (!category || score >= TARGETS[id]) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 0.9) continue;
      if (ref.weight === 0 && id !== 'performance') continue;
      if (
        audit.scoreDisplayMode === 'notApplicable' ||
        audit.scoreDisplayMode === 'informative' ||
        audit.scoreDisplayMode === 'manual'
      )
        continue;
      shortfalls.push({
        category: id,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  const metrics: Record<string, string> = {};
  for (const id of METRICS) metrics[id] = lhr.audits[id]?.displayValue ?? '—';
  const numeric = (id: string) => {
    const v = lhr.audits[id]?.numericValue;
    return typeof v === 'number' ? Math.round(v) : null;
  };
  return {
    name,
    path: pagePath,
    scores,
    runs,
    metrics,
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    domElements: numeric('dom-size'),
    shortfalls,
    report,
  };
}

async function main() {
  ensureBuild();
  const lighthouse = await loadLighthouse();
  const catalog = readCatalog(databasePath());
  const only = (process.env.LIGHTHOUSE_PAGES ?? '').split(',').filter((p) => p !== '');
  const pages = mainPages(catalog.version)
    .filter((p) => only.length === 0 || only.includes(p.name))
    .map((p): [string, string] => [p.name, p.path]);
  const server = await startServer(PORT);
  let chrome: Chrome | undefined;
  const results: PageSummary[] = [];
  try {
    chrome = await launchChrome();
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
    for (const [name, pagePath] of pages) {
      // Serve the page once so the run measures the page, not the server's first render.
      await (await fetch(server.url + pagePath)).arrayBuffer();
      const runs: Array<{ lhr: Result; performance: number }> = [];
      let failures = 0;
      while (runs.length < RUNS) {
        const result = await lighthouse(server.url + pagePath, flags);
        const error = !result ? 'Lighthouse returned nothing' : result.lhr.runtimeError?.message;
        if (result && !error) {
          runs.push({ lhr: result.lhr, performance: Math.round((result.lhr.categories.performance?.score ?? 0) * 100) });
          continue;
        }
        // Lighthouse now and then fails to record a trace (NO_NAVSTART) in headless Chromium: such
        // a run measured nothing, so it is repeated, a few times at most, and reported.
        failures += 1;
        console.log(`         (a run on ${pagePath} failed: ${error}; ${failures < 3 ? 'running it again' : 'giving up'})`);
        if (failures >= 3) throw new Error(`Lighthouse failed on ${pagePath} three times: ${error}`);
      }
      const sorted = [...runs].sort((a, b) => a.performance - b.performance);
      const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
      const report = writeJson('lighthouse-results', `${name}.json`, median.lhr);
      const summary = summarize(
        name,
        pagePath,
        median.lhr,
        runs.map((r) => r.performance),
        report,
      );
      results.push(summary);
      const line = CATEGORIES.map((c) => `${c} ${summary.scores[c]}`).join('   ');
      console.log(`${name.padEnd(13)} ${line}   (performance over ${RUNS} run(s): ${summary.runs.join(', ')})`);
      console.log(`         ${METRICS.map((m) => `${m.replace(/-/g, ' ')} ${summary.metrics[m]}`).join(' · ')}`);
      for (const s of summary.shortfalls)
        console.log(`         ✗ ${s.category}: ${s.title}${s.displayValue ? ` (${s.displayValue})` : ''} [${s.id}]`);
    }
  } finally {
    await chrome?.stop();
    await server.stop();
  }
  const file = writeJson('lighthouse-results', 'summary.json', {
    measuredAt: new Date().toISOString(),
    lighthouse: '12.2.3',
    formFactor: 'mobile (default config, simulated throttling)',
    chrome: CHROME,
    runsPerPage: RUNS,
    machine: { cpus: os.cpus().length, loadavg: os.loadavg() },
    targets: TARGETS,
    pages: results,
  });
  console.log(`\nWrote ${file} and one full report per page in lighthouse-results/.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
