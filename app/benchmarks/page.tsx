import type { Metadata } from 'next';
import Link from 'next/link';
import { BenchmarkCards, type BenchmarkCard } from '@/components/benchmarks/benchmark-cards';
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
            <BenchmarkCards
              cards={g.benchmarks.map((b): BenchmarkCard => [
                b.id,
                b.name,
                b.parent ? [b.parent.id, b.parent.name] : null,
                b.description,
                UNIT_LABEL[b.unit] ?? b.unit,
                b.higherIsBetter ? 'higher is better' : 'lower is better',
                b.modelsScored,
                b.scoreRows,
              ])}
            />
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
