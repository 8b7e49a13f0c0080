import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Several builds can live side by side (e.g. parallel work on one machine): NEXT_DIST_DIR picks the folder.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
