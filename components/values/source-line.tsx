import Link from 'next/link';
import { ExternalLink } from '@/components/ui/external-link';
import { formatPartialDate } from '@/lib/format';

export interface SourceLineProps {
  source: {
    id: string;
    title: string;
    publisher: string;
    url: string | null;
    kind: string;
    published: string | null;
    retrieved?: string | null;
  };
  locator?: string | null;
}

export const SOURCE_KIND_LABEL: Record<string, string> = {
  'tech-report': 'technical report',
  'model-card': 'model card',
  'vendor-page': 'vendor page',
  leaderboard: 'leaderboard',
  article: 'secondary article',
  catalog: 'open catalogue',
};

/** A source's title, linking to the source itself, or to its entry on /sources when it has no public address. */
export function SourceLink({
  source,
  className = 'link',
}: {
  source: Pick<SourceLineProps['source'], 'id' | 'title' | 'url'>;
  className?: string;
}) {
  return (
    <ExternalLink
      href={source.url}
      className={className}
      fallback={
        <Link className={className} href={`/sources#${source.id}`}>
          {source.title}
        </Link>
      }
    >
      {source.title}
    </ExternalLink>
  );
}

/** "Title — publisher, kind, date · locator", the title linking to the source itself. */
export function SourceLine({ source, locator }: SourceLineProps) {
  return (
    <span className="block">
      <SourceLink source={source} className="link font-medium" />
      <span className="text-fg-muted">
        {' '}
        — {source.publisher}, {SOURCE_KIND_LABEL[source.kind] ?? source.kind}
        {source.published ? `, ${formatPartialDate(source.published)}` : ''}
        {source.retrieved && !source.published ? `, read ${formatPartialDate(source.retrieved)}` : ''}
      </span>
      {locator ? <span className="block text-fg-subtle">Where: {locator}</span> : null}
    </span>
  );
}
