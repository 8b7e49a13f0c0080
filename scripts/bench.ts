/**
 * npm run bench
 *
 * Throughput and latency of the production server (autocannon, 10 connections, a fixed
 * duration per target) for a static file, a prerendered page, /compare permalinks (warm: the
 * same URL every request; cold: a different, never-served URL every request) and the scores
 * API; the first-load JavaScript of the main routes; the database build time; and the same
 * /compare and API figures on synthetic datasets 10x and 100x larger, to show how render time
 * grows with the data. Prints a summary and writes bench-results/bench.json.
 *
 * Environment: BENCH_DURATION (s per target, default 10), BENCH_WARMUP (s, default 2),
 * BENCH_CONNECTIONS (default 10), BENCH_PORT (default 3300; synthetic datasets use the next
 * ports), BENCH_SCALES (default "10,100"; "" skips them), SKIP_BUILD=1 (reuse the build in
 * NEXT_DIST_DIR or .next), DATABASE_PATH (the database the main server reads).
 *
 * Figures, not assertions: nothing here fails on a slow number (docs/ARCHITECTURE.md, "Tests").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { databasePath } from '../lib/db/path';
import { coldCompareUrls, readCatalog, warmApiUrl, warmCompareUrl, type Catalog } from './perf/compare-urls';
import { mainPages } from './perf/pages';
import { PERF_PORT, distDir, ensureBuild, envNumber, run, startServer, writeJson, type Server } from './perf/server';
import { generateSynthetic, type SyntheticSummary } from './synthetic-data';

const DURATION = envNumber('BENCH_DURATION', 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 10);
const PORT = envNumber('BENCH_PORT', PERF_PORT);
const SCALES = (process.env.BENCH_SCALES ?? '10,100')
  .split(',')
  .map((s) => s.trim())
  .filter((s) => s !== '')
  .map(Number);

interface Measured {
  name: string;
  path: string;
  requestsPerSec: number;
  /** null when no request completed within the duration. */
  latencyP50Ms: number | null;
  latencyP99Ms: number | null;
  latencyAvgMs: number | null;
  latencyMaxMs: number | null;
  requests: number;
  bytesPerRequest: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  /** Throughput as a share of the static file's (main server only). */
  ratioToStatic?: number;
}

interface Target {
  name: string;
  /** The path shown; for cold, an example. */
  path: string;
  /** A new path for every request (cold permalinks). */
  next?: () => string;
}

async function cannon(server: Server, target: Target, seconds: number): Promise<autocannon.Result> {
  const next = target.next;
  const instance = autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
    requests: [
      next ? { method: 'GET', setupRequest: (req) => ({ ...req, path: next() }) } : { method: 'GET', path: target.path },
    ],
  });
  return await instance;
}

/**
 * autocannon stops sending at the end of its duration, but the server still works through
 * the requests it had accepted (seconds of work for a slow page): wait until a static file
 * comes back quickly again, so that work is not billed to the next target.
 */
async function settle(server: Server): Promise<void> {
  const deadline = Date.now() + 120_000;
  let quick = 0;
  while (quick < 2 && Date.now() < deadline) {
    const started = performance.now();
    try {
      await (await fetch(`${server.url}/robots.txt`, { signal: AbortSignal.timeout(30_000) })).arrayBuffer();
      quick = performance.now() - started < 20 ? quick + 1 : 0;
    } catch {
      // A busy server may reset an idle keep-alive connection or answer late: ask again.
      quick = 0;
    }
    if (quick < 2) await new Promise((r) => setTimeout(r, 100));
  }
}

async function measure(server: Server, target: Target): Promise<Measured> {
  if (WARMUP > 0) {
    await cannon(server, target, WARMUP);
    await settle(server);
  }
  const r = await cannon(server, target, DURATION);
  await settle(server);
  const count = r.latency.totalCount ?? r.requests.total;
  const some = count > 0;
  const m: Measured = {
    name: target.name,
    path: target.path,
    requestsPerSec: round(r.requests.average, 1),
    latencyP50Ms: some ? r.latency.p50 : null,
    latencyP99Ms: some ? r.latency.p99 : null,
    latencyAvgMs: some ? round(r.latency.average, 2) : null,
    latencyMaxMs: some ? r.latency.max : null,
    requests: r.requests.total,
    bytesPerRequest: count > 0 ? Math.round(r.throughput.total / count) : 0,
    errors: r.errors,
    non2xx: r.non2xx,
    timeouts: r.timeouts,
  };
  console.log(
    `  ${pad(target.name, 26)} ${pad(fmt(m.requestsPerSec), 8, true)} req/s   p50 ${pad(m.latencyP50Ms === null ? '—' : fmt(m.latencyP50Ms), 6, true)} ms   p99 ${pad(m.latencyP99Ms === null ? '—' : fmt(m.latencyP99Ms), 6, true)} ms   ` +
      `${kb(m.bytesPerRequest)}/resp${m.errors + m.non2xx + m.timeouts > 0 ? `   ERRORS ${m.errors} non-2xx ${m.non2xx} timeouts ${m.timeouts}` : ''}`,
  );
  return m;
}

