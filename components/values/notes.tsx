import type { NoteView } from '@/lib/queries/shared';

/** Notes inside a value's tip: what users must read next to the number. */
export function NoteCallouts({ notes }: { notes: readonly NoteView[] }) {
  return (
    <>
      {notes.map((n) => (
        <span key={n.id} className="mt-2 block rounded border border-warn/40 bg-warn-bg p-2">
          <span className="block font-semibold">⚠ {n.title}</span>
          <span className="block">{n.body}</span>
        </span>
      ))}
    </>
  );
}

/** Notes as a page section's list, each with its kind. */
export function NotesList({ notes, className = 'space-y-2' }: { notes: readonly NoteView[]; className?: string }) {
  return (
    <ul className={className}>
      {notes.map((n) => (
        <li key={n.id} id={`note-${n.id}`} className="rounded-md border border-border p-3 text-sm">
          <p className="font-medium">
            <span className="mr-2 rounded bg-warn-bg px-1.5 py-0.5 text-[10px] tracking-wide text-warn uppercase">{n.kind}</span>
            {n.title}
          </p>
          <p className="mt-1 text-fg-muted">{n.body}</p>
        </li>
      ))}
    </ul>
  );
}
