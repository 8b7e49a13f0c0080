import 'server-only';
import { variantLabel } from '../data/rules';
import { isDetailKind } from '../details';
import { getGpus, getHardware, type GpuView, type HardwareView } from './hardware';
import { getHistory, type HistoryEventView } from './history';
import { getModel, type SpecValue } from './models';
import { getPriceViews, type PriceView } from './prices';
import { getNoteIndex, type NoteView } from './shared';
import { getBenchmarks, getModelNames, getScoreViews, groupByPair, scorePairKey, type ScoreView } from './scores';
import { getVersions } from './versions';
import { perVersion } from './memo';

/**
 * Everything behind one value, as its source panel and its details page show it. Plain data, so the
 * same object is the panel's JSON and the page's props, and both draw it with one component.
 */
export type Detail =
  | { kind: 'score'; title: string; modelId: string; shown: ScoreView; others: ScoreView[]; notes: NoteView[] }
  | { kind: 'price'; modelId: string; modelName: string; price: PriceView; others: PriceView[]; notes: NoteView[] }
  | { kind: 'spec'; modelId: string; modelName: string; value: SpecValue; others: SpecValue[]; notes: NoteView[] }
  | { kind: 'hardware'; modelId: string; modelName: string; row: HardwareView }
  | { kind: 'gpu'; gpu: GpuView }
  | { kind: 'event'; event: HistoryEventView };

export type DetailResult = { version: string; detail: Detail } | { error: string };

/** Each score by id and by (model, benchmark): one pass over the version instead of one per opened panel. */
const getScoreIndex = perVersion('scoreIndex', (version) => {
  const all = getScoreViews(version);
  return { byId: new Map(all.map((s) => [s.id, s])), byPair: groupByPair(all) };
});

const getSpecIndex = perVersion('specIndex', (version) => {
  const byId = new Map<string, { modelId: string; modelName: string; value: SpecValue; all: readonly SpecValue[] }>();
  for (const modelId of getModelNames(version).keys()) {
    const model = getModel(version, modelId);
    if (!model) continue;
    for (const value of model.allSpecs) byId.set(value.id, { modelId, modelName: model.name, value, all: model.allSpecs });
  }
  return byId;
});

function scoreDetail(version: string, id: string): Detail | null {
  const index = getScoreIndex(version);
  const shown = index.byId.get(id);
  if (!shown) return null;
  const benchmark = getBenchmarks(version).find((b) => b.id === shown.benchmarkId);
  const modelName = getModelNames(version).get(shown.modelId) ?? shown.modelId;
  const variant = shown.variant !== 'standard' ? ` (${variantLabel(shown.variant)})` : '';
  return {
    kind: 'score',
    title: `${modelName} · ${benchmark?.name ?? shown.benchmarkId}${variant}`,
    modelId: shown.modelId,
    shown,
    // Every other row for the same model and benchmark: other sources, other settings, disputed values.
    others: (index.byPair.get(scorePairKey(shown.modelId, shown.benchmarkId)) ?? []).filter((s) => s !== shown),
    notes: getNoteIndex(version).forScore(shown.modelId, shown.benchmarkId),
  };
}

function priceDetail(version: string, id: string): Detail | null {
  const all = getPriceViews(version);
  const price = all.find((p) => p.id === id);
  if (!price) return null;
  return {
    kind: 'price',
    modelId: price.modelId,
    modelName: getModelNames(version).get(price.modelId) ?? price.modelId,
    price,
    // The same seller's other rows for this kind of price: other sources, or the same source read on another date.
    others: all.filter(
      (p) => p !== price && p.modelId === price.modelId && p.kind === price.kind && p.provider.id === price.provider.id,
    ),
    notes: getNoteIndex(version).forPrice(price.modelId, price.kind),
  };
}

function specDetail(version: string, id: string): Detail | null {
  const found = getSpecIndex(version).get(id);
  if (!found) return null;
  const { modelId, modelName, value, all } = found;
  return {
    kind: 'spec',
    modelId,
    modelName,
    value,
    others: all.filter((s) => s.field === value.field && s !== value),
    notes: getNoteIndex(version).forSpec(modelId, value.field),
  };
}

function hardwareDetail(version: string, id: string): Detail | null {
  const row = getHardware(version).find((h) => h.id === id);
  if (!row) return null;
  return { kind: 'hardware', modelId: row.modelId, modelName: getModelNames(version).get(row.modelId) ?? row.modelId, row };
}

function gpuDetail(version: string, id: string): Detail | null {
  const gpu = getGpus(version).find((g) => g.id === id);
  return gpu ? { kind: 'gpu', gpu } : null;
}

function eventDetail(version: string, id: string): Detail | null {
  const event = getHistory(version).find((e) => e.id === id);
  return event ? { kind: 'event', event } : null;
}

const FIND = {
  score: scoreDetail,
  price: priceDetail,
  spec: specDetail,
  hardware: hardwareDetail,
  gpu: gpuDetail,
  event: eventDetail,
};

/** The details of one value of one data version, or a message saying which part of the address is unknown. */
export function getDetail(version: string, kind: string, id: string): DetailResult {
  if (!getVersions().some((v) => v.id === version)) return { error: `Unknown data version "${version}".` };
  if (!isDetailKind(kind))
    return { error: `Unknown kind of value "${kind}": expected score, price, spec, hardware, gpu or event.` };
  const detail = FIND[kind](version, id);
  if (!detail) return { error: `No ${kind} with id "${id}" in data version ${version}.` };
  return { version, detail };
}
