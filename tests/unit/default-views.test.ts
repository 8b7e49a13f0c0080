import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CACHED_VIEW_PAGES,
  cachedViewPath,
  DEFAULT_VIEW_TWINS,
  defaultViewTwin,
  MAX_CACHED_QUERY,
  publicViewOf,
  segmentQuery,
  twinsBuilt,
  twinsServeThisSite,
} from '@/lib/default-views';
import { pagePolicy } from '@/lib/http-cache';

const saved = process.env.GLM_BUILD_SITE_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.GLM_BUILD_SITE_URL;
  else process.env.GLM_BUILD_SITE_URL = saved;
});

describe('default views served from prerendered twins', () => {
  it('serves a page from its twin only when asked with no query at all', () => {
    expect(defaultViewTwin('/pricing', '')).toBe('/pricing/default');
    expect(defaultViewTwin('/', '')).toBe('/default');
    expect(defaultViewTwin('/pricing', '?model=glm-4.6')).toBeNull();
    expect(defaultViewTwin('/compare', '?v=2026-12')).toBeNull();
    expect(defaultViewTwin('/models/glm-4.6', '')).toBeNull();
    expect(defaultViewTwin('/about', '')).toBeNull();
  });

  it('uses the twins only when the server runs with the SITE_URL the build was made with', () => {
    process.env.GLM_BUILD_SITE_URL = 'https://glm.example';
    expect(twinsBuilt()).toBe(true);
    expect(twinsServeThisSite('https://glm.example')).toBe(true);
    expect(twinsServeThisSite('https://GLM.example/')).toBe(true);
    expect(twinsServeThisSite('https://other.example')).toBe(false);
    expect(twinsServeThisSite(undefined)).toBe(false);
    process.env.GLM_VIEW_CACHE = 'off';
    expect(twinsServeThisSite('https://glm.example')).toBe(false);
    delete process.env.GLM_VIEW_CACHE;
    process.env.GLM_BUILD_SITE_URL = '';
    expect(twinsBuilt()).toBe(false);
    expect(twinsServeThisSite('https://glm.example')).toBe(false);
  });

  it('has a prerendered page for every twin, rendering its page with no query', () => {
    for (const [page, twin] of Object.entries(DEFAULT_VIEW_TWINS)) {
      const file = path.join(process.cwd(), 'app', twin, 'page.tsx');
      const source = fs.readFileSync(file, 'utf8');
      expect(source, twin).toContain("export const dynamic = 'force-static'");
      expect(source, twin).toContain('export const revalidate = 60');
      expect(source, twin).toContain('<DefaultView page=');
      // Served at its page's address, so it names that address as canonical (compare pins its own; / names none).
      if (page !== '/compare' && page !== '/') expect(source, twin).toContain(`canonical: '${page}'`);
    }
  });

  it('caches a canonical /compare or /pricing view under a path that maps back to the same view', () => {
    const query = 'models=glm-4.5~glm-4.6&benchmarks=swe-bench-verified~hle&v=2026-12';
    const viewPath = cachedViewPath('/compare', `?${query}`);
    expect(viewPath).toBe(`/compare/view/${encodeURIComponent(query)}`);
    expect(publicViewOf(viewPath!)).toEqual({ pathname: '/compare', search: `?${query}` });
    // The proxy answers the rewritten request with the public view's policy: pinned stays pinned.
    const view = publicViewOf(viewPath!)!;
    expect(pagePolicy(view.pathname, view.search, true)).toEqual(pagePolicy('/compare', `?${query}`, true));
    expect(publicViewOf('/pricing/default')).toEqual({ pathname: '/pricing', search: '' });
    expect(cachedViewPath('/pricing', '?model=glm-4.6&in=3000')).toBe('/pricing/view/model%3Dglm-4.6%26in%3D3000');
  });

  it('renders per request what it does not cache: no query, other pages, overlong queries, nested or malformed paths', () => {
    expect(cachedViewPath('/compare', '')).toBeNull();
    expect(cachedViewPath('/hardware', '?model=glm-4.6')).toBeNull();
    expect(cachedViewPath('/compare', `?models=${'a'.repeat(MAX_CACHED_QUERY)}`)).toBeNull();
    expect(publicViewOf('/compare/view/a/b')).toBeNull();
    expect(publicViewOf('/compare/view/%E0%A4%A')).toBeNull();
    expect(publicViewOf('/compare/glm-4.6-vs-glm-4.5')).toBeNull();
    for (const base of Object.values(CACHED_VIEW_PAGES)) {
      expect(fs.existsSync(path.join(process.cwd(), 'app', base, '[query]', 'page.tsx')), base).toBe(true);
    }
  });

  it("reads a cached view's query whether its path segment comes encoded or decoded", () => {
    const query = 'models=glm-4.5~glm-4.6&benchmarks=hle&v=2026-12';
    expect(segmentQuery(encodeURIComponent(query))).toBe(query);
    expect(segmentQuery(query)).toBe(query);
    expect(segmentQuery('%E0%A4%A')).toBe('');
  });
});
