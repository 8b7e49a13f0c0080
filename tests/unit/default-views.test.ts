import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_TWINS, defaultViewTwin, twinsBuilt, twinsServeThisSite } from '@/lib/default-views';

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
    process.env.GLM_BUILD_SITE_URL = '';
    expect(twinsBuilt()).toBe(false);
    expect(twinsServeThisSite('https://glm.example')).toBe(false);
  });

  it('has a prerendered page for every twin, rendering its page with no query', () => {
    for (const [page, twin] of Object.entries(DEFAULT_VIEW_TWINS)) {
      const file = path.join(process.cwd(), 'app', twin, 'page.tsx');
      const source = fs.readFileSync(file, 'utf8');
      expect(source, twin).toContain("export const dynamic = 'force-static'");
      expect(source, twin).toContain('<DefaultView page=');
      // Served at its page's address, so it names that address as canonical (compare pins its own).
      if (page !== '/compare') expect(source, twin).toContain(`canonical: '${page}'`);
    }
  });
});
