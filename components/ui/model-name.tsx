import Link from 'next/link';
import { OrgDot } from './org-dot';

/**
 * A model's name in a table's first column: its organization's swatch and a link to its page,
 * truncated on a phone (the full name on focus and in the title). Styled by two short classes in
 * app/globals.css: a table repeats this on every row.
 */
export function ModelNameLink({ id, name, org }: { id: string; name: string; org: string }) {
  return (
    <span className="name-cell">
      <OrgDot org={org} />
      <Link href={`/models/${id}`} className="name-link" title={name}>
        {name}
      </Link>
    </span>
  );
}
