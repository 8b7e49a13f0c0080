/**
 * Deployment: SITE_URL in every absolute URL, relative redirects, and two replicas of one
 * standalone build answering pinned URLs with the same bytes and ETags.
 *
 * The "SITE_URL" suite runs two standalone servers (glm-server.cjs) of the build made with
 * SITE_URL=https://glm.example (`npm run build:site`, into .next-site/, as a deployment builds),
 * given the same SITE_URL at start, each in its own process group, stopped by that group in
 * afterAll. That build prerenders the pages that do not read their query, serves default views from
 * their prerendered twins and keeps canonical /compare and /pricing views in Next's cache
 * (lib/default-views.ts).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';

const ROOT = path.resolve(__dirname, '..', '..');
const SITE = 'https://glm.example';
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
// The build `npm run test:e2e` made with SITE_URL (npm run build:site).
const SITE_DIST = process.env.SITE_DIST_DIR ?? '.next-site';

/** One URL per page type. */
const PAGES = [
  '/',
  '/compare',
  '/compare?models=glm-4.5~glm-4.6~kimi-k2&benchmarks=aime-2025~gpqa-diamond&v=2026-11',
  '/compare/glm-4.5-vs-glm-4.6',
  '/models/glm-4.6',
  '/benchmarks/aime-2025',
  '/pricing',
  '/hardware',
  '/history',
  '/sources',
  '/about',
  '/changelog',
  '/api',
];

const PINNED = {
  permalink: '/compare?models=glm-4.5~glm-4.6&benchmarks=aime-2025~gpqa-diamond&v=2026-11',
  api: '/api/v1/scores?models=glm-4.5~glm-4.6&benchmarks=aime-2025&v=2026-11',
  image: '/og/compare?models=glm-4.5~glm-4.6&benchmarks=aime-2025&v=2026-11',
};

/** Every absolute URL the page's <head> carries in href or content (canonical, og:*, twitter:*). */
function headUrls(html: string): string[] {
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  return [...head.matchAll(/(?:href|content)="(https?:\/\/[^"]*)"/g)].map((m) => m[1]!);
}

function embedSnippet(html: string): string {
  const code = /<textarea[^>]*id="embed-code"[^>]*>([\s\S]*?)<\/textarea>/.exec(html);
  if (code) return code[1]!;
  return /id="embed-code"[^>]*value="([^"]*)"/.exec(html)?.[1] ?? '';
}

async function getText(request: APIRequestContext, url: string): Promise<string> {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return res.text();
}

test.describe('without SITE_URL', () => {
  test('a server on another port names its own address, never localhost:3000', async ({ request, baseURL }) => {
    expect(E2E_PORT).not.toBe(3000);
    const origin = new URL(baseURL!).origin;
    for (const page of PAGES) {
      const html = await getText(request, page);
      expect(html, page).not.toContain('localhost:3000');
      const urls = headUrls(html);
      expect(urls.length, `${page} has a preview image`).toBeGreaterThan(0);
      for (const url of urls) expect(url.startsWith(`${origin}/`), `${page}: ${url}`).toBe(true);
    }
    const pinned = await getText(request, PINNED.permalink);
    expect(embedSnippet(pinned)).toContain(`src=&quot;${origin}/embed/compare?`);
    const openapi = await getText(request, '/api/v1/openapi.json');
    expect(openapi).not.toContain('localhost:3000');
  });

  test('a default view is rendered per request; its prerendered twin is a 404 in a build without SITE_URL', async ({
    request,
  }) => {
    // The twins (lib/default-views.ts) carry the build's SITE_URL; this build has none to give them.
    for (const [page, twin] of [
      ['/pricing', '/pricing/default'],
      ['/', '/default'],
    ] as const) {
      const res = await request.get(page);
      expect(res.status(), page).toBe(200);
      expect(res.headers()['x-nextjs-prerender'], page).toBeUndefined();
      expect((await request.get(twin)).status(), twin).toBe(404);
    }
  });

  test('redirects carry a relative Location', async ({ request }) => {
    for (const [url, location] of [
      // The head-to-head keeps the order it was asked for.
      ['/compare/go?a=glm-4.6&b=glm-4.5', '/compare/glm-4.6-vs-glm-4.5'],
      ['/compare/go?a=glm-4.6&b=glm-4.6', '/compare'],
      ['/compare/GLM-4.6-vs-glm-4.5', '/compare/glm-4.6-vs-glm-4.5'],
    ] as const) {
      const res = await request.get(url, { maxRedirects: 0 });
      expect([303, 307, 308], url).toContain(res.status());
      expect(res.headers()['location'], url).toBe(location);
    }
  });
});

