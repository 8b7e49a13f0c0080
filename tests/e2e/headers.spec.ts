import { expect, test } from '@playwright/test';

const ROUTES = [
  '/',
  '/compare',
  '/compare/glm-4.6-vs-kimi-k2',
  '/models/glm-4.6',
  '/benchmarks/hle',
  '/pricing',
  '/hardware',
  '/history',
  '/sources',
  '/about',
  '/changelog',
  '/api',
  '/api/v1/models',
  '/compare/export?format=csv',
  '/og/page/home',
  '/no-such-page',
];

for (const route of ROUTES) {
  test(`security headers on ${route}`, async ({ request }) => {
    const res = await request.get(route);
    const h = res.headers();
    const csp = h['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(h['x-frame-options']).toBe('DENY');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy']).toContain('camera=()');
  });
}

test('only embed routes may be framed by other sites', async ({ request }) => {
  const res = await request.get('/embed/compare?models=glm-4.5~glm-4.6&benchmarks=hle');
  expect(res.status()).toBe(200);
  const h = res.headers();
  expect(h['content-security-policy']).toContain('frame-ancestors *');
  expect(h['content-security-policy']).not.toContain('unsafe-eval');
  expect(h['x-frame-options']).toBeUndefined();
  const html = await res.text();
  // Minimal chrome: no site navigation, a link back to the full view.
  expect(html).not.toContain('aria-label="Main"');
  expect(html).toContain('href="/compare?models=glm-4.5~glm-4.6&amp;benchmarks=hle&amp;v=');
});

for (const [method, url] of [
  ['POST', '/compare'],
  ['PUT', '/models/glm-4.6'],
  ['DELETE', '/'],
  ['PATCH', '/pricing'],
  ['POST', '/compare/export?format=csv'],
  ['OPTIONS', '/about'],
] as const) {
  test(`${method} ${url} answers 405 with an Allow header and the security headers`, async ({ request }) => {
    const res = await request.fetch(url, { method });
    expect(res.status()).toBe(405);
    const h = res.headers();
    expect(h['allow']).toBe('GET, HEAD');
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['x-content-type-options']).toBe('nosniff');
  });
}

test('GET and HEAD on pages still answer', async ({ request }) => {
  expect((await request.get('/compare?models=glm-4.5~glm-4.6')).status()).toBe(200);
  expect((await request.head('/models/glm-4.6')).status()).toBe(200);
});

test('another spelling of a view redirects to its canonical URL; the canonical one is answered', async ({ request }) => {
  const canonical = '/compare?models=glm-4.5~glm-4.6&benchmarks=hle';
  for (const other of [
    '/compare?benchmarks=hle&models=glm-4.5~glm-4.6',
    '/compare?models=GLM-4.5~glm-4.6&benchmarks=hle',
    `${canonical}&utm_source=newsletter`,
  ]) {
    const res = await request.get(other, { maxRedirects: 0 });
    expect(res.status(), other).toBe(308);
    // Relative: right on whatever host and behind whatever proxy the reader came through.
    expect(res.headers()['location'], other).toBe(canonical);
  }
  expect((await request.get(canonical, { maxRedirects: 0 })).status()).toBe(200);
  expect((await request.get('/compare?models=glm-4.5%7Eglm-4.6&benchmarks=hle', { maxRedirects: 0 })).status()).toBe(200);
  // A query the page warns about is answered with its notice, not redirected away.
  const warned = await request.get('/compare?chart=pie', { maxRedirects: 0 });
  expect(warned.status()).toBe(200);
  expect(await warned.text()).toContain('pie');
});

test('without SITE_URL no shared cache may keep a page: it names the host each request gave', async ({ request }) => {
  // This suite's server runs without SITE_URL (playwright.config.ts); deploy.spec.ts checks the public policy with it.
  for (const path of ['/compare?models=glm-4.5~glm-4.6&benchmarks=hle&v=2026-12', '/', '/pricing', '/hardware?v=2026-12']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('private, no-cache');
  }
});
