/**
 * npm start: the one command. Builds the database and the app only when something they
 * depend on changed since the last successful build (scripts/build.ts --if-stale, which
 * compares a hash of the inputs with the stamp the last build left), then serves the
 * standalone build on PORT (default 3000) and HOSTNAME (default all interfaces).
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { databasePath } from '../lib/db/path';
import { configuredSiteUrl } from '../lib/site-url';
import { ROOT, standaloneDir } from './build-stamp';

configuredSiteUrl(); // a malformed SITE_URL stops here, before any build

const build = spawnSync(
  process.execPath,
  [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build.ts', '--if-stale'],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(process.execPath, [path.join(standaloneDir(), 'glm-server.cjs')], {
  stdio: 'inherit',
  env: {
    NEXT_TELEMETRY_DISABLED: '1',
    ...process.env,
    NODE_ENV: 'production',
    PORT: process.env.PORT || '3000',
    // Read the project's database, so `npm run db:build` shows up without a restart.
    DATABASE_PATH: databasePath(),
  },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
