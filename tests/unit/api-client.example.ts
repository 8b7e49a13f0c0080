/**
 * A typed client of the API, quoted in README.md ("API"). Not run by the tests, but compiled by
 * `npm run typecheck`, so the README's example keeps matching the document. Types come from
 * lib/api/openapi-types.d.ts (npm run api:types); calls go through openapi-fetch.
 */
import createClient from 'openapi-fetch';
import type { paths } from '../../lib/api/openapi-types';

export async function glmScoresOnHle(baseUrl = 'http://localhost:3000') {
  const api = createClient<paths, 'application/json'>({ baseUrl });
  const { data, error } = await api.GET('/api/v1/scores', {
    params: { query: { models: 'glm-4.5~glm-4.6', benchmarks: 'hle', headline: 'true' } },
  });
  if (error) throw new Error(`${error.error.status}: ${error.error.message}`);
  // data.data is Score[]: value is a number, exactness one of exact | approx | range | lower-bound.
  return data.data.map((s) => `${s.modelId}: ${s.exactness === 'exact' ? s.value : (s.text ?? s.value)} (${s.sourceTitle})`);
}
