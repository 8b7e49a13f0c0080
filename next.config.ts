import type { NextConfig } from 'next';
import { COMMON_SECURITY_HEADERS, csp } from './lib/security-headers';

const common = [...COMMON_SECURITY_HEADERS];

const nextConfig: NextConfig = {
  // Several builds can live side by side (e.g. parallel work on one machine): NEXT_DIST_DIR picks the folder.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // A self-contained server in <distDir>/standalone (scripts/start.ts and the Dockerfile run it).
  output: 'standalone',
  // Trace files from this folder only, even when a lockfile sits in a parent folder.
  outputFileTracingRoot: process.cwd(),
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  // SITE_URL as it was when this build was made: prerendered pages carry it, and the server
  // compares it with its own SITE_URL at start (instrumentation.ts, lib/site-url.ts).
  env: { GLM_BUILD_SITE_URL: process.env.SITE_URL ?? '' },
  // Views cached on first request (app/compare/view, app/pricing/view; lib/default-views.ts) stay in
  // the server's memory, in Next's bounded LRU (cacheMaxMemorySize, 50 MB by default), never on disk:
  // every canonical URL is a possible entry, and a disk that any reader can fill is a fault waiting.
  experimental: { isrFlushToDisk: false },
  // Those views revalidate after a minute (their routes' `revalidate`); a shared cache may serve a stale
  // one for ten minutes more while it refetches, as lib/http-cache.ts allows unpinned pages.
  expireTime: 660,
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: '/:path((?!embed(?:/|$)).*)',
        headers: [...common, { key: 'Content-Security-Policy', value: csp("'none'") }, { key: 'X-Frame-Options', value: 'DENY' }],
      },
      { source: '/embed/:path*', headers: [...common, { key: 'Content-Security-Policy', value: csp('*') }] },
      // Pages' Cache-Control is set by proxy.ts (lib/http-cache.ts), which knows pinned views and SITE_URL.
    ];
  },
};

export default nextConfig;
