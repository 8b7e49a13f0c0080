import path from 'node:path';

/** Where the built database lives; DATABASE_PATH overrides it (tests build their own). */
export function databasePath(): string {
  const configured = process.env.DATABASE_PATH;
  // turbopackIgnore: the path is chosen at run time; tracing it would pull the whole repo into the server bundle.
  if (configured) return path.resolve(/*turbopackIgnore: true*/ configured);
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'var', 'glm-compare.db');
}

/** The folder holding data/<version>/; DATA_DIR overrides it. */
export function dataRoot(): string {
  const configured = process.env.DATA_DIR;
  if (configured) return path.resolve(/*turbopackIgnore: true*/ configured);
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'data');
}
