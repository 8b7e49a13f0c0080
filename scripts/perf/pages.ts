import { warmCompareUrl } from './compare-urls';

/**
 * The main pages whose default views have budgets (README › Quality): measured by `npm run bench`
 * (throughput, HTML weight) and `npm run lighthouse` (scores, LCP, TBT, DOM size), and put side by
 * side by `npm run quality`.
 */
export function mainPages(version: string): Array<{ name: string; path: string }> {
  return [
    { name: 'home', path: '/' },
    { name: 'compare', path: warmCompareUrl(version) },
    { name: 'model', path: '/models/glm-4.6' },
    { name: 'benchmark', path: '/benchmarks/swe-bench-verified' },
    { name: 'pricing', path: '/pricing' },
    { name: 'pricing-state', path: '/pricing?model=glm-4.6&in=3000&out=600&cache=50' },
    { name: 'hardware', path: '/hardware' },
    // The explorer's and the lists' default views (prerendered twins or pages with SITE_URL).
    { name: 'compare-default', path: '/compare' },
    { name: 'models', path: '/models' },
    { name: 'benchmarks', path: '/benchmarks' },
  ];
}

/** The budgets of issue "light pages", per main page's default view. */
export const PAGE_BUDGETS = { htmlBytes: 150 * 1024, domElements: 1500, maxResponseBytes: 2 * 1024 * 1024 };
