import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '../db/client';
import { detailHref } from '../details';
import { gpus, hardware } from '../db/schema';
import { getSourceMap, sourceOrPlaceholder, type SourceRef } from './shared';

export interface GpuView {
  id: string;
  /** The page (and, with /panel, the JSON) holding the source of its memory figure. */
  detail: string;
  name: string;
  vendor: string;
  memoryGb: number;
  fp8: boolean;
  kind: string;
  source: SourceRef;
}

export interface HardwareView {
  /** The row's position in hardware.json. */
  id: string;
  /** The page (and, with /panel, the JSON) holding everything behind this figure. */
  detail: string;
  modelId: string;
  precision: string;
  profile: 'standard' | 'full-context';
  gpu: GpuView | null;
  count: number | null;
  memoryGb: number | null;
  upper: number | null;
  exactness: string;
  condition: string | null;
  text: string | null;
  /** "16 × NVIDIA H100 80GB" or the source's words for a memory budget. */
  display: string;
  source: SourceRef;
  locator: string | null;
  note: string | null;
}

export function getGpus(version: string): GpuView[] {
  const sourceMap = getSourceMap(version);
  return getDb()
    .select()
    .from(gpus)
    .where(eq(gpus.version, version))
    .orderBy(asc(gpus.ordinal))
    .all()
    .map((g) => ({
      id: g.id,
      detail: detailHref(version, 'gpu', g.id),
      name: g.name,
      vendor: g.vendor,
      memoryGb: g.memoryGb,
      fp8: g.fp8,
      kind: g.kind,
      source: sourceOrPlaceholder(sourceMap, g.sourceId),
    }));
}

export function getHardware(version: string, modelId?: string): HardwareView[] {
  const sourceMap = getSourceMap(version);
  const gpuById = new Map(getGpus(version).map((g) => [g.id, g]));
  const rows = getDb().select().from(hardware).where(eq(hardware.version, version)).orderBy(asc(hardware.ordinal)).all();
  return rows
    .filter((r) => modelId === undefined || r.modelId === modelId)
    .map((r) => {
      const gpu = r.gpuId ? (gpuById.get(r.gpuId) ?? null) : null;
      const display =
        gpu && r.count !== null
          ? `${r.count} × ${gpu.name}`
          : r.exactness !== 'exact' && r.text
            ? r.text
            : r.memoryGb !== null
              ? `${r.memoryGb}${r.upper !== null ? `–${r.upper}` : ''} GB`
              : '—';
      return {
        id: String(r.ordinal),
        detail: detailHref(version, 'hardware', r.ordinal),
        modelId: r.modelId,
        precision: r.precision,
        profile: r.profile as HardwareView['profile'],
        gpu,
        count: r.count,
        memoryGb: r.memoryGb,
        upper: r.upper,
        exactness: r.exactness,
        condition: r.condition,
        text: r.text,
        display,
        source: sourceOrPlaceholder(sourceMap, r.sourceId),
        locator: r.locator,
        note: r.note,
      };
    });
}
