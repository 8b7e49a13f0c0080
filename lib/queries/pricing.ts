import 'server-only';
import { getModelList } from './models';
import { getPriceViews, type PriceKind, type PriceView } from './prices';
import { getNoteIndex, type NoteView, type OrganizationRef } from './shared';

/**
 * The /pricing page's data: every price row of a version grouped for the full table, and the
 * list prices the cost calculator uses.
 */

export const PRICE_KINDS: readonly PriceKind[] = ['input', 'cached-input', 'output', 'cache-storage'];

/** One line of the full table: one seller's prices for one model, in one currency, under one condition. */
export interface PriceLine {
  key: string;
  provider: OrganizationRef;
  currency: string;
  condition: string | null;
  /** Per kind: the headline row first, then every other row (other sources, disputed ones). */
  cells: Record<PriceKind, PriceView[]>;
  /** Distinct as-of dates of the line's rows, or the dates its sources were read. */
  asOf: string[];
  retrieved: string[];
}

export interface PricingModel {
  id: string;
  name: string;
  organization: OrganizationRef;
  lines: PriceLine[];
}

export interface PricingOrganization {
  organization: OrganizationRef;
  models: PricingModel[];
}

/**
 * The price a calculator uses for a model in one currency: its own vendor's headline row with
 * no condition (no tier, no off-peak, no cache write), per kind, per 1M tokens. A vendor that
 * lists the same model in USD and in CNY gives one entry per currency; nothing is converted.
 * (getListPrices in ./prices keeps one currency per model for charts; the calculator keeps both.)
 */
export interface CalculatorEntry {
  modelId: string;
  modelName: string;
  organization: OrganizationRef;
  currency: string;
  input: PriceView | null;
  cachedInput: PriceView | null;
  output: PriceView | null;
  /** For kinds without a list price: the conditions under which the vendor does price them. */
  conditionalOnly: Partial<Record<'input' | 'cached-input' | 'output', string[]>>;
}

/** A model with prices that the calculator cannot use at all, and why. */
export interface CalculatorExclusion {
  modelId: string;
  modelName: string;
  organization: OrganizationRef;
  reason: string;
}

export interface PricingData {
  organizations: PricingOrganization[];
  calculator: CalculatorEntry[];
  excluded: CalculatorExclusion[];
  /** Notes about a model's price kind, keyed `${model}\0${kind}`. */
  priceNotes: Map<string, NoteView[]>;
  priceRowCount: number;
}

function emptyCells(): Record<PriceKind, PriceView[]> {
  return { input: [], 'cached-input': [], output: [], 'cache-storage': [] };
}

export function getPricingData(version: string): PricingData {
  const models = getModelList(version);
  const modelById = new Map(models.map((m) => [m.id, m]));
  const prices = getPriceViews(version);
  const notes = getNoteIndex(version);

  // ---- the full table: organization (of the model) > model > seller/currency/condition line
  const byModel = new Map<string, PricingModel>();
  for (const p of prices) {
    const m = modelById.get(p.modelId);
    let entry = byModel.get(p.modelId);
    if (!entry) {
      entry = { id: p.modelId, name: m?.name ?? p.modelId, organization: m?.organization ?? p.provider, lines: [] };
      byModel.set(p.modelId, entry);
    }
    const key = [p.provider.id, p.currency, p.condition ?? ''].join('\u0000');
    let line = entry.lines.find((l) => l.key === key);
    if (!line) {
      line = {
        key,
        provider: p.provider,
        currency: p.currency,
        condition: p.condition,
        cells: emptyCells(),
        asOf: [],
        retrieved: [],
      };
      entry.lines.push(line);
    }
    const cell = line.cells[p.kind];
    if (p.isHeadline) cell.unshift(p);
    else cell.push(p);
    if (p.asOf && !line.asOf.includes(p.asOf)) line.asOf.push(p.asOf);
    if (!p.asOf && p.source.retrieved && !line.retrieved.includes(p.source.retrieved)) line.retrieved.push(p.source.retrieved);
  }
  // Within a model: the unconditioned lines first (own vendor before resellers), then tiers as authored.
  for (const entry of byModel.values()) {
    entry.lines.sort((a, b) => {
      const own = (l: PriceLine) => Number(l.provider.id !== entry.organization.id);
      return Number(a.condition !== null) - Number(b.condition !== null) || own(a) - own(b);
    });
  }
  const orgOrder: string[] = [];
  const orgGroups = new Map<string, PricingOrganization>();
  // Models in authored order, so organizations appear as the data lists them (Z.ai first).
  const orderedModels = [...byModel.values()].sort(
    (a, b) => models.findIndex((m) => m.id === a.id) - models.findIndex((m) => m.id === b.id),
  );
  for (const m of orderedModels) {
    let group = orgGroups.get(m.organization.id);
    if (!group) {
      group = { organization: m.organization, models: [] };
      orgGroups.set(m.organization.id, group);
      orgOrder.push(m.organization.id);
    }
    group.models.push(m);
  }

  // ---- the calculator's list prices
  const calculator: CalculatorEntry[] = [];
  const excluded: CalculatorExclusion[] = [];
  for (const m of orderedModels) {
    const rows = prices.filter((p) => p.modelId === m.id);
    const own = rows.filter(
      (p) => p.provider.id === m.organization.id && p.unit === 'per-1m-tokens' && p.kind !== 'cache-storage',
    );
    const listed = own.filter((p) => p.isHeadline && p.condition === null);
    const currencies = [...new Set(listed.map((p) => p.currency))];
    if (currencies.length === 0) {
      const conditions = [...new Set(own.map((p) => p.condition).filter((c): c is string => c !== null))];
      const reason =
        own.length === 0
          ? rows.some((p) => p.kind !== 'cache-storage')
            ? `no price from ${m.organization.name} itself (only ${[...new Set(rows.map((p) => p.provider.name))].join(', ')})`
            : 'only a cache-storage price is listed'
          : conditions.length > 0
            ? `${m.organization.name} lists it only with conditions: ${conditions.map((c) => `“${c}”`).join('; ')}`
            : 'every listed price is disputed';
      excluded.push({ modelId: m.id, modelName: m.name, organization: m.organization, reason });
      continue;
    }
    for (const currency of currencies) {
      const pick = (kind: PriceKind) => listed.find((p) => p.kind === kind && p.currency === currency) ?? null;
      const entry: CalculatorEntry = {
        modelId: m.id,
        modelName: m.name,
        organization: m.organization,
        currency,
        input: pick('input'),
        cachedInput: pick('cached-input'),
        output: pick('output'),
        conditionalOnly: {},
      };
      for (const kind of ['input', 'cached-input', 'output'] as const) {
        if (pick(kind)) continue;
        const conds = [
          ...new Set(
            own
              .filter((p) => p.kind === kind && p.currency === currency && p.condition !== null)
              .map((p) => p.condition as string),
          ),
        ];
        if (conds.length > 0) entry.conditionalOnly[kind] = conds;
      }
      calculator.push(entry);
    }
  }

  return {
    organizations: orgOrder.map((id) => orgGroups.get(id)!),
    calculator,
    excluded,
    // Keyed `${model}\u0000${kind}` for the pricing components.
    priceNotes: new Map(prices.map((p) => [`${p.modelId}\u0000${p.kind}`, notes.forPrice(p.modelId, p.kind)])),
    priceRowCount: prices.length,
  };
}
