import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import { ROUTES } from '../../lib/api/schemas';

/**
 * The API's contract: every route is called against the production build and every JSON answer
 * is validated (Ajv, JSON Schema 2020-12) against the schema the served OpenAPI document gives
 * for that path and status. A field the schema does not know, a missing one, a wrong type or a
 * value outside its enum fails here.
 */

type Json = { [key: string]: unknown };
let doc: Json;
let ajv: Ajv2020;

const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

test.beforeAll(async ({ request }) => {
  const res = await request.get('/api/v1/openapi.json');
  expect(res.status()).toBe(200);
  doc = await res.json();
  // strict: false, as the document around the schemas has keywords JSON Schema does not know (paths, info).
  ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(doc, 'openapi');
});

/** The validator of the JSON body the document gives for this path and status. */
function validatorFor(path: string, status: number): ValidateFunction {
  const paths = doc.paths as Record<string, { get: { responses: Record<string, Json> } }>;
  const response = paths[path]?.get.responses[String(status)];
  expect(response, `the document has no ${status} answer for ${path}`).toBeDefined();
  const ref = typeof response!.$ref === 'string' ? response!.$ref.slice(1) : `/paths/${pointer(path)}/get/responses/${status}`;
  const validate = ajv.getSchema(`openapi#${ref}/content/application~1json/schema`);
  expect(validate, `no JSON schema for ${status} of ${path}`).toBeDefined();
  return validate!;
}

async function expectContract(res: APIResponse, path: string, status: number) {
  expect(res.status(), res.url()).toBe(status);
  expect(res.headers()['content-type']).toContain('application/json');
  expect(res.headers()['access-control-allow-origin']).toBe('*');
  const body = await res.json();
  const validate = validatorFor(path, status);
  const ok = validate(body);
  expect(ok ? [] : validate.errors!.slice(0, 5), `${res.url()} leaves its contract`).toEqual([]);
  return body;
}

/** The documented path an example URL belongs to ('/api/v1/models/glm-4.6' -> '/api/v1/models/{id}'). */
function documentedPath(url: string): string {
  const pathname = new URL(url, 'http://x').pathname;
  const found = Object.keys(doc.paths as Json).find((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(pathname));
  expect(found, `no documented path for ${url}`).toBeDefined();
  return found!;
}

async function get(request: APIRequestContext, url: string) {
  return request.get(url);
}

test.describe('every API answer keeps to the OpenAPI document', () => {
  test('every documented path is registered with examples, and every registered route is documented', () => {
    expect(Object.keys(doc.paths as Json).sort()).toEqual(ROUTES.map((r) => r.path).sort());
    for (const r of ROUTES) expect(r.examples.length, r.path).toBeGreaterThan(0);
  });

  for (const route of ROUTES) {
    for (const example of route.examples) {
      test(`200 ${example}`, async ({ request }) => {
        const res = await get(request, example);
        if (example.includes('format=csv')) {
          expect(res.status()).toBe(200);
          expect(res.headers()['content-type']).toContain('text/csv');
          const text = await res.text();
          const header = text.replace(/^\uFEFF/, '').split('\r\n')[0];
          expect(header).toBe(route.csv!.join(','));
          expect(text.startsWith('\uFEFF')).toBe(example.includes('bom=1'));
          return;
        }
        await expectContract(res, documentedPath(example), 200);
      });
    }
  }

  const FILTERS = [
    '/api/v1/models?models=glm-4.5~glm-4.6&v=2025-10',
    '/api/v1/scores',
    '/api/v1/scores?models=glm-4.6&headline=false&v=2026-11',
    '/api/v1/scores?benchmarks=aime-2025&headline=true',
    '/api/v1/prices',
    '/api/v1/hardware',
    '/api/v1/benchmarks?v=2025-08',
    '/api/v1/sources?v=2025-08',
    '/api/v1/plans?v=2026-11',
    '/api/v1/models/glm-4.5?v=2025-08',
    '/api/v1/benchmarks/hle?v=2025-10',
    '/api/v1/models/glm-4.5-air',
  ];
  for (const url of FILTERS) {
    test(`200 ${url}`, async ({ request }) => {
      await expectContract(await get(request, url), documentedPath(url), 200);
    });
  }

  const ERRORS: Array<[string, number]> = [
    ['/api/v1/scores?model=glm-4.5', 400],
    ['/api/v1/scores?models=glm-4.5&models=glm-4.6', 400],
    ['/api/v1/scores?format=xml', 400],
    ['/api/v1/scores?bom=2&format=csv', 400],
    ['/api/v1/scores?bom=1', 400],
    ['/api/v1/models/glm-4.6?format=csv', 400],
    ['/api/v1/benchmarks?v=latest', 400],
    ['/api/v1/models/%ZZ', 400],
    ['/api/v1/models/glm-9', 404],
    ['/api/v1/benchmarks/nope', 404],
    ['/api/v1/scores?v=1999-01', 404],
    ['/api/v1/prices?models=nope', 404],
  ];
  for (const [url, status] of ERRORS) {
    test(`${status} ${url}`, async ({ request }) => {
      const body = await expectContract(await get(request, url), documentedPath(url), status);
      expect(body.error.status).toBe(status);
    });
  }

  for (const [method, url] of [
    ['POST', '/api/v1/scores'],
    ['DELETE', '/api/v1/models/glm-4.6'],
    ['PUT', '/api/v1'],
  ] as const) {
    test(`405 ${method} ${url}`, async ({ request }) => {
      const res = await request.fetch(url, { method });
      expect(res.headers()['allow']).toBe('GET, HEAD, OPTIONS');
      await expectContract(res, documentedPath(url), 405);
    });
  }

  test('404 for an unknown path under /api/v1, in the Error shape', async ({ request }) => {
    const res = await get(request, '/api/v1/no/such/thing');
    expect(res.status()).toBe(404);
    const validate = ajv.getSchema('openapi#/components/responses/NotFound/content/application~1json/schema')!;
    const body = await res.json();
    expect(validate(body) ? [] : validate.errors).toEqual([]);
  });
});
