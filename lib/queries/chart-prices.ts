import 'server-only';
import { blendedPrice } from '../compare/pareto';
import type { PriceMode } from '../view-state';
import { getSellerPrices, type SellerPrices } from './cost';
import { getListPrices, type ListPrice } from './prices';
import type { OrganizationRef } from './shared';

/** A price the explorer's price chart plots, with the seller it is from. */
export interface ChartPrice extends ListPrice {
  seller: OrganizationRef;
  /** The seller is the model's own lab. */
  isLab: boolean;
}

export const CHEAPEST_SELLER = 'cheapest';

/** The figure "cheapest" ranks by, in the chart's price mode; null when the seller cannot be plotted. */
function rankValue(s: SellerPrices, mode: PriceMode): number | null {
  if (s.currency !== 'USD') return null;
  const parts = mode === 'input' ? [s.input] : mode === 'output' ? [s.output] : [s.input, s.output];
  if (parts.some((p) => !p || p.exactness === 'range' || p.exactness === 'lower-bound')) return null;
  return mode === 'blended' ? blendedPrice(s.input!.value, s.output!.value) : parts[0]!.value;
}

function fromSeller(s: SellerPrices): ChartPrice {
  return {
    modelId: s.modelId,
    currency: s.currency,
    input: s.input,
    cachedInput: s.cachedInput,
    output: s.output,
    seller: s.provider,
    isLab: s.isLab,
  };
}

/**
 * Per model, the price the chart uses: `seller` null is the lab's list price (as before),
 * "cheapest" the cheapest plottable seller in the chosen mode, an organization id that seller's
 * own price (models it does not sell are left out, and the chart says why).
 */
export function getChartPrices(
  version: string,
  modelIds: readonly string[],
  seller: string | null,
  mode: PriceMode,
): Record<string, ChartPrice> {
  const out: Record<string, ChartPrice> = {};
  if (seller === null) {
    const list = getListPrices(version);
    for (const id of modelIds) {
      const p = list.get(id);
      const owner = p?.input?.provider ?? p?.output?.provider ?? p?.cachedInput?.provider;
      if (p && owner) out[id] = { ...p, seller: owner, isLab: true };
    }
    return out;
  }
  const sellers = getSellerPrices(version);
  for (const id of modelIds) {
    const options = sellers.get(id) ?? [];
    if (seller === CHEAPEST_SELLER) {
      const ranked = options
        .map((s) => ({ s, v: rankValue(s, mode) }))
        .filter((x): x is { s: SellerPrices; v: number } => x.v !== null)
        .sort((a, b) => a.v - b.v || Number(b.s.isLab) - Number(a.s.isLab));
      if (ranked[0]) out[id] = fromSeller(ranked[0].s);
    } else {
      const own =
        options.find((s) => s.provider.id === seller && s.currency === 'USD') ?? options.find((s) => s.provider.id === seller);
      if (own) out[id] = fromSeller(own);
    }
  }
  return out;
}
