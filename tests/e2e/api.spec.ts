import { expect, test, type APIResponse } from '@playwright/test';

async function json(res: APIResponse) {
  expect(res.headers()['content-type']).toContain('application/json');
  return res.json();
}

const LISTS = ['versions', 'models', 'benchmarks', 'scores', 'prices', 'hardware', 'sources', 'plans'] as const;

test.describe('read-only API v1', () => {
  for (const name of LISTS) {
    test(`/api/v1/${name} answers {version, data} with caching headers, and CSV`, async ({ request }) => {
      const res = await request.get(`/api/v1/${name}`);
      expect(res.status()).toBe(200);
      const body = await json(res);
      expect(typeof body.version).toBe('string');
      expect(Array.isArray(body.data)).toBe(true);
      expect(body.data.length).toBeGreaterThan(0);
      expect(res.headers()['etag']).toMatch(/^"/);
      expect(res.headers()['cache-control']).toContain('max-age');

      const csv = await request.get(`/api/v1/${name}?format=csv`);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      const lines = (await csv.text()).trim().split('\r\n');
      expect(lines.length).toBe(body.data.length + 1);
    });
  }

  test('an unchanged resource answers 304 to If-None-Match', async ({ request }) => {
    const first = await request.get('/api/v1/benchmarks');
    const etag = first.headers()['etag']!;
    const second = await request.get('/api/v1/benchmarks', { headers: { 'If-None-Match': etag } });
    expect(second.status()).toBe(304);
  });

  test('a pinned version is cached for good; the latest briefly', async ({ request }) => {
    const versions = (await json(await request.get('/api/v1/versions'))).data as Array<{ id: string }>;
    const pinned = await request.get(`/api/v1/scores?v=${versions[0]!.id}`);
    expect(pinned.headers()['cache-control']).toContain('immutable');
    const latest = await request.get('/api/v1/scores');
    expect(latest.headers()['cache-control']).not.toContain('immutable');
  });

  test('scores filter by models and benchmarks with ~ lists, and carry settings and their source', async ({ request }) => {
    const body = await json(await request.get('/api/v1/scores?models=glm-4.5~glm-4.6&benchmarks=swe-bench-verified~hle'));
    expect(body.data.length).toBeGreaterThan(0);
    for (const row of body.data) {
      expect(['glm-4.5', 'glm-4.6']).toContain(row.modelId);
      expect(['swe-bench-verified', 'hle']).toContain(row.benchmarkId);
      expect(typeof row.value).toBe('number');
      expect(['exact', 'approx', 'range', 'lower-bound']).toContain(row.exactness);
      expect(row).toHaveProperty('settings.tools');
      expect(row).toHaveProperty('settings.harness');
      expect(typeof row.sourceId).toBe('string');
      expect(row).toHaveProperty('sourceUrl');
    }
    const headline = await json(await request.get('/api/v1/scores?models=glm-4.5&benchmarks=swe-bench-verified&headline=true'));
    expect(headline.data).toHaveLength(1);
  });

  test('one model and one benchmark by id', async ({ request }) => {
    const model = await json(await request.get('/api/v1/models/glm-4.6'));
    expect(model.data.id).toBe('glm-4.6');
    expect(model.data.scores.length).toBeGreaterThan(0);
    const bench = await json(await request.get('/api/v1/benchmarks/hle'));
    expect(bench.data.id).toBe('hle');
  });

  const BAD: Array<[string, string]> = [
    ['/api/v1/scores?model=glm-4.5', 'model'],
    ['/api/v1/scores?models=glm-4.5&models=glm-4.6', 'models'],
    ['/api/v1/scores?models=GLM 4.5', 'models'],
    ['/api/v1/scores?benchmarks=', 'benchmarks'],
    ['/api/v1/scores?v=latest', 'v'],
    ['/api/v1/scores?format=xml', 'format'],
    ['/api/v1/scores?headline=yes', 'headline'],
    [`/api/v1/scores?models=${'a'.repeat(2100)}`, 'models'],
    ['/api/v1/models/glm-4.6?format=csv', 'format'],
  ];
  for (const [url, param] of BAD) {
    test(`400 naming "${param}" for ${url.slice(0, 70)}`, async ({ request }) => {
      const res = await request.get(url);
      expect(res.status()).toBe(400);
      const body = await json(res);
      expect(body.error.status).toBe(400);
      expect(body.error.param).toBe(param);
      expect(body.error.message).toContain(param === 'models' && url.includes('&models') ? 'more than once' : '');
    });
  }

  test('an oversized query string is a 400', async ({ request }) => {
    const res = await request.get(`/api/v1/scores?models=${Array.from({ length: 600 }, (_, i) => `m${i}`).join('~')}`);
    expect(res.status()).toBe(400);
  });

  const UNKNOWN = [
    '/api/v1/models/glm-9',
    '/api/v1/benchmarks/nope',
    '/api/v1/scores?models=glm-4.5~glm-9',
    '/api/v1/scores?v=1999-01',
    '/api/v1/prices?models=nope',
  ];
  for (const url of UNKNOWN) {
    test(`404 for unknown ids: ${url}`, async ({ request }) => {
      const res = await request.get(url);
      expect(res.status()).toBe(404);
      expect((await json(res)).error.status).toBe(404);
    });
  }

  test('the OpenAPI document lists every endpoint, and each one answers', async ({ request }) => {
    const doc = await json(await request.get('/api/v1/openapi.json'));
    expect(doc.openapi).toMatch(/^3\./);
    const paths = Object.keys(doc.paths);
    expect(paths.length).toBeGreaterThanOrEqual(10);
    for (const path of paths) {
      // Routes whose lists are required get one example selection.
      const required: Record<string, string> = {
        '/api/v1/compare': '?models=glm-4.6~kimi-k2-0905&benchmarks=swe-bench-verified',
      };
      const res = await request.get(path.replace('{id}', path.includes('models') ? 'glm-4.5' : 'hle') + (required[path] ?? ''));
      expect(res.status(), path).toBe(200);
    }
  });

  test('the readable API page renders', async ({ request }) => {
    const res = await request.get('/api');
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(html).toContain('/api/v1/openapi.json');
    // Field tables come from the document: a row's fields, their enum values and descriptions.
    const doc = await (await request.get('/api/v1/openapi.json')).json();
    for (const [name, schema] of Object.entries(doc.components.schemas as Record<string, { properties?: object }>)) {
      if (!/(List|Detail)$/.test(name) && name !== 'Error' && schema.properties)
        expect(html.includes(`Fields of ${name}`), `no field table of ${name}`).toBe(true);
    }
    const shown = (text: string) => html.includes(text.replace(/"/g, '&quot;').replace(/'/g, '&#x27;'));
    expect(shown('"exact" | "approx" | "range" | "lower-bound"')).toBe(true);
    expect(shown('string or null')).toBe(true);
    expect(shown(doc.components.schemas.ScoreSettings.properties.harness.description)).toBe(true);
  });
});

test.describe("the /compare pickers' options", () => {
  test("a version's catalogue: every model by organization, every scored benchmark by category, cached for good", async ({
    request,
  }) => {
    const res = await request.get('/compare/options?v=2026-11');
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toContain('immutable');
    const body = await res.json();
    expect(body.version).toBe('2026-11');
    const models = body.models.flatMap((g: { options: Array<{ id: string }> }) => g.options.map((o) => o.id));
    expect(models).toContain('glm-4.6');
    expect(body.models.map((g: { label: string }) => g.label)).toContain('Z.ai');
    const benchmarks = body.benchmarks.flatMap((g: { options: Array<{ id: string }> }) => g.options.map((o) => o.id));
    expect(benchmarks).toContain('swe-bench-verified');
    expect(body.scoredBenchmarks[0].options.map((o: { id: string }) => o.id).sort()).toEqual([...benchmarks].sort());
    // An older version offers only what it held: GLM-4.6 came after 2025-08.
    const old = await (await request.get('/compare/options?v=2025-08')).json();
    expect(old.models.flatMap((g: { options: Array<{ id: string }> }) => g.options.map((o) => o.id))).not.toContain('glm-4.6');
  });

  for (const [url, status] of [
    ['/compare/options?v=latest', 400],
    ['/compare/options?v=1999-01', 404],
    ['/compare/options?v=2026-11&models=glm-4.5', 400],
    ['/compare/options?v=2026-11&format=csv', 400],
  ] as const) {
    test(`${status} for ${url}`, async ({ request }) => {
      const res = await request.get(url);
      expect(res.status()).toBe(status);
      expect((await res.json()).error.status).toBe(status);
    });
  }
});

test.describe('API hardening: CORS, unknown paths, methods', () => {
  test('a CORS preflight on /api/v1/* answers 204 with the CORS headers', async ({ request }) => {
    for (const url of ['/api/v1/scores', '/api/v1/models/glm-4.6', '/api/v1', '/api/v1/openapi.json']) {
      const res = await request.fetch(url, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://example.org',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'if-none-match',
        },
      });
      expect(res.status(), url).toBe(204);
      const h = res.headers();
      expect(h['access-control-allow-origin']).toBe('*');
      expect(h['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
      expect(h['access-control-allow-headers']).toBeTruthy();
      expect(Number(h['access-control-max-age'])).toBeGreaterThan(0);
    }
  });

  test('every API answer exposes its ETag to other origins', async ({ request }) => {
    for (const url of [
      '/api/v1',
      '/api/v1/openapi.json',
      '/api/v1/scores?models=glm-4.6',
      '/api/v1/scores?format=csv&models=glm-4.6',
      '/api/v1/models/glm-4.6',
      '/api/v1/models/glm-9',
      '/api/v1/scores?format=xml',
      '/api/v1/nope',
    ]) {
      const res = await request.get(url);
      expect(res.headers()['access-control-allow-origin'], url).toBe('*');
      expect(res.headers()['access-control-expose-headers'], url).toContain('ETag');
    }
    const etag = (await request.get('/api/v1/versions')).headers()['etag']!;
    const notModified = await request.get('/api/v1/versions', { headers: { 'If-None-Match': etag } });
    expect(notModified.status()).toBe(304);
    expect(notModified.headers()['access-control-expose-headers']).toContain('ETag');
  });

  for (const url of ['/api/v1/nope', '/api/v1/models/glm-4.6/extra', '/api/v1/v2/scores']) {
    test(`an unknown API path answers a JSON 404 with the CORS headers: ${url}`, async ({ request }) => {
      const res = await request.get(url);
      expect(res.status()).toBe(404);
      expect(res.headers()['access-control-allow-origin']).toBe('*');
      const body = await json(res);
      expect(body.error.status).toBe(404);
    });
  }

  for (const [method, url] of [
    ['POST', '/api/v1/scores'],
    ['PUT', '/api/v1/models/glm-4.6'],
    ['DELETE', '/api/v1'],
    ['PATCH', '/api/v1/nope'],
  ] as const) {
    test(`${method} ${url} is a JSON 405 with an Allow header`, async ({ request }) => {
      const res = await request.fetch(url, { method });
      expect(res.status()).toBe(405);
      expect(res.headers()['allow']).toBe('GET, HEAD, OPTIONS');
      expect(res.headers()['access-control-allow-origin']).toBe('*');
      expect((await json(res)).error.status).toBe(405);
    });
  }

  test('HEAD answers like GET, without a body', async ({ request }) => {
    const res = await request.head('/api/v1/versions');
    expect(res.status()).toBe(200);
    expect(res.headers()['etag']).toMatch(/^"/);
  });
});

test.describe('CSV: formula neutralisation, BOM, format', () => {
  test('bom=1 starts the CSV with a UTF-8 byte order mark; without it there is none', async ({ request }) => {
    const withBom = await request.get('/api/v1/sources?format=csv&bom=1');
    expect(withBom.status()).toBe(200);
    const bytes = await withBom.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const without = await (await request.get('/api/v1/sources?format=csv')).body();
    expect(without[0]).toBe('i'.charCodeAt(0));
    const exported = await (await request.get('/compare/export?models=glm-4.5~glm-4.6&benchmarks=hle&format=csv&bom=1')).body();
    expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  for (const url of [
    '/api/v1/scores?format=xlsx',
    '/api/v1/scores?format=csv&bom=yes',
    '/api/v1/scores?bom=1',
    '/compare/export?format=xml',
    '/compare/export?format=csv&format=json',
    '/compare/export?format=json&bom=1',
  ]) {
    test(`an unknown format or a bad bom is a 400, not CSV: ${url}`, async ({ request }) => {
      const res = await request.get(url);
      expect(res.status()).toBe(400);
      expect((await json(res)).error.status).toBe(400);
    });
  }

  test('no text cell of any CSV starts with =, +, -, @, tab or CR; numeric columns keep negative numbers', async ({
    request,
  }) => {
    for (const url of [
      '/api/v1/scores?format=csv',
      '/api/v1/prices?format=csv',
      '/api/v1/sources?format=csv',
      '/api/v1/plans?format=csv',
      '/compare/export?models=glm-4.5~glm-4.6~kimi-k2&format=csv',
    ]) {
      const text = await (await request.get(url)).text();
      const risky: string[] = [];
      for (const line of text.split('\r\n')) {
        // Cells: unquoted, or quoted with doubled quotes inside.
        for (const m of line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)) {
          const raw = m[1]!;
          const cell = raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw;
          if (/^-\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell)) continue; // a number, written by the number formatter
          if (/^[=+\-@\t\r]/.test(cell)) risky.push(cell);
        }
      }
      expect(risky, url).toEqual([]);
    }
  });
});

test.describe('malformed percent-encoding and prototype names', () => {
  for (const url of ['/models/%ZZ', '/api/v1/models/%ZZ', '/benchmarks/%E0%A4%A', '/compare/%ZZ-vs-glm-4.6', '/%ZZ']) {
    test(`${url} answers 400 with the security headers, not a 500`, async ({ request }) => {
      const res = await request.get(url);
      expect(res.status()).toBe(400);
      const h = res.headers();
      expect(h['content-security-policy']).toContain("default-src 'self'");
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['x-frame-options']).toBe('DENY');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    });
  }

  for (const url of ['/og/page/constructor', '/og/page/__proto__', '/og/page/toString', '/og/page/hasOwnProperty']) {
    test(`${url} is a 404`, async ({ request }) => {
      expect((await request.get(url)).status()).toBe(404);
    });
  }
});
