import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { databasePath } from './db/path';
import { getVersions } from './queries/versions';

export interface Health {
  status: 'ok';
  /** The latest data version the database holds. */
  dataVersion: string;
  /** Every data version, oldest first. */
  versions: string[];
  database: {
    /** SHA-256 of the database file: equal files, equal stamps, whatever machine built them. */
    sha256: string;
    bytes: number;
    modified: string;
    inode: number;
  };
  uptimeSeconds: number;
}

let hashed: { key: string; sha256: string } | undefined;

/** The database file's stamp; its hash is computed once per file (inode, size and mtime). */
function databaseStamp(): Health['database'] {
  const file = databasePath();
  const stat = fs.statSync(file);
  const key = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
  if (hashed?.key !== key) hashed = { key, sha256: crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') };
  return { sha256: hashed.sha256, bytes: stat.size, modified: stat.mtime.toISOString(), inode: stat.ino };
}

/** What a load balancer or container health check asks: is the data there, which data, since when. */
export function getHealth(): Health {
  const versions = getVersions().map((v) => v.id);
  const latest = versions[versions.length - 1];
  if (!latest) throw new Error('The database holds no data version.');
  return {
    status: 'ok',
    dataVersion: latest,
    versions,
    database: databaseStamp(),
    uptimeSeconds: Math.round(process.uptime()),
  };
}
