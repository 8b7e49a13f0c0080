import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAll } from '@/lib/data/load';
import { buildDatabase } from '@/lib/db/build';
import { copyFixtureData, editFile, FIXTURE_DATA } from './support/fixture';

const ROOT = path.resolve(__dirname, '../..');
const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const tempDb = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'glm-db-')), 'test.db');

function runBuild(dataDir: string, dbPath: string) {
  return spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/db-build.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_PATH: dbPath },
    encoding: 'utf8',
  });
}

function datasets(root = FIXTURE_DATA) {
  const result = loadAll(root);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.datasets;
}

describe('database build', () => {
  it('gives a byte-identical database when run twice', () => {
    const db = tempDb();
    buildDatabase(db, datasets());
    const first = hash(db);
    buildDatabase(db, datasets());
    expect(hash(db)).toBe(first);
  });

  it('leaves the previous database byte-identical and exits non-zero when validation fails', () => {
    const db = tempDb();
    expect(runBuild(FIXTURE_DATA, db).status).toBe(0);
    const before = hash(db);
    const broken = copyFixtureData();
    editFile<Array<Record<string, unknown>>>(broken, '2025-02', 'scores.json', (rows) => {
      rows[0]!.model = 'no-such-model';
    });
    const result = runBuild(broken, db);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain('2025-02/scores.json: $[0].model: unknown model "no-such-model"');
    expect(hash(db)).toBe(before);
  });

  it('leaves the previous database byte-identical and no temporary file when the build itself fails', () => {
    const db = tempDb();
    buildDatabase(db, datasets());
    const before = hash(db);
    const badMigrations = fs.mkdtempSync(path.join(os.tmpdir(), 'glm-mig-'));
    fs.mkdirSync(path.join(badMigrations, 'meta'));
    fs.writeFileSync(
      path.join(badMigrations, 'meta', '_journal.json'),
      JSON.stringify({
        version: '7',
        dialect: 'sqlite',
        entries: [{ idx: 0, version: '6', when: 1, tag: '0000_bad', breakpoints: true }],
      }),
    );
    fs.writeFileSync(path.join(badMigrations, '0000_bad.sql'), 'CREATE TABLE versions (id text);');
    expect(() => buildDatabase(db, datasets(), badMigrations)).toThrow();
    expect(hash(db)).toBe(before);
    expect(fs.readdirSync(path.dirname(db))).toEqual(['test.db']);
  });

  it('holds every version, and the app handle is read-only', () => {
    const db = tempDb();
    buildDatabase(db, datasets());
    const out = execFileSync(
      process.execPath,
      [
        '-e',
        `const D=require('better-sqlite3');const d=new D(${JSON.stringify(db)},{readonly:true});` +
          `console.log(JSON.stringify(d.prepare('select id from versions order by ordinal').all()));` +
          `try{d.exec("delete from versions");console.log('wrote')}catch(e){console.log('readonly')}`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(out).toContain('[{"id":"2025-01"},{"id":"2025-02"}]');
    expect(out).toContain('readonly');
  });
});
