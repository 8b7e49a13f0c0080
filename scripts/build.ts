/**
 * npm run build: always rebuilds. Validates the data and builds the SQLite database, builds the
 * Next.js app (with its self-contained server in <distDir>/standalone), puts beside that
 * server what it reads at run time (static assets, public/, the database, data/ and drizzle/),
 * then writes the stamp `npm start` compares against (scripts/build-stamp.ts).
 *
 * `tsx scripts/build.ts --if-stale` builds only when that stamp is missing or differs (what
 * `npm start` and the deploy tests do).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath } from '../lib/db/path';
import { ROOT, distDir, inputsHash, staleReason, standaloneDir, stampFile, writeStamp } from './build-stamp';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env } });
  if (result.status !== 0) {
    console.error(`build: ${command} ${args.join(' ')} failed (${result.status ?? result.signal}); no build stamp written.`);
    process.exit(1);
  }
}

function copy(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.cpSync(from, to, { recursive: true });
}

const started = performance.now();
// The hash is taken before building, so an edit made during the build triggers the next one.
const hash = inputsHash();
if (process.argv.includes('--if-stale')) {
  const reason = staleReason(hash);
  if (reason === null) {
    console.log(
      `build: ${distDir()}/ is current (checked in ${((performance.now() - started) / 1000).toFixed(1)} s); not rebuilding.`,
    );
    process.exit(0);
  }
  console.log(`build: rebuilding ${distDir()}/ (${reason})`);
}
fs.rmSync(stampFile(), { force: true });

run(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/db-build.ts']);
// With a dist folder other than .next, next build rewrites tsconfig.json and next-env.d.ts: put them back.
const kept = ['tsconfig.json', 'next-env.d.ts'].map((f) => {
  const file = path.join(ROOT, f);
  return { file, text: fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null };
});
try {
  run(process.execPath, [path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build']);
} finally {
  for (const k of kept) if (k.text !== null && fs.readFileSync(k.file, 'utf8') !== k.text) fs.writeFileSync(k.file, k.text);
}

const out = standaloneDir();
if (!fs.existsSync(path.join(out, 'server.js'))) {
  console.error(`build: next build left no ${path.relative(ROOT, out)}/server.js (is output: 'standalone' set?)`);
  process.exit(1);
}
copy(path.join(ROOT, distDir(), 'static'), path.join(out, distDir(), 'static'));
for (const folder of ['public', 'data', 'drizzle']) copy(path.join(ROOT, folder), path.join(out, folder));
copy(databasePath(), path.join(out, 'var', 'glm-compare.db'));
fs.copyFileSync(path.join(ROOT, 'scripts', 'standalone-server.cjs'), path.join(out, 'glm-server.cjs'));

writeStamp(hash);
console.log(
  `build: done in ${((performance.now() - started) / 1000).toFixed(1)} s; serve it with \`node ${path.relative(ROOT, out)}/glm-server.cjs\` (or \`npm start\`).`,
);
