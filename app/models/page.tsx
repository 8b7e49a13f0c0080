import type { Metadata } from 'next';
import Link from 'next/link';
import { OrgDot } from '@/components/ui/org-dot';
import { SpecValueCell } from '@/components/values/spec-value';
import { previewMetadata } from '@/lib/og/meta';
import { getModelIndex } from '@/lib/queries/catalog';
import { resolveVersion } from '@/lib/queries/versions';
import { TableScroller } from '@/components/ui/table-scroller';

const title = 'Models';
const description =
  "Every model GLM Compare tracks, grouped by organization: Z.ai's GLM family, DeepSeek, Qwen, Kimi and proprietary references, with total and active parameters, context window, license, release date and how many benchmarks each has a score on.";

export const metadata: Metadata = {
  title,
  description,
  ...previewMetadata(`${title} · GLM Compare`, description, '/og/page/models'),
};

const th = 'px-3 py-2 font-medium';

const VARIANT_LABEL: Record<string, string> = {
  base: 'base',
  fp8: 'FP8',
  air: 'Air',
  x: 'X',
  flash: 'Flash',
  checkpoint: 'checkpoint',
  thinking: 'thinking',
  instruct: 'instruct',
  vision: 'vision',
};

export default function ModelsIndexPage() {
  const { version } = resolveVersion(undefined);
  const groups = getModelIndex(version.id);
  const count = groups.reduce((n, g) => n + g.models.length, 0);
  const names = new Map(groups.flatMap((g) => g.models.map((m) => [m.id, m.name] as const)));

  return (
    <article className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">Models</h1>
        <p className="text-[var(--fg-muted)]">
          {count} models from {groups.length} organizations in data version {version.id}. Hover, focus or tap a value to see its
          source; “—” means no source in this version states it. Open a model for every score, price and GPU requirement.
        </p>
        <nav aria-label="Organizations" className="text-sm">
          <ul className="flex flex-wrap gap-2">
            {groups.map((g) => (
              <li key={g.organization.id}>
                <a
                  href={`#org-${g.organization.id}`}
                  className="inline-flex items-center gap-1.5 rounded-md border border-[var(--border)] px-2 py-1 hover:bg-[var(--bg-muted)]"
                >
                  <OrgDot org={g.organization.id} /> {g.organization.name}{' '}
                  <span className="tabular text-[var(--fg-muted)]">{g.models.length}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      {groups.map((g) => (
        <section key={g.organization.id} aria-labelledby={`org-${g.organization.id}`} className="space-y-2">
          <h2 id={`org-${g.organization.id}`} className="scroll-mt-4 text-lg font-semibold">
            <OrgDot org={g.organization.id} /> {g.organization.name}{' '}
            <span className="text-sm font-normal text-[var(--fg-muted)]">
              ({g.models.length} {g.models.length === 1 ? 'model' : 'models'})
              {g.organization.aka.length > 0 ? ` · also ${g.organization.aka.join(', ')}` : ''}
              {g.organization.country ? ` · ${g.organization.country}` : ''}
            </span>
          </h2>
          <TableScroller label={`${g.organization.name} models`}>
            <table className="tabular w-full min-w-[46rem] text-sm" data-org={g.organization.id}>
              <thead className="bg-[var(--bg-subtle)] text-left text-xs text-[var(--fg-muted)]">
                <tr>
                  <th scope="col" className={`${th} sticky left-0 z-[1] bg-[var(--bg-subtle)]`}>
                    Model
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Total params
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Active params
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Context window
                  </th>
                  <th scope="col" className={th}>
                    License
                  </th>
                  <th scope="col" className={th}>
                    Released
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    <abbr
                      title="Benchmarks with a reported value shown for this model (all score rows, alternatives included, in brackets)"
                      className="no-underline"
                    >
                      Benchmarks
                    </abbr>
                  </th>
                </tr>
              </thead>
              <tbody>
                {g.models.map((m) => (
                  <tr key={m.id} className="border-t border-[var(--border)]" data-model={m.id}>
                    <th
                      scope="row"
                      className="sticky left-0 z-[1] max-w-[10rem] bg-[var(--bg)] px-3 py-2 text-left font-medium sm:max-w-[13rem]"
                    >
                      <Link href={`/models/${m.id}`} className="link">
                        {m.name}
                      </Link>
                      <span className="block text-[10px] font-normal text-[var(--fg-muted)]">
                        {m.openWeights ? 'open weights' : 'closed weights'}
                        {m.variantOf
                          ? ` · variant of ${names.get(m.variantOf) ?? m.variantOf}${m.variantKind ? ` (${VARIANT_LABEL[m.variantKind] ?? m.variantKind})` : ''}`
                          : ''}
                      </span>
                    </th>
                    <td className="px-3 py-2 text-right">
                      <SpecValueCell id={`${m.id}-total`} value={m.specs['total-params']} />
                    </td>
                    <td className="px-3 py-2 text-right">
                      <SpecValueCell id={`${m.id}-active`} value={m.specs['active-params']} />
                    </td>
                    <td className="px-3 py-2 text-right">
                      <SpecValueCell id={`${m.id}-ctx`} value={m.specs['context-window']} />
                    </td>
                    <td className="px-3 py-2">
                      <SpecValueCell id={`${m.id}-license`} value={m.specs.license} />
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      <SpecValueCell id={`${m.id}-release`} value={m.specs['release-date']} />
                    </td>
                    <td className="px-3 py-2 text-right whitespace-nowrap" data-testid="score-count">
                      {m.benchmarksScored > 0 ? (
                        <>
                          {m.benchmarksScored}
                          {m.scoreRows !== m.benchmarksScored ? (
                            <span className="text-xs text-[var(--fg-subtle)]"> ({m.scoreRows})</span>
                          ) : null}
                        </>
                      ) : (
                        <span className="text-[var(--fg-subtle)]" title="no benchmark score recorded">
                          0
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        </section>
      ))}

      <p className="text-xs text-[var(--fg-subtle)]">
        Data version {version.id} ({version.title}). The Benchmarks column counts benchmarks with a value shown for the model; the
        bracketed figure counts every reported score row, including other sources, other settings and disputed values. See{' '}
        <Link className="link" href="/benchmarks">
          all benchmarks
        </Link>{' '}
        or{' '}
        <Link className="link" href="/compare">
          compare models side by side
        </Link>
        .
      </p>
    </article>
  );
}
