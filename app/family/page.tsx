import type { Metadata } from 'next';
import Link from 'next/link';
import { Section } from '@/components/ui/section';
import { RowTh, Table, Td, THead } from '@/components/ui/table';
import { formatPoints } from '@/lib/compare/like-for-like';
import { formatNumber } from '@/lib/format';
import { headToHeadPath } from '@/lib/head-to-head';
import { pageMetadata } from '@/lib/og/meta';
import { getGlmFamily, type FamilyRelease } from '@/lib/queries/family';
import { resolveVersion } from '@/lib/queries/versions';

const title = 'The GLM family, release by release';
const description =
  'How each GLM release compares with the one before it, like-for-like, with its launch date, size and list price: GLM-4.5 to the newest release.';

export const metadata: Metadata = {
  ...pageMetadata({ title, description, image: '/og/page/history' }),
  alternates: { canonical: '/family' },
};

function GainBar({ release, scale }: { release: FamilyRelease; scale: number }) {
  const gap = release.step?.verdict.medianGapPoints ?? null;
  if (gap === null) return <span className="text-xs text-fg-subtle">no percentage benchmark compared</span>;
  const width = `${Math.min(100, (Math.abs(gap) / scale) * 100)}%`;
  return (
    <span className="flex items-center gap-2">
      <span className="relative block h-3 w-full max-w-[12rem] rounded bg-bg-muted" aria-hidden="true">
        <span className={`absolute inset-y-0 left-0 rounded ${gap >= 0 ? 'bg-best-fg' : 'bg-warn'}`} style={{ width }} />
      </span>
      <span className="tabular text-xs whitespace-nowrap">{formatPoints(gap)} pts</span>
    </span>
  );
}

function Step({ release }: { release: FamilyRelease }) {
  const step = release.step;
  if (!step) return <span className="text-xs text-fg-subtle">the first release of the line</span>;
  const v = step.verdict;
  if (v.compared.length === 0) {
    return (
      <span className="text-xs">
        no benchmark measured like-for-like
        {v.notComparable.length > 0 ? ` (${v.notComparable.length} measured differently)` : ''} ·{' '}
        <Link className="link" href={headToHeadPath(release.id, step.previous.id)}>
          vs {step.previous.name}
        </Link>
      </span>
    );
  }
  return (
    <span className="text-xs">
      ahead on {v.aLeads} of {v.compared.length}
      {v.bLeads > 0 ? `, behind on ${v.bLeads}` : ''}
      {v.ties > 0 ? `, tied on ${v.ties}` : ''}
      {v.notComparable.length > 0 ? ` (${v.notComparable.length} not comparable)` : ''} ·{' '}
      <Link className="link" href={headToHeadPath(release.id, step.previous.id)}>
        vs {step.previous.name}
      </Link>
    </span>
  );
}

export default function FamilyPage() {
  const { version } = resolveVersion(undefined);
  const releases = getGlmFamily(version.id);
  const scale = Math.max(1, ...releases.map((r) => Math.abs(r.step?.verdict.medianGapPoints ?? 0)));
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
        <p className="max-w-3xl text-sm text-fg-muted">
          Each release against the one before it, only on benchmarks where the two were measured like-for-like: in one chart or
          table (usually the newer release&apos;s launch chart, which shows its predecessor) or under the same stated settings.
          The gain is the median difference in percentage points over those benchmarks. Data {version.id};{' '}
          <Link className="link" href="/history">
            the whole history
          </Link>
          .
        </p>
      </header>

      <Section id="family-table" title="Releases">
        <Table label="GLM releases" testId="family-table" className="min-w-[44rem]">
          <THead
            columns={[
              'Release',
              'Launched',
              { label: 'Parameters (total / active)', numeric: true },
              { label: 'List price in / out (per 1M)', numeric: true },
              'Median gain over the previous release',
              'Benchmarks compared',
            ]}
          />
          <tbody>
            {releases.map((r) => (
              <tr key={r.id} data-release={r.id}>
                <RowTh className="py-2">
                  <Link className="hover:underline" href={`/models/${r.id}`}>
                    {r.name}
                  </Link>
                </RowTh>
                <Td className="py-2">{r.dateLabel ?? <span className="text-fg-subtle">—</span>}</Td>
                <Td numeric className="py-2">
                  {r.totalParams ?? '—'} / {r.activeParams ?? '—'}
                </Td>
                <Td numeric className="py-2">
                  {r.price?.input && r.price.output ? (
                    `${r.price.input.display} / ${r.price.output.display}`
                  ) : (
                    <span className="text-fg-subtle" title="No list price from Z.ai in this data version">
                      —
                    </span>
                  )}
                </Td>
                <Td className="py-2">
                  {r.step ? <GainBar release={r} scale={scale} /> : <span className="text-fg-subtle">—</span>}
                </Td>
                <Td className="py-2">
                  <Step release={r} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Section>

      <Section id="family-steps" title="Each step, benchmark by benchmark" className="space-y-3">
        {releases
          .filter((r) => r.step && r.step.rows.length > 0)
          .map((r) => (
            <details key={r.id} className="rounded-md border border-border p-3 text-sm" data-testid="family-step">
              <summary className="cursor-pointer font-medium">
                {r.name} vs {r.step!.previous.name}: {r.step!.verdict.sentence}
              </summary>
              <ul className="mt-2 space-y-1 text-xs">
                {r.step!.rows.map((row) => (
                  <li key={row.benchmark.id}>
                    <Link className="link" href={`/benchmarks/${row.benchmark.id}`}>
                      {row.benchmark.name}
                    </Link>
                    : {r.step!.previous.name} {row.b?.display} → {r.name} {row.a?.display}
                    {row.gap !== null
                      ? ` (${row.gap >= 0 ? '+' : '−'}${formatNumber(Math.abs(Math.round(row.gap * 100) / 100))})`
                      : ''}
                    <span className="text-fg-subtle"> · {row.reason}</span>
                  </li>
                ))}
              </ul>
            </details>
          ))}
      </Section>
    </article>
  );
}
