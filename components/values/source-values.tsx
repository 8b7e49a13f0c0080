import type { GpuView } from '@/lib/queries/hardware';
import type { HistoryEventView } from '@/lib/queries/history';
import { formatNumber } from '@/lib/format';
import { DetailTip } from '../ui/source-tip';

/** A GPU's memory, its source one hover or tap away. */
export function GpuMemoryValue({ gpu }: { gpu: Pick<GpuView, 'detail' | 'name' | 'memoryGb'> }) {
  const memory = `${formatNumber(gpu.memoryGb)} GB`;
  return <DetailTip href={gpu.detail} label={memory} ariaLabel={`${gpu.name} memory ${memory}. Show source`} />;
}

/** The title of an event's source, with the source's words and locator one hover or tap away. */
export function EventSourceValue({ event }: { event: Pick<HistoryEventView, 'detail' | 'name' | 'source'> }) {
  return (
    <DetailTip
      href={event.detail}
      label={event.source.title}
      ariaLabel={`${event.name}: source ${event.source.title}. Show details`}
    />
  );
}