test.describe('SITE_URL and replicas (standalone build)', () => {
  test.describe.configure({ mode: 'serial' });

  const ports = [E2E_PORT + 11, E2E_PORT + 12];
  const origins = ports.map((p) => `http://127.0.0.1:${p}`);
  const groups: number[] = [];
  const logs: string[] = ports.map(() => '');

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: SITE_DIST, SITE_URL: SITE };
    for (const [i, port] of ports.entries()) {
      const serverEnv = env;
      const child = spawn(process.execPath, [path.join(ROOT, SITE_DIST, 'standalone', 'glm-server.cjs')], {
        cwd: ROOT,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...serverEnv, PORT: String(port), HOSTNAME: '127.0.0.1' },
      });
      child.stdout!.on('data', (d: Buffer) => (logs[i] += d.toString()));
      child.stderr!.on('data', (d: Buffer) => (logs[i] += d.toString()));
      groups.push(child.pid!);
    }
    for (const [i, origin] of origins.entries()) {
      const deadline = Date.now() + 60_000;
      for (;;) {
        try {
          if ((await fetch(`${origin}/api/health`)).ok) break;
        } catch {
          // not listening yet
        }
        if (Date.now() > deadline) throw new Error(`server ${origin} did not start:\n${logs[i]}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  });

  test.afterAll(async () => {
    for (const pgid of groups) {
      try {
        process.kill(-pgid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  });

  test('every absolute URL of every page type, the API description and the embed snippet start with SITE_URL', async ({
    request,
  }) => {
    const origin = origins[0]!;
    for (const page of PAGES) {
      const html = await getText(request, `${origin}${page}`);
      const urls = headUrls(html);
      expect(urls.length, `${page} has a canonical or preview-image URL`).toBeGreaterThan(0);
      for (const url of urls) expect(url.startsWith(`${SITE}/`), `${page}: ${url}`).toBe(true);
      expect(html, page).not.toMatch(/localhost:3000|127\.0\.0\.1:/);
    }
    const pinned = await getText(request, `${origin}${PINNED.permalink}`);
    expect(embedSnippet(pinned)).toMatch(new RegExp(`^&lt;iframe src=&quot;${SITE.replace(/\./g, '\\.')}/embed/compare\\?`));
    const openapi = JSON.parse(await getText(request, `${origin}/api/v1/openapi.json`)) as { servers: { url: string }[] };
    expect(openapi.servers.map((s) => s.url)).toEqual([SITE]);
    expect(logs.join('')).not.toContain('SITE_URL is not set');
  });

  test('two replicas of one build answer pinned URLs with the same content and ETag', async ({ request }) => {
    for (const [kind, url] of Object.entries(PINNED)) {
      const answers = await Promise.all(origins.map((o) => request.get(`${o}${url}`)));
      const bodies = await Promise.all(answers.map((a) => a.body()));
      for (const a of answers) expect(a.status(), `${kind} ${url}`).toBe(200);
      // A page's first render on each replica may differ by React's text separators (<!-- -->, where
      // its render paused between two text nodes); its content, and so its ETag, may not.
      const content = (b: Buffer) =>
        kind === 'permalink' ? b.toString('utf8').replaceAll('<!-- -->', '') : b.toString('base64');
      expect(content(bodies[0]!) === content(bodies[1]!), `${kind}: same content`).toBe(true);
      const etags = answers.map((a) => a.headers()['etag']);
      expect(etags[0], `${kind}: ETag`).toMatch(/^"[^"]+"$/);
      expect(etags[1], `${kind}: same ETag`).toBe(etags[0]);
      // A CDN may keep it (a page for good, as a pinned API answer), and revalidate it against either replica.
      expect(answers[0]!.headers()['cache-control'], kind).toMatch(/public.*immutable/);
      const again = await request.get(`${origins[1]}${url}`, { headers: { 'If-None-Match': etags[0]! } });
      expect(again.status(), `${kind}: 304 from the other replica`).toBe(304);
    }
    // The latest data may change with a rebuilt database: pages are kept a minute, then revalidated
    // (a cached view's header is Next's own, from its route's revalidate and next.config's expireTime).
    for (const url of ['/compare?models=glm-4.5~glm-4.6&benchmarks=hle', '/pricing']) {
      const latest = await request.get(`${origins[0]}${url}`);
      expect(latest.headers()['cache-control'], url).toMatch(/^(public, max-age=60|s-maxage=60), stale-while-revalidate=600$/);
    }
  });

  test('a view with a query is rendered once and then served from the cache, showing what its URL asks for', async ({
    request,
  }) => {
    const origin = origins[0]!;
    const url = '/compare?models=glm-4.6~kimi-k2~glm-4.5&benchmarks=hle~aime-2025&v=2026-12';
    const first = await request.get(`${origin}${url}`);
    const second = await request.get(`${origin}${url}`);
    expect(second.headers()['x-nextjs-cache']).toBe('HIT');
    for (const answer of [first, second]) {
      const html = await answer.text();
      // The models asked for, in the order asked for: never the default view or another cached one.
      expect([...html.matchAll(/<tr data-model="([^"]+)"/g)].map((m) => m[1])).toEqual(['glm-4.6', 'kimi-k2', 'glm-4.5']);
      expect(html).toContain(`<link rel="canonical" href="${SITE}/compare?models=glm-4.6~kimi-k2~glm-4.5&amp;`);
    }
    const pricing = await request.get(`${origin}/pricing?model=glm-4.6&in=3000`);
    await request.get(`${origin}/pricing?model=glm-4.6&in=3000`);
    expect(await pricing.text()).toMatch(/name="in"[^>]*value="3000"|value="3000"[^>]*name="in"/);
    // Another spelling of the view still redirects to the canonical URL.
    const other = await request.get(`${origin}/compare?benchmarks=hle~aime-2025&models=glm-4.6~kimi-k2~glm-4.5&v=2026-12`, {
      maxRedirects: 0,
    });
    expect(other.status()).toBe(308);
    expect(other.headers()['location']).toBe(url);
    // Default views come prerendered.
    for (const page of ['/', '/compare', '/pricing', '/hardware', '/models']) {
      expect((await request.get(`${origin}${page}`)).headers()['x-nextjs-prerender'], page).toBeTruthy();
    }
  });

  test('the health route reports the data version, the database stamp and the uptime, uncached', async ({ request }) => {
    const answers = await Promise.all(origins.map((o) => request.get(`${o}/api/health`)));
    const bodies = await Promise.all(answers.map((a) => a.json()));
    for (const [i, a] of answers.entries()) {
      expect(a.status()).toBe(200);
      expect(a.headers()['cache-control']).toBe('no-store');
      expect(bodies[i]).toMatchObject({ status: 'ok', dataVersion: '2026-12' });
      expect(bodies[i].database.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(typeof bodies[i].uptimeSeconds).toBe('number');
    }
    expect(bodies[1].database.sha256).toBe(bodies[0].database.sha256);
  });
});
