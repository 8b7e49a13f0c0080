/**
 * npm run data:check [-- <data folder>]
 * Validates every version folder and prints every problem as `file: JSON path: message`.
 * Exits 1 when there is at least one.
 */
import path from 'node:path';
import { formatIssue, listVersionDirs, loadAll } from '../lib/data/load';
import { dataRoot } from '../lib/db/path';

const root = process.argv[2] ? path.resolve(process.argv[2]) : dataRoot();
const result = loadAll(root);
if (!result.ok) {
  for (const issue of result.issues) console.log(formatIssue(issue));
  console.error(
    `\n${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} in ${path.relative(process.cwd(), root) || root}`,
  );
  process.exit(1);
}
const counts = result.datasets.map((d) => `${d.manifest.id} (${d.scores.length} scores, ${d.models.length} models)`);
console.log(`data ok: ${listVersionDirs(root).length} versions: ${counts.join(', ')}`);
