import 'server-only';
import crypto from 'node:crypto';
import { cacheControl } from '../http-cache';
import { toCsv, type CsvValue } from '../csv';
import { AnswerCache } from '../queries/memo';
import { getVersions, type VersionInfo } from '../queries/versions';
import { MAX_LIST_IDS, MAX_PARAM_LENGTH, MAX_QUERY_LENGTH, SLUG, VERSION_ID } from './schemas';

/**
 * The read-only API's request checking and responses. Parameters go through an allowlist:
 * an unknown, repeated, oversized or malformed parameter is a 400 that names it; an unknown id
 * a 404. Answers carry an ETag (and honour If-None-Match) and a Cache-Control that lets pinned
 * versions be cached for good.
 */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 405,
    message: string,
    readonly param?: string,
  ) {
    super(message);
  }
}

export interface ApiQuery {
  get(name: string): string | undefined;
  list(name: string): string[] | undefined;
  format: 'json' | 'csv';
  /** bom=1: the CSV starts with a UTF-8 byte order mark. */
  bom: boolean;
}

export function readQuery(url: URL, allowed: readonly string[]): ApiQuery {
  if (url.search.length > MAX_QUERY_LENGTH) throw new ApiError(400, `query string longer than ${MAX_QUERY_LENGTH} characters`);
  const all = [...allowed, 'format'];
  const seen = new Set<string>();
  for (const [key, value] of url.searchParams) {
    if (!all.includes(key)) throw new ApiError(400, `unknown parameter "${key}"; this endpoint takes ${all.join(', ')}`, key);
    if (seen.has(key)) throw new ApiError(400, `parameter "${key}" is given more than once`, key);
    if (value.length > MAX_PARAM_LENGTH)
      throw new ApiError(400, `parameter "${key}" is longer than ${MAX_PARAM_LENGTH} characters`, key);
    seen.add(key);
  }
  const formatRaw = url.searchParams.get('format');
  if (formatRaw !== null && formatRaw !== 'json' && formatRaw !== 'csv')
    throw new ApiError(400, 'format must be json or csv', 'format');
  const bomRaw = url.searchParams.get('bom');
  if (bomRaw !== null && bomRaw !== '0' && bomRaw !== '1') throw new ApiError(400, 'bom must be 0 or 1', 'bom');
  if (bomRaw === '1' && formatRaw !== 'csv') throw new ApiError(400, 'bom=1 applies to format=csv only', 'bom');
  return {
    get: (name) => url.searchParams.get(name) ?? undefined,
    list: (name) => {
      const raw = url.searchParams.get(name);
      if (raw === null) return undefined;
      const items = raw.split('~').filter((x) => x !== '');
      if (items.length === 0) throw new ApiError(400, `parameter "${name}" is empty`, name);
      if (items.length > MAX_LIST_IDS) throw new ApiError(400, `parameter "${name}" lists more than ${MAX_LIST_IDS} ids`, name);
      for (const item of items) {
        if (!SLUG.test(item)) throw new ApiError(400, `parameter "${name}": "${item.slice(0, 60)}" is not a valid id`, name);
      }
      return [...new Set(items)];
    },
    format: formatRaw === 'csv' ? 'csv' : 'json',
    bom: bomRaw === '1',
  };
}

export interface ResolvedApiVersion {
  version: VersionInfo;
  /** True when the request named its version: the answer can then be cached for good. */
  pinned: boolean;
}

export function resolveApiVersion(query: ApiQuery): ResolvedApiVersion {
  const raw = query.get('v');
  const versions = getVersions();
  const latest = versions[versions.length - 1];
  if (!latest) throw new Error('The database holds no data version.');
  if (raw === undefined) return { version: latest, pinned: false };
  if (!VERSION_ID.test(raw)) throw new ApiError(400, 'v must be a data version written YYYY-MM', 'v');
  const found = versions.find((v) => v.id === raw);
  if (!found) throw new ApiError(404, `no data version "${raw}"; see /api/v1/versions`, 'v');
  return { version: found, pinned: true };
}

/** Every id of `requested` must exist; otherwise a 404 that lists the unknown ones. */
export function requireKnown(param: string, requested: string[] | undefined, known: ReadonlySet<string>, what: string) {
  if (!requested) return;
  const unknown = requested.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new ApiError(404, `unknown ${what} id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`, param);
}

/** On every API answer: readable from any origin, its ETag included (proxy.ts answers the preflights). */
export const API_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
  'X-Content-Type-Options': 'nosniff',
} as const;
const COMMON_HEADERS = API_HEADERS;

/** A successful answer before it is sent: its body, and the headers that depend only on it. */
interface Answer {
  body: string;
  etag: string;
  headers: Record<string, string>;
  contentType: string;
}

