import type { NextConfig } from 'next';
import { COMMON_SECURITY_HEADERS, csp } from './lib/security-headers';

const common = [...COMMON_SECURITY_HEADERS];

const nextConfig: NextConfig = {
  // Several builds can live side by side (e.g. parallel work on one machine): NEXT_DIST_DIR picks the folder.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: '/:path((?!embed(?:/|$)).*)',
        headers: [...common, { key: 'Content-Security-Policy', value: csp("'none'") }, { key: 'X-Frame-Options', value: 'DENY' }],
      },
      { source: '/embed/:path*', headers: [...common, { key: 'Content-Security-Policy', value: csp('*') }] },
    ];
  },
};

export default nextConfig;
