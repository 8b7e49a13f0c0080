import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '../db/client';
import { detailHref } from '../details';
import { models, plans, prices } from '../db/schema';
import { formatPrice } from '../format';
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

export type PriceKind = 'input' | 'cached-input' | 'output' | 'cache-storage';

export interface PriceView {
  /** The row's position in prices.json. */
  id: string;
  /** The page (and, with /panel, the JSON) holding everything behind this value. */
  detail: string;
  modelId: string;
  provider: OrganizationRef;
  kind: PriceKind;
  value: number;
  upper: number | null;
  exactness: string;
  text: string | null;
  currency: string;
  unit: string;
  condition: string | null;
  asOf: string | null;
  /** The context window this seller serves, in tokens, when the price's source states it. */
  contextTokens: number | null;
  display: string;
  source: SourceRef;
  locator: string | null;
  note: string | null;
  preferred: boolean;
  disputed: boolean;
  isHeadline: boolean;
  hasConflict: boolean;
}

export const getPriceViews = perVersion('priceViews', (version): PriceView[] => {
  const rows = getDb().select().from(prices).where(eq(prices.version, version)).orderBy(asc(prices.ordinal)).all();
  const orgs = getOrganizationMap(version);
  const sourceMap = getSourceMap(version);
  return rows.map((r) => ({
    id: String(r.ordinal),
    detail: detailHref(version, 'price', r.ordinal),
    modelId: r.modelId,
    provider: orgs.get(r.providerId) ?? { id: r.providerId, name: r.providerId },
    kind: r.kind as PriceKind,
    value: r.value,
    upper: r.upper,
    exactness: r.exactness,
    text: r.text,
    currency: r.currency,
    unit: r.unit,
    condition: r.condition,
    asOf: r.asOf,
    contextTokens: r.contextTokens,
    display: formatPrice(r),
    source: sourceOrPlaceholder(sourceMap, r.sourceId),
    locator: r.locator,
    note: r.note,
    preferred: r.preferred,
    disputed: r.disputed,
    isHeadline: r.isHeadline,
    hasConflict: r.hasConflict,
  }));
});

/**
 * The list price a chart or calculator uses for a model: the model's own organization's
 * headline price with no condition attached (no tier, no off-peak, no cache-write), per kind.
 */
export interface ListPrice {
  modelId: string;
  currency: string;
  input: PriceView | null;
  cachedInput: PriceView | null;
  output: PriceView | null;
}

export const getListPrices = perVersion('listPrices', (version): Map<string, ListPrice> => {
  const owner = new Map(
    getDb()
      .select({ id: models.id, org: models.organizationId })
      .from(models)
      .where(eq(models.version, version))
      .all()
      .map((m) => [m.id, m.org]),
  );
  // One candidate per model and currency; a vendor listing both (Moonshot: CNY and USD) offers both.
  const candidates = new Map<string, ListPrice>();
  for (const p of getPriceViews(version)) {
    if (!p.isHeadline || p.condition !== null || p.unit !== 'per-1m-tokens') continue;
    if (owner.get(p.modelId) !== p.provider.id) continue;
    const key = `${p.modelId}\u0000${p.currency}`;
    let entry = candidates.get(key);
    if (!entry) {
      entry = { modelId: p.modelId, currency: p.currency, input: null, cachedInput: null, output: null };
      candidates.set(key, entry);
    }
    if (p.kind === 'input') entry.input = p;
    else if (p.kind === 'cached-input') entry.cachedInput = p;
    else if (p.kind === 'output') entry.output = p;
  }
  // USD where the vendor lists it (charts and calculators compare in one currency), else the first listed.
  const out = new Map<string, ListPrice>();
  for (const entry of candidates.values()) {
    const current = out.get(entry.modelId);
    const complete = (e: ListPrice) => e.input !== null && e.output !== null;
    if (!current || (entry.currency === 'USD' && (complete(entry) || !complete(current)))) out.set(entry.modelId, entry);
  }
  return out;
});

export interface PlanView {
  id: string;
  provider: OrganizationRef;
  name: string;
  price: number | null;
  upper: number | null;
  exactness: string;
  currency: string;
  display: string;
  /** The source's wording of the price ("~$10/month", "Higher"). */
  text: string | null;
  billing: string | null;
  quota: string;
  models: string[];
  modelsText: string;
  asOf: string | null;
  source: SourceRef;
  locator: string | null;
  note: string | null;
  notes: NoteView[];
}

export const getPlans = perVersion('plans', (version): PlanView[] => {
  const rows = getDb().select().from(plans).where(eq(plans.version, version)).orderBy(asc(plans.ordinal)).all();
  const orgs = getOrganizationMap(version);
  const sourceMap = getSourceMap(version);
  const notes = getNoteIndex(version);
  return rows.map((p) => ({
    id: p.id,
    provider: orgs.get(p.providerId) ?? { id: p.providerId, name: p.providerId },
    name: p.name,
    price: p.price,
    upper: p.upper,
    exactness: p.exactness,
    currency: p.currency,
    display:
      p.price === null
        ? (p.text ?? '—')
        : formatPrice({ value: p.price, upper: p.upper, exactness: p.exactness, text: p.text, currency: p.currency }),
    text: p.text,
    billing: p.billing,
    quota: p.quota,
    models: JSON.parse(p.models) as string[],
    modelsText: p.modelsText,
    asOf: p.asOf,
    source: sourceOrPlaceholder(sourceMap, p.sourceId),
    locator: p.locator,
    note: p.note,
    notes: notes.byPlan.get(p.id) ?? [],
  }));
});