function prepare(body: string, contentType: string, pinned: boolean, extra: Record<string, string> = {}): Answer {
  const etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
  return {
    body,
    etag,
    contentType,
    headers: { ...COMMON_HEADERS, ETag: etag, 'Cache-Control': cacheControl(pinned), Vary: 'Accept-Encoding', ...extra },
  };
}

function send(request: Request, answer: Answer): Response {
  const match = request.headers.get('if-none-match');
  if (match && match.split(',').some((t) => t.trim() === answer.etag || t.trim() === `W/${answer.etag}`)) {
    return new Response(null, { status: 304, headers: answer.headers });
  }
  return new Response(answer.body, { status: 200, headers: { ...answer.headers, 'Content-Type': answer.contentType } });
}

function jsonBody(payload: unknown): string {
  return `${JSON.stringify(payload)}\n`;
}

export function jsonAnswer(request: Request, payload: unknown, pinned: boolean): Response {
  return send(request, prepare(jsonBody(payload), 'application/json; charset=utf-8', pinned));
}

function csvPrepared(
  filename: string,
  columns: readonly string[],
  rows: ReadonlyArray<Record<string, CsvValue>>,
  pinned: boolean,
  bom = false,
): Answer {
  return prepare(toCsv(columns, rows, { bom }), 'text/csv; charset=utf-8', pinned, {
    'Content-Disposition': `attachment; filename="${filename}"`,
  });
}

export function csvAnswer(
  request: Request,
  filename: string,
  columns: readonly string[],
  rows: ReadonlyArray<Record<string, CsvValue>>,
  pinned: boolean,
  bom = false,
): Response {
  return send(request, csvPrepared(filename, columns, rows, pinned, bom));
}

/**
 * List answers by URL. An answer is a function of its URL and the database file alone, and
 * building one (every score of a version, as JSON, hashed for its ETag) costs far more than
 * sending it again. Only successful answers are kept; at most 32 MB of them.
 */
const listAnswers = new AnswerCache<Answer>(32 * 1024 * 1024, (a) => a.body.length * 2);

export function errorAnswer(error: unknown): Response {
  if (error instanceof ApiError) {
    return new Response(
      `${JSON.stringify({ error: { status: error.status, message: error.message, ...(error.param ? { param: error.param } : {}) } })}\n`,
      {
        status: error.status,
        headers: { ...COMMON_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
      },
    );
  }
  console.error(error);
  return new Response(`${JSON.stringify({ error: { status: 500, message: 'internal error' } })}\n`, {
    status: 500,
    headers: { ...COMMON_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** Wraps a list endpoint: query checking, version, JSON or CSV, errors. */
export function listEndpoint<Row extends object>(options: {
  allowed: readonly string[];
  csvName: string;
  csvColumns: readonly string[];
  load: (query: ApiQuery, version: VersionInfo) => Row[];
  /** Flattens a row for CSV (JSON keeps nested objects). */
  flatten?: (row: Row) => Record<string, CsvValue>;
}) {
  return (request: Request): Response => {
    try {
      const url = new URL(request.url);
      const key = `${url.pathname}${url.search}`;
      const cached = listAnswers.get(key);
      if (cached) return send(request, cached);
      const generation = listAnswers.generationNow();
      const query = readQuery(url, ['v', 'bom', ...options.allowed]);
      const { version, pinned } = resolveApiVersion(query);
      const rows = options.load(query, version);
      let answer: Answer;
      if (query.format === 'csv') {
        // Rows without a flatten function are already flat (every field a CsvValue).
        const flat = rows.map((r) => (options.flatten ? options.flatten(r) : (r as unknown as Record<string, CsvValue>)));
        answer = csvPrepared(`${options.csvName}-${version.id}.csv`, options.csvColumns, flat, pinned, query.bom);
      } else {
        answer = prepare(jsonBody({ version: version.id, data: rows }), 'application/json; charset=utf-8', pinned);
      }
      listAnswers.set(key, answer, generation);
      return send(request, answer);
    } catch (error) {
      return errorAnswer(error);
    }
  };
}

/** Wraps a JSON-only endpoint for one resource by id: query checking, version, a 404 for an unknown id, errors. */
export function detailEndpoint<Data>(options: {
  /** What the id names, for the 404's message. */
  what: string;
  /** Where the same data is as CSV, for the 400 that a format=csv request gets. */
  csvHint: string;
  load: (version: VersionInfo, id: string) => Data | undefined;
}) {
  return async (request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> => {
    try {
      const { id } = await params;
      const query = readQuery(new URL(request.url), ['v']);
      if (query.format === 'csv') throw new ApiError(400, `this endpoint answers JSON only; use ${options.csvHint}`, 'format');
      const { version, pinned } = resolveApiVersion(query);
      const data = options.load(version, id);
      if (!data) throw new ApiError(404, `unknown ${options.what} id: ${id.slice(0, 100)}`);
      return jsonAnswer(request, { version: version.id, data }, pinned);
    } catch (error) {
      return errorAnswer(error);
    }
  };
}
