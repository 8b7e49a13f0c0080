import type { Metadata } from 'next';
import Link from 'next/link';
import { Section } from '@/components/ui/section';
import { pageMetadata } from '@/lib/og/meta';
import { getBenchmarkIndex } from '@/lib/queries/catalog';
import { resolveVersion } from '@/lib/queries/versions';

const title = 'Benchmarks';
const description =
  'Every benchmark GLM Compare records scores on, grouped by category (agentic, coding, reasoning, math, knowledge, composite, preference): what each measures, its unit, and how many models have a score.';

export const metadata: Metadata = pageMetadata({ title, description, image: '/og/page/benchmarks' });

const UNIT_LABEL: Record<string, string> = { '%': 'percent', score: 'score', elo: 'Elo rating' };

export default function BenchmarksIndexPage() {
  const { version } = resolveVersion(undefined);
  const groups = getBenchmarkIndex(version.id);
  const count = groups.reduce((n, g) => n + g.benchmarks.length, 0);

  return (
    <article className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">Benchmarks</h1>
        <p className="text-fg-muted">
          {count} benchmarks in {groups.length} categories in data version {version.id}. A benchmark&apos;s version or date
          window, the number of samples averaged and whether tools or thinking were used are recorded with each score, not folded
          into the benchmark: open a benchmark to see every model&apos;s score with its settings.
        </p>
        <nav aria-label="Categories" className="text-sm">
          <ul className="flex flex-wrap gap-2">
            {groups.map((g) => (
              <li key={g.category}>
                <a
                  href={`#cat-${g.category}`}
                  className="inline-block rounded-md border border-border px-2 py-1 hover:bg-bg-muted"
                >
                  {g.label} <span className="tabular text-fg-muted">{g.benchmarks.length}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      {groups.map((g) => (
        <Section
          key={g.category}
          id={`cat-${g.category}`}
          title={g.label}
          note={`(${g.benchmarks.length})`}
          headingClassName="scroll-mt-4"
        >
          <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
            {g.benchmarks.map((b) => (
              <li
                key={b.id}
                data-benchmark={b.id}
                className={`flex min-w-0 flex-col gap-1.5 rounded-md border border-border p-3 ${b.parent ? 'border-dashed' : ''}`}
              >
                <h3 className="font-semibold break-words">
                  <Link className="link" href={`/benchmarks/${b.id}`}>
                    {b.name}
                  </Link>
                </h3>
                {b.parent ? (
                  <p className="text-xs text-fg-muted">
                    part of{' '}
                    <Link className="link" href={`/benchmarks/${b.parent.id}`}>
                      {b.parent.name}
                    </Link>
                  </p>
                ) : null}
                <p className="text-sm text-fg-muted">{b.description}</p>
                <p className="mt-auto flex flex-wrap gap-x-3 gap-y-1 pt-1 text-xs">
                  <span className="rounded bg-bg-muted px-1.5 py-0.5">{UNIT_LABEL[b.unit] ?? b.unit}</span>
                  <span className="rounded bg-bg-muted px-1.5 py-0.5">
                    {b.higherIsBetter ? 'higher is better' : 'lower is better'}
                  </span>
                  <span className="tabular" data-testid="models-scored">
                    {b.modelsScored === 0 ? (
                      <span className="text-fg-subtle">no model scored yet</span>
                    ) : (
                      <>
                        <strong className="font-semibold">{b.modelsScored}</strong> {b.modelsScored === 1 ? 'model' : 'models'}{' '}
                        scored
                        {b.scoreRows !== b.modelsScored ? <span className="text-fg-subtle"> ({b.scoreRows} values)</span> : null}
                      </>
                    )}
                  </span>
                </p>
              </li>
            ))}
          </ul>
        </Section>
      ))}

      <p className="text-xs text-fg-subtle">
        Data version {version.id} ({version.title}). “Models scored” counts models with a value shown on the benchmark; the
        bracketed figure counts every reported value, including other sources, other settings and disputed values. See{' '}
        <Link className="link" href="/models">
          all models
        </Link>{' '}
        or{' '}
        <Link className="link" href="/compare">
          compare them on chosen benchmarks
        </Link>
        .
      </p>
    </article>
  );
}
