import Link from 'next/link';
import type { CellMatch } from '@/lib/queries/compare';
import type { NoteView } from '@/lib/queries/shared';
import type { ScoreView } from '@/lib/queries/scores';
import { ShownScore } from '@/components/values/score-details';

/**
 * What a comparison cell's tip shows: the value with its source, settings, exactness and the
 * source's own note; the other reported values in one line each; and the titles of the notes
 * that bear on it, linked to their full text below the table. Kept compact because a view can
 * hold a hundred cells; the model page lists every value in full.
 */
export function CompareCellDetails({
  title,
  modelId,
  shown,
  others,
  notes,
  match = null,
}: {
  title: string;
  modelId: string;
  shown: ScoreView | null;
  others: ScoreView[];
  notes: NoteView[];
  match?: CellMatch | null;
}) {
  return (
    <>
      {match && match.status !== 'not-reported' ? (
        <span
          className={`mb-2 block rounded border p-2 ${match.status === 'excluded' ? 'border-warn/40 bg-warn-bg' : 'border-border'}`}
          data-testid="match-reason"
        >
          <span className="block font-semibold">
            {match.status === 'compared'
              ? 'Compared like-for-like'
              : match.status === 'excluded'
                ? 'Left out of this comparison'
                : 'Nothing to compare with'}
          </span>
          {match.reason}
        </span>
      ) : null}
      <ShownScore title={title} shown={shown} others={others} compactSettings />
      {notes.length > 0 ? (
        <span className="mt-2 block rounded border border-warn/40 bg-warn-bg p-2">
          {notes.map((n) => (
            <a key={n.id} href={`#note-${n.id}`} className="block underline">
              ⚠ {n.title}
            </a>
          ))}
        </span>
      ) : null}
      {others.length > 0 ? (
        <span className="mt-2 block border-t border-border pt-2">
          <span className="block font-semibold">Also reported</span>
          {others.map((o, i) => (
            <span key={i} className="block">
              <span className={`tabular font-medium ${o.disputed ? 'line-through' : ''}`}>{o.display}</span>
              {o.disputed ? <span className="text-warn"> disputed</span> : null}
              {o.badges.length > 0 ? <span className="text-fg-muted"> · {o.badges.join(', ')}</span> : null}
              <span className="text-fg-muted"> · {o.source.title}</span>
            </span>
          ))}
          <Link href={`/models/${modelId}`} className="link mt-1 block">
            Every value with its source and note
          </Link>
        </span>
      ) : null}
    </>
  );
}
