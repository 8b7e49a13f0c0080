import fs from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '@/lib/api/generate-types';
import { OPENAPI } from '@/lib/api/openapi';
import { ROUTES } from '@/lib/api/schemas';

type Json = { [key: string]: unknown };
const copy = () => JSON.parse(JSON.stringify(OPENAPI)) as Json;

/** Every property schema in the document, with the path that leads to it. */
function properties(schema: unknown, at: string, out: Array<[string, Json]> = []): Array<[string, Json]> {
  if (!schema || typeof schema !== 'object') return out;
  const s = schema as Json;
  for (const [name, p] of Object.entries((s.properties ?? {}) as Record<string, Json>)) {
    out.push([`${at}.${name}`, p]);
    properties(p, `${at}.${name}`, out);
  }
  for (const key of ['items', 'additionalProperties'] as const) if (s[key]) properties(s[key], `${at}[${key}]`, out);
  for (const sub of (s.anyOf ?? []) as Json[]) properties(sub, at, out);
  return out;
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document (swagger-parser)', async () => {
    const api = (await SwaggerParser.validate(copy() as never)) as unknown as Json;
    expect(api.openapi).toBe('3.1.0');
    expect((api.info as Json).license).toEqual({ name: 'MIT', identifier: 'MIT' });
  });

  it('describes every registered route, and only those', () => {
    expect(Object.keys(OPENAPI.paths)).toEqual(ROUTES.map((r) => r.path));
    expect(Object.keys(OPENAPI.paths)).toEqual(
      expect.arrayContaining(['/api/v1/scores', '/api/v1/models/{id}', '/api/v1/benchmarks/{id}', '/api/v1/plans']),
    );
  });

  it('gives every field a type and a description', () => {
    const all = Object.entries(OPENAPI.components.schemas).flatMap(([id, s]) => properties(s, id));
    expect(all.length).toBeGreaterThan(100);
    for (const [at, p] of all) {
      // A $ref's description is its component's.
      if (!p.$ref) expect(typeof p.description, `${at} has no description`).toBe('string');
      expect(p.type ?? p.anyOf ?? p.$ref ?? p.enum, `${at} has no type`).toBeDefined();
    }
    const score = OPENAPI.components.schemas.Score as unknown as Json;
    expect(((score.properties as Json).exactness as Json).enum).toEqual(['exact', 'approx', 'range', 'lower-bound']);
    expect((score.properties as Json).upper).toMatchObject({ type: ['number', 'null'] });
    expect(score.additionalProperties).toBe(false);
    const settings = OPENAPI.components.schemas.ScoreSettings as unknown as Json;
    expect(((settings.properties as Json).thinking as Json).anyOf).toEqual([
      { type: 'string', enum: ['on', 'off'] },
      { type: 'null' },
    ]);
  });

  it('gives every parameter a description and a schema with its pattern or values, and every error its JSON shape', () => {
    for (const [path, item] of Object.entries(OPENAPI.paths)) {
      const op = item.get as unknown as Json;
      for (const p of op.parameters as Json[]) {
        expect(typeof p.description, `${path} ${p.name}`).toBe('string');
        const schema = p.schema as Json;
        expect(schema.pattern ?? schema.enum, `${path} ${p.name} has neither pattern nor enum`).toBeDefined();
      }
      const responses = op.responses as Json;
      expect(responses['405']).toEqual({ $ref: '#/components/responses/MethodNotAllowed' });
    }
    const models = (OPENAPI.paths['/api/v1/scores']!.get as unknown as Json).parameters as Json[];
    expect(models.find((p) => p.name === 'models')!.schema).toMatchObject({
      maxLength: 2000,
      pattern: expect.stringContaining('~'),
    });
    for (const name of ['BadRequest', 'NotFound', 'MethodNotAllowed'] as const) {
      expect(OPENAPI.components.responses[name].content['application/json'].schema).toEqual({
        $ref: '#/components/schemas/Error',
      });
    }
  });
});

describe('the generated client types', () => {
  it(`${API_TYPES_FILE} is what npm run api:types generates from the document`, async () => {
    const fresh = await generateApiTypes();
    const committed = fs.readFileSync(API_TYPES_FILE, 'utf8');
    expect(committed === fresh, `${API_TYPES_FILE} is stale: run npm run api:types and commit it`).toBe(true);
  });
});

describe('the README', () => {
  it('quotes the typed client example exactly as it compiles', () => {
    const example = fs.readFileSync('tests/unit/api-client.example.ts', 'utf8');
    const code = example.slice(example.indexOf("import createClient from 'openapi-fetch';")).trim();
    expect(fs.readFileSync('README.md', 'utf8')).toContain(code);
  });
});
