/**
 * Checks a partial data folder (a transcription in progress) file by file against the
 * schemas, without the cross-file rules that need a whole version. Usage:
 *   npx tsx scripts/check-fragment.ts <folder>
 */
import fs from 'node:fs';
import path from 'node:path';
import { DATA_FILES, type DataFileName } from '../lib/data/schema';
import { describeZodIssue, formatIssue, jsonPath } from '../lib/data/load';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx scripts/check-fragment.ts <folder>');
  process.exit(2);
}
let problems = 0;
for (const name of Object.keys(DATA_FILES) as DataFileName[]) {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) continue;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(formatIssue({ file, path: '$', message: `invalid JSON: ${(e as Error).message}` }));
    problems++;
    continue;
  }
  const result = DATA_FILES[name].safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      console.log(formatIssue({ file, path: jsonPath(issue.path), message: describeZodIssue(issue, raw) }));
      problems++;
    }
  } else {
    console.log(`${file}: ok (${Array.isArray(result.data) ? result.data.length + ' rows' : 'object'})`);
  }
}
process.exit(problems > 0 ? 1 : 0);
