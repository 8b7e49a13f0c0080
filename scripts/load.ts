/**
 * npm run load   (not part of npm test: it runs for a minute and wants the machine to itself)
 *
 * A soak test of the production server: 50 connections for 60 s on a mix of routes (static
 * files, prerendered pages, /compare permalinks opened before and never opened before, the
 * API, and a few social-preview images), expecting no error at all. The server's resident
 * memory (VmRSS from /proc, its whole process group) is sampled every second; the mean of the
 * last 10 s is compared with the mean of the first 10 s (target <= 1.2x: caches fill early and
 * stay bounded, nothing grows with every request). A warm-up at the same load comes first
 * (LOAD_WARMUP s, not counted): a fresh Node process grows its heap to its working size in the
 * first seconds under load, which is not a leak; its memory is reported too.
 * Writes bench-results/load.json.
 *
 * Environment: LOAD_DURATION (s, default 60), LOAD_WARMUP (s, default 20; 0 for none),
 * LOAD_CONNECTIONS (default 50), LOAD_PORT (default 3330), SKIP_BUILD=1 (reuse the build in
 * NEXT_DIST_DIR or .next).
 * Exit code 1 when any request failed or the memory target was missed.
 */
import os from 'node:os';
import autocannon from 'autocannon';
import { databasePath } from '../lib/db/path';
import { coldCompareUrls, readCatalog, warmApiUrl, warmCompareUrl } from './perf/compare-urls';
import { ensureBuild, envNumber, groupRss, prng, startServer, writeJson } from './perf/server';

const DURATION = envNumber('LOAD_DURATION', 60);
const WARMUP = Number(process.env.LOAD_WARMUP ?? 20);
const CONNECTIONS = envNumber('LOAD_CONNECTIONS', 50);
const PORT = envNumber('LOAD_PORT', 3330);
const WINDOW = 10;

interface Route {
  name: string;
  /** Share of requests, in percent. */
  share: number;
  next: () => string;
}