/**
 * The time one request takes with nothing else in flight (median of `count` in a row): the
 * render time itself, without the queueing that 10 connections add to every latency.
 */
async function singleRequestMs(server: Server, next: () => string, count = 7): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const res = await fetch(server.url + next());
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${res.status} for a render-time request`);
    times.push(performance.now() - started);
  }
  return round(median(times.map((t) => round(t, 1))), 1);
}

// ------------------------------------------------------------------ first-load JavaScript

interface FirstLoad {
  route: string;
  path: string;
  scripts: number;
  jsBytes: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
  htmlBytes: number;
  htmlGzipBytes: number;
}

const gzipSize = (buf: Buffer) => zlib.gzipSync(buf, { level: 9 }).length;

/**
 * What a browser downloads on a first visit: the route's HTML (fetched from the running
 * server) and every <script src> and stylesheet it names, each gzip-sized (level 9, as Next's
 * own build report once did). Inline scripts (the RSC payload) count in the HTML, not the JS.
 */
async function firstLoad(server: Server, route: string, pathName: string): Promise<FirstLoad> {
  const html = Buffer.from(await (await fetch(server.url + pathName)).arrayBuffer());
  const text = html.toString('utf8');
  const scripts = [...new Set([...text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!))];
  const styles = [...new Set([...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!))];
  const sizes = async (urls: string[]) =>
    Promise.all(
      urls.map(async (u) => Buffer.from(await (await fetch(new URL(u.replace(/&amp;/g, '&'), server.url))).arrayBuffer())),
    );
  const js = await sizes(scripts);
  const css = await sizes(styles);
  return {
    route,
    path: pathName,
    scripts: scripts.length,
    jsBytes: js.reduce((n, b) => n + b.length, 0),
    jsGzipBytes: js.reduce((n, b) => n + gzipSize(b), 0),
    cssGzipBytes: css.reduce((n, b) => n + gzipSize(b), 0),
    htmlBytes: html.length,
    htmlGzipBytes: gzipSize(html),
  };
}

// ------------------------------------------------------------------ database build time

function timeDbBuild(dataDir: string | undefined, dbFile: string, runs: number): { runsMs: number[]; medianMs: number } {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    runsMs.push(
      Math.round(
        run('npm', ['run', '--silent', 'db:build'], { DATABASE_PATH: dbFile, ...(dataDir ? { DATA_DIR: dataDir } : {}) }),
      ),
    );
  }
  return { runsMs, medianMs: median(runsMs) };
}

// ------------------------------------------------------------------ datasets

interface DatasetResult {
  label: string;
  /** One request at a time, median of 7, the same view each time, rendered each time (UNCACHED). */
  renderMs: number;
  /** The warm view at 10 connections on a server that renders every request (for growth with the data). */
  uncachedWarm?: Measured;
  factor: number;
  models: number;
  benchmarks: number;
  scoreRows: number;
  synthetic?: SyntheticSummary;
  dbBuildMs?: number;
  dbBytes: number;
  results: Measured[];
}

/**
 * A server that renders every view on every request: no prerendered twin, no cached view
 * (lib/default-views.ts). Render time and its growth with the data are measured on it; throughput
 * targets on a server as deployed.
 */
const UNCACHED = { GLM_VIEW_CACHE: 'off' };

/** The same selection on every dataset, one request at a time: how render time grows with the data. */
async function renderTime(server: Server, catalog: Catalog): Promise<number> {
  const warm = warmCompareUrl(catalog.version);
  return singleRequestMs(server, () => warm);
}

function compareTargets(catalog: Catalog, seed: number): Target[] {
  const cold = coldCompareUrls(catalog, seed);
  const example = cold();
  const warm = warmCompareUrl(catalog.version);
  return [
    { name: 'compare warm permalink', path: warm },
    { name: 'compare cold permalinks', path: example, next: cold },
    { name: 'api scores (selection)', path: warmApiUrl(catalog.version) },
  ];
}

interface PageWeight {
  name: string;
  path: string;
  htmlBytes: number;
  gzipBytes: number;
  /** Start tags in the HTML outside its scripts: the DOM the server sends (Lighthouse counts the DOM after load). */
  htmlElements: number;
  status: number;
  measured: Measured;
  /** Throughput as a share of the prerendered page's. */
  ratioToPrerendered?: number;
}

/** Each main page's default view: its weight (raw and gzip, as a reader's browser receives it) and throughput. */
async function mainPageFigures(server: Server, version: string): Promise<PageWeight[]> {
  const out: PageWeight[] = [];
  for (const page of mainPages(version)) {
    const res = await fetch(server.url + page.path, { headers: { 'accept-encoding': 'identity' } });
    const html = Buffer.from(await res.arrayBuffer());
    const text = html.toString('utf8').replace(/<script[\s\S]*?<\/script>/g, '');
    out.push({
      name: page.name,
      path: page.path,
      htmlBytes: html.length,
      gzipBytes: zlib.gzipSync(html).length,
      htmlElements: (text.match(/<[a-zA-Z]/g) ?? []).length,
      status: res.status,
      measured: await measure(server, { name: `page ${page.name}`, path: page.path }),
    });
  }
  return out;
}

/** The largest view a URL can ask for: every model and benchmark of the version, up to 60 of each. */
function hugeCompareUrl(catalog: Catalog): string {
  return `/compare?models=${catalog.models.slice(0, 60).join('~')}&benchmarks=${catalog.benchmarks.slice(0, 60).join('~')}&v=${catalog.version}`;
}

async function main() {
  const started = Date.now();
  const loadBefore = os.loadavg();
  console.log(
    `bench: ${CONNECTIONS} connections, ${DURATION} s per target after ${WARMUP} s warm-up; ${os.cpus().length} CPUs, Node ${process.versions.node}`,
  );
  if ((loadBefore[0] ?? 0) > os.cpus().length / 2) {
    console.log(`  note: load average ${loadBefore[0]?.toFixed(2)}: other processes are using the CPUs, figures will be noisy`);
  }
  ensureBuild();

  console.log('\nDatabase build (npm run db:build, real data, 3 runs into a temporary file):');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glm-bench-'));
  const dbBuild = timeDbBuild(undefined, path.join(tmp, 'real.db'), 3);
  console.log(`  ${dbBuild.runsMs.join(' ms, ')} ms (median ${dbBuild.medianMs} ms)`);

  const dbFile = databasePath();
  if (!fs.existsSync(dbFile)) run('npm', ['run', '--silent', 'db:build']);
  const catalog = readCatalog(dbFile);
  const datasets: DatasetResult[] = [];
  let firstLoads: FirstLoad[] = [];
  let pages: PageWeight[] = [];
  let hugeView: { path: string; urlBytes: number; status: number; htmlBytes: number; ms?: number } | null = null;

  console.log(
    `\nReal data (${catalog.models.length} models and ${catalog.benchmarks.length} benchmarks with scores, ${catalog.scoreRows} score rows in ${catalog.version}):`,
  );
  const server = await startServer(PORT);
  try {
    const targets: Target[] = [
      { name: 'static file', path: '/robots.txt' },
      { name: 'prerendered page', path: '/models/glm-4.6' },
      ...compareTargets(catalog, 1),
      { name: 'api scores (all)', path: '/api/v1/scores' },
    ];
    const results: Measured[] = [];
    for (const t of targets) results.push(await measure(server, t));
    console.log('\nMain pages, default views (budgets: 150 KB raw HTML, 1,500 elements; see scripts/perf/pages.ts):');
    pages = await mainPageFigures(server, catalog.version);
    const huge = hugeCompareUrl(catalog);
    const hugeRes = await fetch(server.url + huge, { headers: { 'accept-encoding': 'identity' } });
    hugeView = { path: huge, urlBytes: huge.length, status: hugeRes.status, htmlBytes: (await hugeRes.arrayBuffer()).byteLength };
    hugeView.ms = await singleRequestMs(server, () => huge);
    console.log(
      `  60 x 60 /compare URL (${hugeView.urlBytes} B): ${kb(hugeView.htmlBytes)} HTML, ${hugeView.ms} ms one request at a time (limit: 2 MB)`,
    );
    const staticRps = results[0]?.requestsPerSec ?? 0;
    for (const r of results) r.ratioToStatic = staticRps > 0 ? round(r.requestsPerSec / staticRps, 3) : 0;
    const prerenderedRps = results[1]?.requestsPerSec ?? 0;
    for (const p of pages) {
      p.measured.ratioToStatic = staticRps > 0 ? round(p.measured.requestsPerSec / staticRps, 3) : 0;
      p.ratioToPrerendered = prerenderedRps > 0 ? round(p.measured.requestsPerSec / prerenderedRps, 3) : 0;
    }
    const uncached = await startServer(PORT + 20, UNCACHED);
    let render: number;
    let uncachedWarm: Measured;
    try {
      console.log('\nReal data, every view rendered per request (GLM_VIEW_CACHE=off), for growth with the data:');
      uncachedWarm = await measure(uncached, { name: 'compare warm permalink', path: warmCompareUrl(catalog.version) });
      render = await renderTime(uncached, catalog);
      console.log(`  one request at a time, the warm view: ${render} ms`);
    } finally {
      await uncached.stop();
    }
    datasets.push({
      label: '1x (real)',
      renderMs: render,
      uncachedWarm,
      factor: 1,
      models: catalog.models.length,
      benchmarks: catalog.benchmarks.length,
      scoreRows: catalog.scoreRows,
      dbBuildMs: dbBuild.medianMs,
      dbBytes: fs.statSync(dbFile).size,
      results,
    });

    console.log('\nFirst-load JavaScript (gzip -9 of every <script src> in the HTML):');
    const routes: Array<[string, string]> = [
      ['/', '/'],
      ['/compare', warmCompareUrl(catalog.version)],
      ['/models/[id]', '/models/glm-4.6'],
      ['/pricing', '/pricing'],
      ['/hardware', '/hardware'],
    ];
    firstLoads = [];
    for (const [route, p] of routes) {
      const f = await firstLoad(server, route, p);
      firstLoads.push(f);
      console.log(
        `  ${pad(route, 14)} JS ${pad(kb(f.jsGzipBytes), 9, true)} gzip (${f.scripts} scripts, ${kb(f.jsBytes)} raw)   CSS ${kb(f.cssGzipBytes)} gzip   HTML ${kb(f.htmlGzipBytes)} gzip (${kb(f.htmlBytes)} raw)`,
      );
    }
  } finally {
    await server.stop();
  }

  let port = PORT;
  for (const factor of SCALES) {
    port += 1;
    const dir = path.join(tmp, `data-${factor}x`);
    const db = path.join(tmp, `data-${factor}x.db`);
    const synthetic = generateSynthetic(factor, dir);
    console.log(
      `\nSynthetic ${factor}x: ${synthetic.models} models x ${synthetic.benchmarks} benchmarks, ${synthetic.scores} score rows (${synthetic.modelCopies} x models, ${synthetic.benchmarkCopies} x benchmarks)`,
    );
    const buildMs = Math.round(run('npm', ['run', '--silent', 'db:build'], { DATA_DIR: dir, DATABASE_PATH: db }));
    const cat = readCatalog(db);
    const s = await startServer(port, { DATABASE_PATH: db, ...UNCACHED });
    try {
      const results: Measured[] = [];
      for (const t of compareTargets(cat, 1)) results.push(await measure(s, t));
      const render = await renderTime(s, cat);
      console.log(`  one request at a time, the warm view: ${render} ms`);
      datasets.push({
        label: `${factor}x (synthetic)`,
        renderMs: render,
        factor,
        models: cat.models.length,
        benchmarks: cat.benchmarks.length,
        scoreRows: cat.scoreRows,
        synthetic,
        dbBuildMs: buildMs,
        dbBytes: fs.statSync(db).size,
        results,
      });
    } finally {
      await s.stop();
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(db, { force: true });
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });

  // ---------------------------------------------------------------- summary
  const real = datasets[0]!;
  const get = (d: DatasetResult, name: string) => d.results.find((r) => r.name === name);
  const prerendered = get(real, 'prerendered page');
  const warm = get(real, 'compare warm permalink');
  const cold = get(real, 'compare cold permalinks');
  const compareJs = firstLoads.find((f) => f.route === '/compare');
  const growth = datasets.map((d) => ({
    dataset: d.label,
    models: d.models,
    benchmarks: d.benchmarks,
    scoreRows: d.scoreRows,
    warmP50Ms: (d.uncachedWarm ?? get(d, 'compare warm permalink'))?.latencyP50Ms ?? null,
    renderMs: d.renderMs,
    coldP50Ms: get(d, 'compare cold permalinks')?.latencyP50Ms ?? null,
    warmBytes: get(d, 'compare warm permalink')?.bytesPerRequest ?? null,
    dbBuildMs: d.dbBuildMs ?? null,
  }));
  const last = growth[growth.length - 1];
  const ratio = (a: number | null | undefined, b: number | null | undefined) =>
    a != null && b != null && b > 0 ? round(a / b, 2) : null;
  const targets = {
    warmShareOfPrerendered: ratio(warm?.requestsPerSec, prerendered?.requestsPerSec),
    coldShareOfPrerendered: ratio(cold?.requestsPerSec, prerendered?.requestsPerSec),
    warmP99Ms: warm?.latencyP99Ms ?? null,
    coldP99Ms: cold?.latencyP99Ms ?? null,
    compareFirstLoadJsGzipBytes: compareJs?.jsGzipBytes ?? null,
    largestOverRealWarmP50: last && last !== growth[0] ? ratio(last.warmP50Ms, growth[0]?.warmP50Ms) : null,
    largestOverRealRenderMs: last && last !== growth[0] ? ratio(last.renderMs, growth[0]?.renderMs) : null,
    largestOverRealColdP50: last && last !== growth[0] ? ratio(last.coldP50Ms, growth[0]?.coldP50Ms) : null,
  };
  console.log('\nGrowth of /compare with the data (the same selection):');
  const ms = (n: number | null) => pad(n === null ? '—' : fmt(n), 6, true);
  for (const g of growth) {
    console.log(
      `  ${pad(g.dataset, 16)} ${pad(`${g.models} x ${g.benchmarks}`, 11)} one request: ${ms(g.renderMs)} ms` +
        `   p50 at ${CONNECTIONS} connections: ${ms(g.warmP50Ms)} ms   page ${kb(g.warmBytes ?? 0)}`,
    );
  }
  console.log('\nTargets:');
  console.log(
    `  /compare warm throughput >= 50% of the prerendered page: ${pct(targets.warmShareOfPrerendered)}   p99 <= 25 ms: ${targets.warmP99Ms} ms`,
  );
  console.log(
    `  /compare cold throughput >= 50% of the prerendered page: ${pct(targets.coldShareOfPrerendered)}   p99 <= 25 ms: ${targets.coldP99Ms} ms`,
  );
  console.log(`  first-load JS of /compare <= 200 KB gzip: ${kb(targets.compareFirstLoadJsGzipBytes ?? 0)}`);
  console.log(
    `  same-selection render time, largest/real <= 2x: one request ${targets.largestOverRealRenderMs ?? '—'}x, p50 at ${CONNECTIONS} connections ${targets.largestOverRealWarmP50 ?? '—'}x`,
  );

  const file = writeJson('bench-results', 'bench.json', {
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      memoryBytes: os.totalmem(),
      node: process.versions.node,
      platform: `${os.platform()} ${os.release()}`,
      loadavgBefore: loadBefore,
      loadavgAfter: os.loadavg(),
    },
    settings: {
      connections: CONNECTIONS,
      durationSec: DURATION,
      warmupSec: WARMUP,
      distDir: distDir(),
      tool: 'autocannon 9 (programmatic), no Accept-Encoding (uncompressed responses)',
    },
    dbBuild: { command: 'npm run db:build', ...dbBuild },
    datasets,
    pages,
    hugeView,
    firstLoad: firstLoads,
    growth,
    targets,
    tookSec: Math.round((Date.now() - started) / 1000),
  });
  console.log(`\nWrote ${file} (${Math.round((Date.now() - started) / 1000)} s).`);
}

// ------------------------------------------------------------------ formatting

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
function median(list: number[]): number {
  const s = [...list].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round(((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2);
}
function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n.toFixed(1);
}
function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}
function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
function pct(r: number | null): string {
  return r === null ? '—' : `${Math.round(r * 100)}%`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
