import 'server-only';
import type { SpecField } from '../data/schema';
import type { ArchitectureInput } from '../gpu-planner';
import { getGpus, getHardware, type GpuView, type HardwareView } from './hardware';
import { getModelList, type SpecValue } from './models';
import type { OrganizationRef } from './shared';

/** The /hardware page's data: published requirements, the GPUs, and each model's architecture specs. */

/** Spec fields the planner reads or shows beside its estimate. */
export const PLANNER_SPEC_FIELDS = [
  'total-params',
  'layers',
  'dense-layers',
  'moe-layers',
  'kv-heads',
  'head-dim',
  'attention-heads',
  'hidden-size',
  'attention-type',
  'context-window',
] as const satisfies readonly SpecField[];
export type PlannerSpecField = (typeof PLANNER_SPEC_FIELDS)[number];

export interface PlannerModel {
  id: string;
  name: string;
  organization: OrganizationRef;
  /** Headline, unqualified spec values (the ones the model pages show first), with their sources. */
  specs: Partial<Record<PlannerSpecField, SpecValue>>;
  publishedCount: number;
}

export interface PlannerData {
  models: PlannerModel[];
  gpus: GpuView[];
  hardware: HardwareView[];
}

function num(v: SpecValue | undefined): number | null {
  return v && typeof v.value === 'number' && !v.disputed ? v.value : null;
}

/** The numbers the estimate uses, from a model's headline specs. Approximate values are used as stated and flagged by the page. */
export function architectureOf(model: PlannerModel): ArchitectureInput {
  const s = model.specs;
  const attention = s['attention-type'];
  return {
    layers: num(s.layers),
    denseLayers: num(s['dense-layers']),
    moeLayers: num(s['moe-layers']),
    kvHeads: num(s['kv-heads']),
    headDim: num(s['head-dim']),
    attentionType: attention && typeof attention.value === 'string' ? attention.value : null,
  };
}

export function getPlannerData(version: string): PlannerData {
  const hardware = getHardware(version);
  const published = new Map<string, number>();
  for (const h of hardware) published.set(h.modelId, (published.get(h.modelId) ?? 0) + 1);
  const models = getModelList(version)
    .map((m) => {
      const specs: PlannerModel['specs'] = {};
      for (const f of PLANNER_SPEC_FIELDS) {
        const v = m.specs[f];
        if (v) specs[f] = v;
      }
      return { id: m.id, name: m.name, organization: m.organization, specs, publishedCount: published.get(m.id) ?? 0 };
    })
    // Only models the page can say something about: a published figure or a parameter count.
    .filter((m) => m.publishedCount > 0 || m.specs['total-params'] !== undefined);
  return { models, gpus: getGpus(version), hardware };
}
