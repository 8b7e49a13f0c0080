import type { Metadata } from 'next';
import Link from 'next/link';
import { SpecValueCell } from '@/components/values/spec-value';
import { OrgDot } from '@/components/ui/org-dot';
import { getModelList } from '@/lib/queries/models';
import { resolveVersion } from '@/lib/queries/versions';
import { previewMetadata } from '@/lib/og/meta';
import { TableScroller } from '@/components/ui/table-scroller';

export const metadata: Metadata = previewMetadata(
  'GLM Compare',
  "Compare Z.ai's GLM-4.5, GLM-4.5-Air and GLM-4.6 with DeepSeek, Qwen, Kimi and proprietary models: every number with its source and settings.",
  '/og/page/home',
);

export default function HomePage() {
  const { version } = resolveVersion(undefined);
  const models = getModelList(version.id);
  return (
    <div className="space-y-6">
      <section className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">GLM Compare</h1>
        <p className="text-[var(--fg-muted)]">
          Z.ai&apos;s open-weights GLM-4.5, GLM-4.5-Air and GLM-4.6 next to DeepSeek, Qwen, Kimi and proprietary reference models.
          Every number carries its source, its settings and how exactly the source states it; hover, focus or tap a value to see
          where it comes from. Missing values stay missing (—).
        </p>
        <p className="text-sm">
          <Link href="/compare" className="link">
            Open the comparison explorer
          </Link>
          <span className="text-[var(--fg-subtle)]">
            {' '}
            · data version {version.id}: {version.title}
          </span>
        </p>
      </section>

      <section aria-labelledby="models-heading" className="space-y-2">
        <h2 id="models-heading" className="text-lg font-semibold">
          Models <span className="text-sm font-normal text-[var(--fg-muted)]">({models.length})</span>
        </h2>
        <TableScroller label="Models table">
          <table className="tabular w-full min-w-[52rem] text-sm">
            <thead className="bg-[var(--bg-subtle)] text-left text-xs text-[var(--fg-muted)]">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Model
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Organization
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Total params
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Active params
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Context window
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  License
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Released
                </th>
              </tr>
            </thead>
            <tbody>
              {models.map((m) => (
                <tr key={m.id} className="border-t border-[var(--border)]" data-model={m.id}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    <Link href={`/models/${m.id}`} className="hover:underline">
                      {m.name}
                    </Link>
                    {m.openWeights ? <span className="sr-only">, </span> : null}
                    {m.openWeights ? (
                      <span className="ml-2 rounded bg-[var(--bg-muted)] px-1.5 py-0.5 text-[10px] text-[var(--fg-muted)]">
                        open weights
                      </span>
                    ) : null}
                  </th>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <OrgDot org={m.organization.id} /> {m.organization.name}
                  </td>
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
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      </section>
    </div>
  );
}
