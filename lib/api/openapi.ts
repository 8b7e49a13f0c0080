/**
 * The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json and rendered as the
 * readable page /api. Kept beside the handlers' column lists so the two cannot drift far; the
 * contract tests check every path here answers.
 */
import { configuredSiteUrl } from '../site-url';
import {
  BENCHMARK_COLUMNS,
  HARDWARE_COLUMNS,
  MODEL_COLUMNS,
  PLAN_COLUMNS,
  PRICE_COLUMNS,
  SCORE_COLUMNS,
  SOURCE_COLUMNS,
  VERSION_COLUMNS,
} from './columns';

const versionParam = {
  name: 'v',
  in: 'query',
  required: false,
  description:
    'Data version (YYYY-MM, see /api/v1/versions). Omitted: the latest. A named version is immutable, and its answers are cached for good.',
  schema: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
};
const formatParam = {
  name: 'format',
  in: 'query',
  required: false,
  description: 'json (default) or csv.',
  schema: { type: 'string', enum: ['json', 'csv'] },
};
const listParam = (name: string, what: string) => ({
  name,
  in: 'query',
  required: false,
  description: `${what} ids separated by "~", as in permalinks (e.g. glm-4.5~glm-4.6). Unknown ids give a 404 that lists them.`,
  schema: { type: 'string' },
});

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['status', 'message'],
      properties: {
        status: { type: 'integer' },
        message: { type: 'string' },
        param: { type: 'string', description: 'The parameter at fault.' },
      },
    },
  },
};

const responses = (description: string, columns: readonly string[], csv = true) => ({
  '200': {
    description: `${description} Every answer carries an ETag (send If-None-Match for a 304) and Cache-Control.`,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['version', 'data'],
          properties: {
            version: { type: 'string' },
            data: { type: 'array', items: { type: 'object', description: `Fields: ${columns.join(', ')}` } },
          },
        },
      },
      ...(csv ? { 'text/csv': { schema: { type: 'string', description: `Columns: ${columns.join(', ')}` } } } : {}),
    },
  },
  '304': { description: 'Not modified (If-None-Match matched the ETag).' },
  '400': {
    description: 'A bad parameter: unknown, repeated, oversized or malformed. The error names it.',
    content: { 'application/json': { schema: errorSchema } },
  },
  '404': { description: 'An unknown id or data version.', content: { 'application/json': { schema: errorSchema } } },
});

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'GLM Compare API',
    version: '1.0.0',
    description:
      'Read-only access to every value GLM Compare shows: models, benchmarks, scores with their settings and sources, prices, GPU requirements, plans and sources. Lists answer {"version": ..., "data": [...]}. Values keep their exactness (exact, approx, range, lower-bound) and the source\'s original text; a missing value is absent, never zero.',
    license: { name: 'MIT' },
  },
  servers: [{ url: configuredSiteUrl() ?? '/' }],
  paths: {
    '/api/v1/versions': {
      get: {
        summary: 'Data versions, oldest first',
        parameters: [formatParam],
        responses: responses('The versions.', VERSION_COLUMNS),
      },
    },
    '/api/v1/models': {
      get: {
        summary: 'Models with their headline specs',
        parameters: [versionParam, listParam('models', 'Model'), formatParam],
        responses: responses('The models.', MODEL_COLUMNS),
      },
    },
    '/api/v1/models/{id}': {
      get: {
        summary: 'One model with every score and hardware row',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, versionParam],
        responses: responses('The model.', MODEL_COLUMNS, false),
      },
    },
    '/api/v1/benchmarks': {
      get: {
        summary: 'Benchmarks',
        parameters: [versionParam, formatParam],
        responses: responses('The benchmarks.', BENCHMARK_COLUMNS),
      },
    },
    '/api/v1/benchmarks/{id}': {
      get: {
        summary: 'One benchmark with every score',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, versionParam],
        responses: responses('The benchmark.', BENCHMARK_COLUMNS, false),
      },
    },
    '/api/v1/scores': {
      get: {
        summary: 'Score rows, each with its settings, exactness and source',
        parameters: [
          versionParam,
          listParam('models', 'Model'),
          listParam('benchmarks', 'Benchmark'),
          {
            name: 'headline',
            in: 'query',
            required: false,
            description: 'true: only the value shown for each model and benchmark.',
            schema: { type: 'string', enum: ['true', 'false'] },
          },
          formatParam,
        ],
        responses: responses('The scores.', SCORE_COLUMNS),
      },
    },
    '/api/v1/prices': {
      get: {
        summary: 'API prices per 1M tokens, in the currency listed',
        parameters: [versionParam, listParam('models', 'Model'), formatParam],
        responses: responses('The prices.', PRICE_COLUMNS),
      },
    },
    '/api/v1/hardware': {
      get: {
        summary: 'Published GPU requirements',
        parameters: [versionParam, listParam('models', 'Model'), formatParam],
        responses: responses('The requirements.', HARDWARE_COLUMNS),
      },
    },
    '/api/v1/sources': {
      get: { summary: 'Sources', parameters: [versionParam, formatParam], responses: responses('The sources.', SOURCE_COLUMNS) },
    },
    '/api/v1/plans': {
      get: {
        summary: 'Subscription plans',
        parameters: [versionParam, formatParam],
        responses: responses('The plans.', PLAN_COLUMNS),
      },
    },
  },
} as const;
