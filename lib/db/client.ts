import 'server-only';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { databasePath } from './path';
import * as schema from './schema';

/**
 * The app's only database handle: read-only, opened lazily, shared by every request.
 *
 * db:build replaces the file by renaming a new one over it, so an open handle keeps reading
 * the old inode. At most once a second we stat the path; when the inode changed we open the
 * new file and close the old one, so a rebuild shows up without a restart and a killed build
 * (which never renames) changes nothing.
 */
export type Db = BetterSQLite3Database<typeof schema>;

interface Handle {
  sqlite: Database.Database;
  db: Db;
  inode: number;
  checkedAt: number;
  /** Counts the files opened by this process: query results cached for one generation (lib/queries/memo.ts) are dropped with it. */
  generation: number;
}

let current: Handle | undefined;
let opened = 0;

export class DatabaseMissingError extends Error {
  constructor(file: string) {
    super(`The database ${file} does not exist. Build it with \`npm run db:build\`.`);
    this.name = 'DatabaseMissingError';
  }
}

function open(file: string): Handle {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new DatabaseMissingError(file);
  }
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma('query_only = ON');
  opened += 1;
  return { sqlite, db: drizzle(sqlite, { schema }), inode: stat.ino, checkedAt: Date.now(), generation: opened };
}

export function getDb(): Db {
  return currentHandle().db;
}

/**
 * The generation of the database file being read: it changes exactly when a rebuilt file is
 * opened, so anything derived from the data may be kept until then.
 */
export function getDbGeneration(): number {
  return currentHandle().generation;
}

/**
 * How often (ms) the handle looks for a rebuilt database file. A stat per request would be cheap
 * too, but a second is short enough for a rebuild and keeps the hot path free of system calls.
 * DATABASE_CHECK_INTERVAL_MS overrides it (tests set 0 to see a rebuild at once).
 */
export const DATABASE_CHECK_INTERVAL_MS = Number(process.env.DATABASE_CHECK_INTERVAL_MS ?? 1000);

function currentHandle(): Handle {
  const file = databasePath();
  const now = Date.now();
  if (!current) {
    current = open(file);
    return current;
  }
  if (now - current.checkedAt >= DATABASE_CHECK_INTERVAL_MS) {
    current.checkedAt = now;
    try {
      const inode = fs.statSync(file).ino;
      if (inode !== current.inode) {
        const previous = current;
        current = open(file);
        // A request that fetched the old handle may still be rendering: close it later.
        setTimeout(() => previous.sqlite.close(), 30_000).unref();
      }
    } catch {
      // The file vanished mid-swap or was removed: keep serving what we have.
    }
  }
  return current;
}
