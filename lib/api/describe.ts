/**
 * Reads the OpenAPI document for the readable /api page: each route's parameters, and the fields
 * of its answer with their types, so the page shows exactly what the document says.
 */
import { OPENAPI } from './openapi';

type Json = { [key: string]: unknown };

export interface ParamDoc {
  name: string;
  in: string;
  required: boolean;
  type: string;
  description: string;
}
export interface FieldDoc {
  name: string;
  type: string;
  required: boolean;
  description: string;
}
export interface RouteDoc {
  path: string;
  summary: string;
  description: string;
  params: ParamDoc[];
  /** The component the answer's rows (or single item) are, and its fields; nested components after it. */
  tables: Array<{ component: string; description: string; fields: FieldDoc[] }>;
  csv: boolean;
}

const schemas = OPENAPI.components.schemas as unknown as Record<string, Json>;

function refName(schema: Json): string | null {
  const ref = schema.$ref;
  return typeof ref === 'string' ? ref.replace('#/components/schemas/', '') : null;
}

/** A short, readable type: `string (pattern …)`, `"a" | "b"`, `number or null`, `Score[]`. */
export function typeLabel(schema: Json): string {
  const ref = refName(schema);
  if (ref) return ref;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeLabel).join(' or ');
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
  if (schema.type === 'array') return `${typeLabel(schema.items as Json)}[]`;
  if (schema.type === 'object' && schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    const keys = (schema.propertyNames as Json | undefined)?.enum as string[] | undefined;
    return `map of ${keys ? 'spec field' : 'string'} to ${typeLabel(schema.additionalProperties as Json)}`;
  }
  const limits = [
    typeof schema.pattern === 'string' ? `pattern ${schema.pattern}` : null,
    typeof schema.maxLength === 'number' ? `at most ${schema.maxLength} characters` : null,
    typeof schema.minimum === 'number' ? `≥ ${schema.minimum}` : null,
  ].filter(Boolean);
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : String(schema.type ?? 'any');
  return limits.length > 0 ? `${type} (${limits.join(', ')})` : type;
}

function fields(schema: Json): FieldDoc[] {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => ({
    name,
    type: typeLabel(s),
    required: required.has(name),
    description: typeof s.description === 'string' ? s.description : '',
  }));
}

/** Components a schema refers to, in order of appearance. */
function refsIn(schema: unknown, out: string[]): string[] {
  if (Array.isArray(schema)) schema.forEach((s) => refsIn(s, out));
  else if (schema && typeof schema === 'object') {
    const name = refName(schema as Json);
    if (name && !out.includes(name)) out.push(name);
    Object.values(schema).forEach((s) => refsIn(s, out));
  }
  return out;
}

export function describeRoutes(): RouteDoc[] {
  return Object.entries(OPENAPI.paths as unknown as Record<string, { get: Json }>).map(([path, item]) => {
    const op = item.get;
    const ok = ((op.responses as Json)['200'] as Json).content as Record<string, { schema: Json }>;
    const bodyName = refName(ok['application/json']!.schema)!;
    const body = schemas[bodyName]!;
    // The interesting shape is what `data` holds: a row (lists), an item (one model), or the body itself.
    const data = (body.properties as Record<string, Json> | undefined)?.data;
    const main = data ? (data.type === 'array' ? (data.items as Json) : data) : body;
    const mainName = data ? refName(main) : bodyName;
    const mainSchema = mainName ? schemas[mainName]! : main;
    const tables = [
      { component: mainName ?? `${path} data`, description: String(mainSchema.description ?? ''), fields: fields(mainSchema) },
    ];
    const queue = refsIn(mainSchema.properties, []);
    const done = new Set(mainName ? [mainName] : []);
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      if (done.has(name)) continue;
      done.add(name);
      const s = schemas[name]!;
      tables.push({ component: name, description: String(s.description ?? ''), fields: fields(s) });
      refsIn(s.properties, queue);
    }
    return {
      path,
      summary: String(op.summary),
      description: String(op.description),
      params: ((op.parameters ?? []) as Json[]).map((p) => ({
        name: String(p.name),
        in: String(p.in),
        required: p.required === true,
        type: typeLabel(p.schema as Json),
        description: String(p.description ?? ''),
      })),
      tables,
      csv: 'text/csv' in ok,
    };
  });
}
