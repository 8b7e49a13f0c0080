import Link from 'next/link';
import { EXACTNESS_LABEL, formatNumber, formatPartialDate, type ExactnessName } from '@/lib/format';
import type { Detail } from '@/lib/queries/details';
import type { HardwareView } from '@/lib/queries/hardware';
import type { PriceView } from '@/lib/queries/prices';
import type { SpecValue } from '@/lib/queries/models';
import { NoteCallouts } from './notes';
import { ScoreDetails } from './score-details';
import { SourceLine } from './source-line';

/*
 * What a value's source panel says. Drawn by the page at /details/… (no JavaScript needed) and by the
 * source-tip controller from the same JSON, so the two cannot disagree. No server-only imports: this
 * runs in the browser too.
 */

export const PRICE_KIND_LABEL: Record<string, string> = {
  input: 'Input',
  'cached-input': 'Cached input',
  output: 'Output',
  'cache-storage': 'Cache storage',
};

export const PROFILE_LABEL: Record<HardwareView['profile'], string> = { standard: 'standard', 'full-context': 'full context' };

export function priceUnitLabel(unit: string): string {
  return unit === 'per-1m-tokens-hour' ? 'per 1M tokens per hour' : 'per 1M tokens';
}

function Approximate({ exactness, text }: { exactness: string; text: string | null }) {
  if (exactness === 'exact') return null;
  return (
    <span className="block">
      {EXACTNESS_LABEL[exactness as ExactnessName] ?? exactness}: “{text}”
    </span>
  );
}

function PriceDetails({ modelName, price, others, notes }: Extract<Detail, { kind: 'price' }>) {
  return (
    <>
      <span className="mb-1 block font-semibold">
        {modelName} · {PRICE_KIND_LABEL[price.kind] ?? price.kind}: {price.display} {price.currency} {priceUnitLabel(price.unit)}
      </span>
      <span className="block">
        Seller: {price.provider.name}
        {price.condition ? ` · ${price.condition}` : ''}
      </span>
      {price.asOf ? <span className="block">As of {formatPartialDate(price.asOf)}</span> : null}
      {price.disputed ? <span className="block text-warn">Disputed: not used as this seller&apos;s price.</span> : null}
      <Approximate exactness={price.exactness} text={price.text} />
      <SourceLine source={price.source} locator={price.locator} />
      {price.note ? <span className="mt-1 block text-fg-muted">{price.note}</span> : null}
      <NoteCallouts notes={notes} />
      <OtherValues label="Other listed values" rows={others} />
    </>
  );
}

function SpecDetails({ modelName, value, others, notes }: Extract<Detail, { kind: 'spec' }>) {
  return (
    <>
      <span className="mb-1 block font-semibold">
        {modelName} · {value.label}: {value.display}
        {value.qualifier ? ` (${value.qualifier})` : ''}
      </span>
      <SourceLine source={value.source} locator={value.locator} />
      <Approximate exactness={value.exactness} text={value.text} />
      {value.note ? <span className="mt-1 block text-fg-muted">{value.note}</span> : null}
      <NoteCallouts notes={notes} />
      <OtherValues label="Other reported values" rows={others} />
    </>
  );
}

function OtherValues({
  label,
  rows,
}: {
  label: string;
  rows: ReadonlyArray<Pick<PriceView | SpecValue, 'display' | 'disputed' | 'source' | 'locator'> & { qualifier?: string | null }>;
}) {
  if (rows.length === 0) return null;
  return (
    <span className="mt-2 block border-t border-border pt-2">
      <span className="block font-semibold">{label}</span>
      {rows.map((o, i) => (
        <span key={i} className="mt-1 block">
          <span className={o.disputed ? 'line-through' : ''}>{o.display}</span>
          {o.qualifier ? <span className="text-fg-muted"> ({o.qualifier})</span> : null}
          {o.disputed ? <span className="ml-1 text-warn">disputed</span> : null}
          <span className="block pl-2">
            <SourceLine source={o.source} locator={o.locator} />
          </span>
        </span>
      ))}
    </span>
  );
}

function HardwareDetails({ modelName, row }: Extract<Detail, { kind: 'hardware' }>) {
  return (
    <>
      <span className="mb-1 block font-semibold">
        {modelName} · {row.precision} · {PROFILE_LABEL[row.profile]}: {row.display}
      </span>
      {row.text && row.exactness === 'exact' ? <span className="block">As printed: “{row.text}”</span> : null}
      <Approximate exactness={row.exactness} text={row.text} />
      {row.condition ? <span className="block">Conditions: {row.condition}</span> : null}
      {row.gpu ? (
        <span className="block">
          GPU: {row.gpu.name}, {row.gpu.memoryGb} GB ({row.gpu.source.title})
        </span>
      ) : null}
      <SourceLine source={row.source} locator={row.locator} />
      {row.note ? <span className="mt-1 block text-fg-muted">{row.note}</span> : null}
    </>
  );
}

function EventDetails({ event: e }: Extract<Detail, { kind: 'event' }>) {
  return (
    <>
      <span className="mb-1 block font-semibold">
        {e.name} · {e.dateLabel}
      </span>
      <SourceLine source={e.source} locator={e.locator} />
      {e.text ? <span className="mt-1 block">In the source: “{e.text}”</span> : null}
      {e.note ? <span className="mt-1 block text-fg-muted">{e.note}</span> : null}
    </>
  );
}

/** The body of a value's panel or details page. */
export function DetailBody({ detail }: { detail: Detail }) {
  switch (detail.kind) {
    case 'score':
      return <ScoreDetails title={detail.title} shown={detail.shown} others={detail.others} notes={detail.notes} />;
    case 'price':
      return <PriceDetails {...detail} />;
    case 'spec':
      return <SpecDetails {...detail} />;
    case 'hardware':
      return <HardwareDetails {...detail} />;
    case 'gpu':
      return (
        <>
          <span className="mb-1 block font-semibold">
            {detail.gpu.name}: {formatNumber(detail.gpu.memoryGb)} GB
          </span>
          <SourceLine source={detail.gpu.source} />
        </>
      );
    case 'event':
      return <EventDetails {...detail} />;
  }
}

/** Where the rest of a value's context lives: its model's page, with every value and note. */
export function DetailContextLink({ detail }: { detail: Detail }) {
  const modelId = 'modelId' in detail ? detail.modelId : detail.kind === 'event' ? (detail.event.model?.id ?? null) : null;
  if (!modelId) return null;
  return (
    <Link href={`/models/${modelId}`} className="link mt-2 block">
      Every value of this model with its source
    </Link>
  );
}
