import { describe, expect, it } from 'vitest';
import { CACHE_PAGE_PER_HOST, CACHE_PINNED_PAGE, CACHE_UNPINNED, pagePolicy } from '@/lib/http-cache';

describe('page caching policy', () => {
  const canonical = 'models=glm-4.5~glm-4.6&benchmarks=hle';
  it('answers the canonical spelling of a view, and redirects every other spelling to it', () => {
    expect(pagePolicy('/compare', `?${canonical}`, true).redirect).toBeNull();
    // As the proxy sees it: "~" percent-encoded.
    expect(pagePolicy('/compare', '?models=glm-4.5%7Eglm-4.6&benchmarks=hle', true).redirect).toBeNull();
    for (const other of [
      '?benchmarks=hle&models=glm-4.5~glm-4.6',
      '?models=GLM-4.5~glm-4.6&benchmarks=HLE',
      `?${canonical}&utm_source=newsletter`,
      `?${canonical}&chart=bar`,
    ]) {
      expect(pagePolicy('/compare', other, true).redirect, other).toBe(`/compare?${canonical}`);
    }
    expect(pagePolicy('/pricing', '?utm_campaign=x', true).redirect).toBe('/pricing');
  });

  it('never redirects away a query the page has to warn about', () => {
    expect(pagePolicy('/compare', '?models=%%%', true).redirect).toBeNull();
    expect(pagePolicy('/compare', '?chart=pie', true).redirect).toBeNull();
  });

  it('lets shared caches keep a pinned view for good and an unpinned one briefly', () => {
    expect(pagePolicy('/compare', `?${canonical}&v=2026-12`, true).cacheControl).toBe(CACHE_PINNED_PAGE);
    expect(CACHE_PINNED_PAGE).toMatch(/public.*s-maxage=31536000.*immutable/);
    expect(pagePolicy('/compare', `?${canonical}`, true).cacheControl).toBe(CACHE_UNPINNED);
    expect(CACHE_UNPINNED).toMatch(/stale-while-revalidate/);
    expect(pagePolicy('/hardware', '?v=2026-12', true).cacheControl).toBe(CACHE_PINNED_PAGE);
    expect(pagePolicy('/models/glm-4.6', '', true).cacheControl).toBe(CACHE_UNPINNED);
  });

  it('lets no shared cache keep a page that names the request’s own host (no SITE_URL)', () => {
    expect(pagePolicy('/compare', `?${canonical}&v=2026-12`, false).cacheControl).toBe(CACHE_PAGE_PER_HOST);
    expect(pagePolicy('/models/glm-4.6', '', false).cacheControl).toBe(CACHE_PAGE_PER_HOST);
    expect(CACHE_PAGE_PER_HOST).toMatch(/^private/);
    // Redirects to the canonical spelling do not depend on it.
    expect(pagePolicy('/compare', `?${canonical}&utm_source=x`, false).redirect).toBe(`/compare?${canonical}`);
  });
});
