import Link from 'next/link';
import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { formatPoints, type GroupVerdict, type PairVerdict } from '@/lib/compare/like-for-like';
import { headToHeadPath } from '@/lib/head-to-head';
import { CATEGORY_LABEL } from '@/lib/categories';

function categoryName(id: string): string {
  return (CATEGORY_LABEL as Record<string, string>)[id] ?? id;
}

function Tally({ v }: { v: PairVerdict }) {
  return (
    <span className="tabular">
      {v.aLeads}–{v.bLeads}
      {v.ties > 0 ? ` (${v.ties} tied)` : ''}
      {v.medianGapPoints !== null ? `, median ${formatPoints(v.medianGapPoints)} pts` : ''}
      {v.notComparable.length > 0 ? `; ${v.notComparable.length} not comparable` : ''}
    </span>
  );
}

/** The box a verdict stands in: its sentence first, under a heading only screen readers announce. */
function VerdictFrame({
  id,
  sentence,
  className,
  children,
}: {
  id: string;
  sentence: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className={cn(className, 'rounded-md border border-border bg-bg-subtle p-3 text-sm')}
      data-testid="verdict"
    >
      <h2 id={id} className="sr-only">
        Verdict
      </h2>
      <p className="font-medium" data-testid="verdict-sentence">
        {sentence}
      </p>
      {children}
    </section>
  );
}

/** The one-sentence answer above a comparison, with the pairwise tallies behind it. */
export function GroupVerdictBox({ verdict, nameOf }: { verdict: GroupVerdict; nameOf: Record<string, string> }) {
  const focus = nameOf[verdict.focus] ?? verdict.focus;
  return (
    <VerdictFrame id="verdict-heading" sentence={verdict.sentence}>
      {verdict.pairs.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted">
          {verdict.pairs.map((p) => (
            <li key={p.b}>
              <Link className="link" href={headToHeadPath(p.a, p.b)}>
                {focus} vs {nameOf[p.b] ?? p.b}
              </Link>
              : <Tally v={p} />
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-1 text-xs text-fg-subtle">
        Counted over the benchmarks shown, each compared only where one source measured both models or their stated settings
        match; points are percentage points, positive when {focus} is ahead.
      </p>
    </VerdictFrame>
  );
}

/** A head-to-head's verdict: the sentence, and per category who leads and by how much. */
export function PairVerdictBox({ verdict, nameA, nameB }: { verdict: PairVerdict; nameA: string; nameB: string }) {
  return (
    <VerdictFrame id="pair-verdict" sentence={verdict.sentence} className="space-y-2">
      {verdict.medianGapPoints !== null ? (
        <p className="text-xs text-fg-muted">
          Median gap over the compared percentage benchmarks: {formatPoints(verdict.medianGapPoints)} points ({nameA} − {nameB},
          positive when {nameA} is ahead).
        </p>
      ) : null}
      {verdict.categories.length > 0 ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted" data-testid="verdict-categories">
          {verdict.categories.map((c) => (
            <li key={c.category}>
              <span className="font-medium text-fg">{categoryName(c.category)}</span>: {nameA} {c.aLeads}, {nameB} {c.bLeads}
              {c.ties > 0 ? `, tied ${c.ties}` : ''}
              {c.medianGapPoints !== null ? ` (median ${formatPoints(c.medianGapPoints)} pts)` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </VerdictFrame>
  );
}
