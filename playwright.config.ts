import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

const launchOptions = {
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    trace: 'off',
    screenshot: 'off',
  },
  projects: [
    // HTTP-level suites (API contracts, preview images, headers, fuzzing) need no browser page.
    // deploy.spec.ts also builds .next-site/ with SITE_URL (once; reused while its stamp is current).
    { name: 'http', testMatch: /(api|api-contract|og|headers|fuzz|versions|fault|deploy)\.spec\.ts$/ },
    {
      name: 'desktop',
      testIgnore: /(api|api-contract|og|headers|fuzz|versions|fault|deploy)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions },
    },
    {
      name: 'phone',
      testIgnore: /(api|api-contract|og|headers|fuzz|versions|fault|deploy)\.spec\.ts$/,
      use: { ...devices['Pixel 5'], viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, launchOptions },
    },
  ],
  webServer: {
    // The app must already be built (npm run test:e2e builds it first).
    command: `node node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `${BASE_URL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      // This server runs without SITE_URL: pages name the address each request came to (deploy.spec.ts checks it).
      SITE_URL: '',
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
      ...(process.env.DATABASE_PATH ? { DATABASE_PATH: process.env.DATABASE_PATH } : {}),
    },
  },
});
