import { formatPartialDate } from '@/lib/format';

export interface SourceLineProps {
  source: { id: string; title: string; publisher: string; url: string | null; kind: string; published: string | null; retrieved?: string | null };
  locator?: string | null;
}

const KIND_LABEL: Record<string, string> = {
  'tech-report': 'technical report',
  'model-card': 'model card',
  'vendor-page': 'vendor page',
  leaderboard: 'leaderboard',
  article: 'secondary article',
};

/** "Title — publisher, kind, date · locator", the title linking to the source itself. */
export function SourceLine({ source, locator }: SourceLineProps) {
  // Data validation admits only http(s) URLs; checking again here keeps a bad row from ever becoming a link.
  const external = source.url !== null && /^https?:\/\//i.test(source.url);
  const href = external ? source.url! : `/sources#${source.id}`;
  return (
    <span className="block">
      <a
        href={href}
        className="link font-medium"
        {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      >
        {source.title}
      </a>
      <span className="text-[var(--fg-muted)]">
        {' '}
        — {source.publisher}, {KIND_LABEL[source.kind] ?? source.kind}
        {source.published ? `, ${formatPartialDate(source.published)}` : ''}
        {source.retrieved && !source.published ? `, read ${formatPartialDate(source.retrieved)}` : ''}
      </span>
      {locator ? <span className="block text-[var(--fg-subtle)]">Where: {locator}</span> : null}
    </span>
  );
}
