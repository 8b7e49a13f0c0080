import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { SPEC_FIELDS, type SpecField } from '../data/schema';
import { getDb } from '../db/client';
import { detailHref } from '../details';
import { models, specs } from '../db/schema';
import { formatParams, formatPartialDate, formatNumber, formatTokens } from '../format';
import { perVersion } from './memo';
import {
  getNoteIndex,
  getOrganizationMap,
  getSourceMap,
  sourceOrPlaceholder,
  type NoteView,
  type OrganizationRef,
  type SourceRef,
} from './shared';

export interface SpecValue {
  /** The row's position in specs.json. */
  id: string;
  /** The page (and, with /panel, the JSON) holding everything behind this value. */
  detail: string;
  field: SpecField;
  label: string;
  value: number | string;
  upper: number | null;
  exactness: string;
  qualifier: string | null;
  /** What the UI prints: the source's words when the value is not exact. */
  display: string;
  source: SourceRef;
  locator: string | null;
  text: string | null;
  note: string | null;
  preferred: boolean;
  disputed: boolean;
  isHeadline: boolean;
  hasConflict: boolean;
}

export interface ModelSummary {
  id: string;
  name: string;
  organization: OrganizationRef;
  family: string;
  variantOf: string | null;
  variantKind: string | null;
  openWeights: boolean;
  availability: string[];
  /** Headline spec values (unqualified), keyed by field. */
  specs: Partial<Record<SpecField, SpecValue>>;
}

export function formatSpec(
  field: SpecField,
  value: number | string,
  exactness: string,
  text: string | null,
  upper: number | null,
): string {
  if (exactness !== 'exact' && text) return text;
  if (typeof value === 'string') return SPEC_FIELDS[field].kind === 'date' ? formatPartialDate(value) : value;
  const unit = SPEC_FIELDS[field].unit;
  const body =
    unit === 'B'
      ? formatParams(value)
      : unit === 'tokens'
        ? formatTokens(value)
        : unit === 'T tokens'
          ? `${formatNumber(value)}T tokens`
          : unit === 'tok/s'
            ? `${formatNumber(value)} tok/s`
            : formatNumber(value);
  return upper !== null ? `${body}–${formatNumber(upper)}` : body;
}

type SpecDbRow = typeof specs.$inferSelect;

function toSpecValue(row: SpecDbRow, sourceMap: Map<string, SourceRef>): SpecValue {
  const field = row.field as SpecField;
  const value = row.valueNumber ?? row.valueText ?? '';
  return {
    id: String(row.ordinal),
    detail: detailHref(row.version, 'spec', row.ordinal),
    field,
    label: SPEC_FIELDS[field]?.label ?? field,
    value,
    upper: row.upper,
    exactness: row.exactness,
    qualifier: row.qualifier,
    display: formatSpec(field, value, row.exactness, row.text, row.upper),
    source: sourceOrPlaceholder(sourceMap, row.sourceId),
    locator: row.locator,
    text: row.text,
    note: row.note,
    preferred: row.preferred,
    disputed: row.disputed,
    isHeadline: row.isHeadline,
    hasConflict: row.hasConflict,
  };
}

/** What a model's summary and its detail page take from its row alike. */
function modelFields(m: typeof models.$inferSelect, orgs: ReadonlyMap<string, OrganizationRef>): Omit<ModelSummary, 'specs'> {
  return {
    id: m.id,
    name: m.name,
    organization: orgs.get(m.organizationId) ?? { id: m.organizationId, name: m.organizationId },
    family: m.family,
    variantOf: m.variantOf,
    variantKind: m.variantKind,
    openWeights: m.openWeights,
    availability: JSON.parse(m.availability) as string[],
  };
}

/** Every model of a version, in authored order, with its headline specs. */
export const getModelList = perVersion('modelList', (version): ModelSummary[] => {
  const db = getDb();
  const orgs = getOrganizationMap(version);
  const sourceMap = getSourceMap(version);
  const modelRows = db.select().from(models).where(eq(models.version, version)).orderBy(asc(models.ordinal)).all();
  const specRows = db
    .select()
    .from(specs)
    .where(and(eq(specs.version, version), eq(specs.isHeadline, true)))
    .all();
  const specsByModel = new Map<string, Partial<Record<SpecField, SpecValue>>>();
  for (const row of specRows) {
    if (row.qualifier !== null) continue;
    const entry = specsByModel.get(row.modelId) ?? {};
    entry[row.field as SpecField] = toSpecValue(row, sourceMap);
    specsByModel.set(row.modelId, entry);
  }
  return modelRows.map((m) => ({ ...modelFields(m, orgs), specs: specsByModel.get(m.id) ?? {} }));
});

export interface ModelDetail extends ModelSummary {
  description: string | null;
  url: string | null;
  /** Every spec row, headline first within each field. */
  allSpecs: SpecValue[];
  variants: Array<{ id: string; name: string; variantKind: string | null }>;
  parent: { id: string; name: string } | null;
  family: string;
  familyMembers: Array<{ id: string; name: string; variantKind: string | null }>;
  notes: NoteView[];
}

export function getModel(version: string, id: string): ModelDetail | null {
  const db = getDb();
  const row = db
    .select()
    .from(models)
    .where(and(eq(models.version, version), eq(models.id, id)))
    .get();
  if (!row) return null;
  const orgs = getOrganizationMap(version);
  const sourceMap = getSourceMap(version);
  const specRows = db
    .select()
    .from(specs)
    .where(and(eq(specs.version, version), eq(specs.modelId, id)))
    .orderBy(asc(specs.ordinal))
    .all();
  const allSpecs = specRows.map((r) => toSpecValue(r, sourceMap));
  const headline: Partial<Record<SpecField, SpecValue>> = {};
  for (const s of allSpecs) if (s.isHeadline && s.qualifier === null) headline[s.field] = s;
  const siblings = db
    .select({
      id: models.id,
      name: models.name,
      variantKind: models.variantKind,
      variantOf: models.variantOf,
      family: models.family,
    })
    .from(models)
    .where(eq(models.version, version))
    .orderBy(asc(models.ordinal))
    .all();
  const parentRow = row.variantOf ? siblings.find((s) => s.id === row.variantOf) : undefined;
  return {
    ...modelFields(row, orgs),
    description: row.description,
    url: row.url,
    specs: headline,
    allSpecs,
    variants: siblings.filter((s) => s.variantOf === id).map(({ id, name, variantKind }) => ({ id, name, variantKind })),
    parent: parentRow ? { id: parentRow.id, name: parentRow.name } : null,
    familyMembers: siblings
      .filter((s) => s.family === row.family && s.id !== id)
      .map(({ id, name, variantKind }) => ({ id, name, variantKind })),
    notes: getNoteIndex(version).byModel.get(id) ?? [],
  };
}
