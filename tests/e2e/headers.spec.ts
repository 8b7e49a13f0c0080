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
