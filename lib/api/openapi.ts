/**
 * The OpenAPI 3.1 document of /api/v1, generated from the Zod schemas and route registrations in
 * ./schemas.ts (z.toJSONSchema, JSON Schema 2020-12, the dialect of OpenAPI 3.1). Served at
 * /api/v1/openapi.json and rendered as the readable page /api; lib/api/openapi-types.d.ts is
 * generated from it (npm run api:types). Nothing here is written by hand per route: register a
 * route in ./schemas.ts and it appears here.
 */
import { z } from 'zod';
import { configuredSiteUrl } from '../site-url';
import { BomParam, COMPONENT_DESCRIPTIONS, components, FormatParam, ROUTES, VersionParam, type RouteSpec } from './schemas';

type JsonSchema = Record<string, unknown>;

const REF = (id: string) => `#/components/schemas/${id}`;

/** Every registered schema as JSON Schema, cross-references as $ref to components/schemas. */
function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(components, { target: 'draft-2020-12', io: 'output', uri: REF });
  const out: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // Each component is a subschema of the document: no $schema or $id of its own.
    const { $schema: _s, $id: _i, ...rest } = schema as JsonSchema;
    out[id] = { description: COMPONENT_DESCRIPTIONS.get(id), ...rest };
  }
  return out;
}

/** The schema of a registered component, as a $ref. */
function refTo(schema: z.ZodType): JsonSchema {
  const meta = components.get(schema);
  if (!meta) throw new Error('a route body must be a registered component (see component() in lib/api/schemas.ts)');
  return { $ref: REF(meta.id) };
}

/** A parameter schema (no $refs) as JSON Schema, its description lifted to the parameter. */
function parameter(name: string, where: 'query' | 'path', schema: z.ZodType): JsonSchema {
  const { $schema: _s, description, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as JsonSchema;
  return { name, in: where, required: where === 'path', description, schema: json };
}

const ERROR_CONTENT = { 'application/json': { schema: { $ref: REF('Error') } } };

function operation(route: RouteSpec) {
  // The front door and this document take no parameters and are the same for every version.
  const fixed = !route.versioned && !route.csv;
  const parameters = [
    ...Object.entries(route.pathParams ?? {}).map(([name, s]) => parameter(name, 'path', s)),
    ...(route.versioned ? [parameter('v', 'query', VersionParam)] : []),
    ...Object.entries(route.query ?? {}).map(([name, s]) => parameter(name, 'query', s)),
    ...(fixed ? [] : [parameter('format', 'query', FormatParam(!!route.csv))]),
    ...(route.csv ? [parameter('bom', 'query', BomParam)] : []),
  ];
  return {
    summary: route.summary,
    description: route.description,
    operationId: operationId(route.path),
    parameters,
    responses: {
      '200': {
        description: fixed
          ? 'The answer.'
          : 'The answer. It carries an ETag (send If-None-Match for a 304) and a Cache-Control: immutable for a named version, a minute for the latest.',
        content: {
          'application/json': { schema: refTo(route.body) },
          ...(route.csv
            ? {
                'text/csv': {
                  schema: {
                    type: 'string',
                    description: `RFC 4180 with a header row. Columns: ${route.csv.join(', ')}. Text cells starting with =, +, -, @, tab or CR are prefixed with an apostrophe; numbers stay numbers.`,
                  },
                },
              }
            : {}),
        },
      },
      ...(fixed ? {} : { '304': { description: 'Not modified: If-None-Match named the current ETag.' } }),
      '400': { $ref: '#/components/responses/BadRequest' },
      '404': { $ref: '#/components/responses/NotFound' },
      '405': { $ref: '#/components/responses/MethodNotAllowed' },
    },
  };
}

function operationId(path: string): string {
  const words = path
    .replace(/^\/api\/v1/, '')
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return 'getIndex';
  return `get${words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}`;
}

export function buildOpenApi() {
  const schemas = componentSchemas();
  return {
    openapi: '3.1.0',
    info: {
      title: 'GLM Compare API',
      version: '1.0.0',
      description:
        'Read-only access to every value GLM Compare shows: models, benchmarks, scores with their settings and sources, prices, GPU requirements, plans and sources. Lists answer {"version": ..., "data": [...]}. Values keep their exactness (exact, approx, range, lower-bound) and the source\'s original text; a missing value is absent or null, never zero. Every route answers GET and HEAD, and OPTIONS (a CORS preflight: 204); any answer may be read from any origin (Access-Control-Allow-Origin: *, ETag exposed). An unknown path under /api/v1 is a JSON 404.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: configuredSiteUrl() ?? '/' }],
    paths: Object.fromEntries(ROUTES.map((r) => [r.path, { get: operation(r) }])),
    components: {
      schemas,
      responses: {
        BadRequest: {
          description: 'A bad parameter: unknown, repeated, oversized or malformed (param names it), or a malformed path.',
          content: ERROR_CONTENT,
        },
        NotFound: { description: 'An unknown id, data version or path.', content: ERROR_CONTENT },
        MethodNotAllowed: {
          description: 'A method other than GET, HEAD and OPTIONS. The Allow header lists the methods.',
          headers: { Allow: { schema: { type: 'string', const: 'GET, HEAD, OPTIONS' } } },
          content: ERROR_CONTENT,
        },
      },
    },
  } as const;
}

export const OPENAPI = buildOpenApi();
export type OpenApiDocument = typeof OPENAPI;
