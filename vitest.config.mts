import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const __dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      // Query and db modules import 'server-only', which throws outside a React server build.
      'server-only': path.resolve(__dirname, 'tests/unit/support/server-only.ts'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    setupFiles: ['tests/unit/support/fast-check-seed.ts'],
    // The database handle looks for a rebuilt file on every call, so tests need not wait for it.
    env: { DATABASE_CHECK_INTERVAL_MS: '0' },
  },
});
