import { describe, expect, it } from 'vitest';
import { checkSiteUrlAtStart, configuredSiteUrl, normalizeSiteUrl, originFromHeaders, SiteUrlError } from '@/lib/site-url';

describe('SITE_URL', () => {
  it('is normalized to an origin without a trailing slash', () => {
    expect(normalizeSiteUrl('https://glm.example/')).toBe('https://glm.example');
    expect(normalizeSiteUrl(' https://GLM.example:8443 ')).toBe('https://glm.example:8443');
    expect(configuredSiteUrl({ SITE_URL: '' })).toBeNull();
    expect(configuredSiteUrl({})).toBeNull();
  });

  it('refuses what cannot be a site address', () => {
    for (const bad of [
      'glm.example',
      'ftp://glm.example',
      'https://glm.example/?a=1',
      'https://u:p@glm.example',
      'https://glm.example/site',
    ]) {
      expect(() => normalizeSiteUrl(bad), bad).toThrow(SiteUrlError);
    }
  });

  it('falls back to the address a request came to, trusting only well-formed hosts', () => {
    const h = (entries: Record<string, string>) => new Headers(entries);
    expect(originFromHeaders(h({ host: '127.0.0.1:3300' }))).toBe('http://127.0.0.1:3300');
    expect(originFromHeaders(h({ host: 'internal:3000', 'x-forwarded-host': 'glm.example', 'x-forwarded-proto': 'https' }))).toBe(
      'https://glm.example',
    );
    expect(originFromHeaders(h({ host: '[::1]:3301' }))).toBe('http://[::1]:3301');
    expect(originFromHeaders(h({ host: 'evil.example/"><script>' }))).toBeNull();
    expect(originFromHeaders(h({}))).toBeNull();
  });

  it('warns once at a production start without it, or when it differs from the build', () => {
    const env = process.env as Record<string, string | undefined>;
    const saved = { SITE_URL: env.SITE_URL, NODE_ENV: env.NODE_ENV };
    const logged: string[] = [];
    try {
      env.NODE_ENV = 'production';
      delete env.SITE_URL;
      checkSiteUrlAtStart('', (m) => logged.push(m));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain('SITE_URL is not set');
      env.SITE_URL = 'https://glm.example';
      checkSiteUrlAtStart('https://glm.example/', (m) => logged.push(m));
      expect(logged).toHaveLength(1);
      checkSiteUrlAtStart('https://old.example', (m) => logged.push(m));
      expect(logged[1]).toContain('SITE_URL=https://old.example');
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete env[k];
        else env[k] = v;
      }
    }
  });
});
