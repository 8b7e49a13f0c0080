/**
 * npm run db:build
 * Validates every data version, then builds the SQLite database into a new file and renames
 * it over the old one. On any problem the old database stays byte-identical and the exit
 * code is 1.
 */
import path from 'node:path';
import { formatIssue, loadAll } from '../lib/data/load';
import { buildDatabase, removeStaleTempFiles } from '../lib/db/build';
import { dataRoot, databasePath } from '../lib/db/path';

const started = performance.now();
const target = databasePath();
const result = loadAll(dataRoot());
if (!result.ok) {
  for (const issue of result.issues) console.log(formatIssue(issue));
  console.error(`\ndb:build: ${result.issues.length} data problem(s); the database was not changed.`);
  process.exit(1);
}
try {
  removeStaleTempFiles(target);
  buildDatabase(target, result.datasets);
} catch (error) {
  console.error(`db:build failed; the database was not changed.\n${(error as Error).stack ?? error}`);
  process.exit(1);
}
const ms = performance.now() - started;
const scores = result.datasets.reduce((n, d) => n + d.scores.length, 0);
console.log(
  `db:build: ${result.datasets.length} versions, ${scores} score rows -> ${path.relative(process.cwd(), target)} in ${ms.toFixed(0)} ms`,
);
