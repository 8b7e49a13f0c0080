import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DetailBody, DetailContextLink } from '@/components/values/detail-body';
import { getDetail, type Detail } from '@/lib/queries/details';

type Props = { params: Promise<{ version: string; kind: string; id: string }> };

function headline(detail: Detail): string {
  switch (detail.kind) {
    case 'score':
      return `${detail.title}: ${detail.shown.display}`;
    case 'price':
      return `${detail.modelName} · ${detail.price.provider.name} price: ${detail.price.display}`;
    case 'spec':
      return `${detail.modelName} · ${detail.value.label}: ${detail.value.display}`;
    case 'hardware':
      return `${detail.modelName} · ${detail.row.precision}: ${detail.row.display}`;
    case 'gpu':
      return `${detail.gpu.name} memory`;
    case 'event':
      return `${detail.event.name} · ${detail.event.dateLabel}`;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { version, kind, id } = await params;
  const result = getDetail(decodeURIComponent(version), kind, decodeURIComponent(id));
  return {
    title: 'error' in result ? 'Value not found' : `Source of ${headline(result.detail)}`,
    // One page per stored value: useful to follow from a value, not to find in a search engine.
    robots: { index: false },
  };
}

/**
 * Everything behind one value on a page of its own: what a value's source panel shows, for readers
 * without JavaScript (every value links here) and for anyone who wants to share it.
 */
export default async function DetailsPage({ params }: Props) {
  const { version, kind, id } = await params;
  const result = getDetail(decodeURIComponent(version), kind, decodeURIComponent(id));
  // An unknown version, kind or id: the 404 page (the panel route's JSON names which part is unknown).
  if ('error' in result) notFound();
  const { detail } = result;
  return (
    <article className="max-w-2xl space-y-4">
      <header className="space-y-1">
        <p className="text-sm text-fg-muted">Source and settings · data version {result.version}</p>
        <h1 className="text-2xl font-semibold tracking-tight">{headline(detail)}</h1>
      </header>
      <div className="rounded-md border border-border p-4 text-sm leading-relaxed" data-testid="detail-body">
        <DetailBody detail={detail} />
        <DetailContextLink detail={detail} />
      </div>
    </article>
  );
}
