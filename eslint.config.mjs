import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'out/**',
    'var/**',
    'bench-results/**',
    'lighthouse-results/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    'drizzle/**',
  ]),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Data access goes through lib/queries; components and routes never open the database.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/lib/db/*', '@/lib/db/*', '../db/*'], message: 'Read data through lib/queries, never lib/db directly.' },
          ],
        },
      ],
    },
  },
  {
    // Plain CommonJS run by Node as is (the standalone server).
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['lib/**', 'scripts/**', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
]);