interface RouteStats {
  requests: number;
  statuses: Record<string, number>;
  latencies: number[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  ensureBuild();
  const catalog = readCatalog(databasePath());
  const cold = coldCompareUrls(catalog, 42);
  const random = prng(7);
  const cycle = (paths: string[]) => {
    let i = 0;
    return () => paths[i++ % paths.length]!;
  };
  const warmCompare = [
    warmCompareUrl(catalog.version),
    '/compare',
    `/compare?models=glm-4.6~deepseek-v3.1~qwen3-235b-a22b-thinking-2507&benchmarks=swe-bench-verified~terminal-bench&v=${catalog.version}`,
    `/compare?models=glm-4.5~glm-4.5-air&categories=coding&chart=price&v=${catalog.version}`,
    '/compare?models=glm-4.6~kimi-k2-0905&variants=1',
  ];
  const routes: Route[] = [
    { name: 'static', share: 15, next: cycle(['/robots.txt', '/icon.svg']) },
    {
      name: 'prerendered',
      share: 25,
      next: cycle(['/', '/models/glm-4.6', '/models/kimi-k2', '/benchmarks/hle', '/models', '/about']),
    },
    { name: 'compare warm', share: 25, next: cycle(warmCompare) },
    { name: 'compare cold', share: 12, next: cold },
    {
      name: 'api',
      share: 21,
      next: cycle([
        warmApiUrl(catalog.version),
        '/api/v1/models',
        '/api/v1/scores',
        '/api/v1/benchmarks?format=csv',
        '/api/v1/prices?models=glm-4.6',
      ]),
    },
    {
      name: 'og image',
      share: 2,
      next: cycle([
        '/og/page/home',
        `/og/compare?models=glm-4.5~glm-4.6~kimi-k2&benchmarks=hle&v=${catalog.version}`,
        '/og/model/glm-4.6',
      ]),
    },
  ];
  const total = routes.reduce((n, r) => n + r.share, 0);
  const pickRoute = (): Route => {
    let x = random() * total;
    for (const r of routes) {
      x -= r.share;
      if (x < 0) return r;
    }
    return routes[0]!;
  };
  const stats = new Map<string, RouteStats>(routes.map((r) => [r.name, { requests: 0, statuses: {}, latencies: [] }]));

  const server = await startServer(PORT);
  const samples: Array<{ t: number; rss: number }> = [];
  const warmupSamples: Array<{ t: number; rss: number }> = [];
  let result: autocannon.Result;
  let warmupFailures = 0;
  const run = (seconds: number) =>
    autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: seconds,
      timeout: 30,
      requests: [
        {
          method: 'GET',
          setupRequest: (req, context) => {
            const route = pickRoute();
            context.route = route.name;
            context.sentAt = performance.now();
            return { ...req, path: route.next() };
          },
          onResponse: (status, _body, context) => {
            const s = stats.get(String(context.route));
            if (!s) return;
            s.requests++;
            s.statuses[status] = (s.statuses[status] ?? 0) + 1;
            if (typeof context.sentAt === 'number') s.latencies.push(performance.now() - context.sentAt);
          },
        },
      ],
    });
  try {
    const sample = (into: Array<{ t: number; rss: number }>, since: number) =>
      into.push({ t: (Date.now() - since) / 1000, rss: groupRss(server.pid) });
    if (WARMUP > 0) {
      console.log(`warm-up: ${CONNECTIONS} connections for ${WARMUP} s (not counted)…`);
      const since = Date.now();
      sample(warmupSamples, since);
      const timer = setInterval(() => sample(warmupSamples, since), 1000);
      try {
        const w = await run(WARMUP);
        warmupFailures = w.errors + w.timeouts + w.non2xx;
      } finally {
        clearInterval(timer);
      }
      for (const s of stats.values()) Object.assign(s, { requests: 0, statuses: {}, latencies: [] });
    }
    console.log(`load: ${CONNECTIONS} connections for ${DURATION} s on ${server.url} (server pid ${server.pid})…`);
    const started = Date.now();
    sample(samples, started);
    const timer = setInterval(() => sample(samples, started), 1000);
    try {
      result = await run(DURATION);
    } finally {
      clearInterval(timer);
    }
    sample(samples, started);
  } finally {
    await server.stop();
  }

  const mean = (list: number[]) => (list.length ? list.reduce((a, b) => a + b, 0) / list.length : 0);
  const first = samples.filter((s) => s.t > 0 && s.t <= WINDOW).map((s) => s.rss);
  const last = samples.filter((s) => s.t > DURATION - WINDOW).map((s) => s.rss);
  const mb = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;
  const memory = {
    firstWindowMb: mb(mean(first)),
    lastWindowMb: mb(mean(last)),
    ratio: mean(first) > 0 ? Math.round((mean(last) / mean(first)) * 100) / 100 : null,
    peakMb: mb(Math.max(...samples.map((s) => s.rss))),
    samplesMb: samples.map((s) => ({ t: Math.round(s.t), mb: mb(s.rss) })),
    warmup: {
      seconds: WARMUP,
      failures: warmupFailures,
      samplesMb: warmupSamples.map((s) => ({ t: Math.round(s.t), mb: mb(s.rss) })),
    },
  };
  const failures = result.errors + result.timeouts + result.non2xx + warmupFailures;
  const perRoute = routes.map((r) => {
    const s = stats.get(r.name)!;
    const sorted = [...s.latencies].sort((a, b) => a - b);
    return {
      route: r.name,
      share: r.share,
      requests: s.requests,
      statuses: s.statuses,
      p50Ms: Math.round(percentile(sorted, 50)),
      p99Ms: Math.round(percentile(sorted, 99)),
    };
  });

  console.log(
    `\n${result.requests.total} requests, ${Math.round(result.requests.average)} req/s; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
  );
  for (const r of perRoute) {
    console.log(
      `  ${r.route.padEnd(13)} ${String(r.requests).padStart(6)} requests   p50 ${String(r.p50Ms).padStart(5)} ms   p99 ${String(r.p99Ms).padStart(5)} ms   ${JSON.stringify(r.statuses)}`,
    );
  }
  console.log(
    `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, failures during warm-up ${warmupFailures}${failures === 0 ? ' (none, as expected)' : ''}`,
  );
  if (warmupSamples.length > 0) {
    console.log(
      `memory during warm-up: ${mb(warmupSamples[0]!.rss)} MB at start (idle server) -> ${mb(warmupSamples[warmupSamples.length - 1]!.rss)} MB after ${WARMUP} s`,
    );
  }
  console.log(
    `memory (RSS of the server's process group): first ${WINDOW} s ${memory.firstWindowMb} MB, last ${WINDOW} s ${memory.lastWindowMb} MB, ratio ${memory.ratio} (target <= 1.2), peak ${memory.peakMb} MB`,
  );
  const file = writeJson('bench-results', 'load.json', {
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, loadavg: os.loadavg(), node: process.versions.node },
    settings: {
      connections: CONNECTIONS,
      durationSec: DURATION,
      warmupSec: WARMUP,
      routes: routes.map(({ name, share }) => ({ name, share })),
    },
    totals: {
      requests: result.requests.total,
      requestsPerSec: Math.round(result.requests.average),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    },
    perRoute,
    memory,
  });
  console.log(`Wrote ${file}.`);
  if (failures > 0 || (memory.ratio !== null && memory.ratio > 1.2)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
