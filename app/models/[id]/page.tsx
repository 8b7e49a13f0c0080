import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OrgDot } from '@/components/ui/org-dot';
import { SourceTip } from '@/components/ui/source-tip';
import { PriceValue } from '@/components/values/price-value';
import { ScoreValue } from '@/components/values/score-value';
import { SourceLine, SourceLink } from '@/components/values/source-line';
import { ExternalLink } from '@/components/ui/external-link';
import { SpecValueCell } from '@/components/values/spec-value';
import { SPEC_FIELDS, type SpecField } from '@/lib/data/schema';
import { getHardware } from '@/lib/queries/hardware';
import { getModel, getModelList } from '@/lib/queries/models';
import { getPriceViews } from '@/lib/queries/prices';
import { getModelScoreGroups, getRivals, specLines as specLinesOf } from '@/lib/queries/model-page';
import { getPriceHistory } from '@/lib/queries/price-history';
import { PriceHistory } from '@/components/models/price-history';
import { getNoteIndex } from '@/lib/queries/shared';
import { resolveVersion } from '@/lib/queries/versions';
import { headToHeadPath } from '@/lib/head-to-head';
import { previewMetadata } from '@/lib/og/meta';
import { compareUrl, DEFAULT_COMPARE_STATE } from '@/lib/view-state';
import { TableScroller } from '@/components/ui/table-scroller';
import { NotesList } from '@/components/values/notes';

type Props = { params: Promise<{ id: string }> };

// Model pages are prerendered for every model of the latest data; any other id is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  const { version } = resolveVersion(undefined);
  return getModelList(version.id).map((m) => ({ id: m.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { version } = resolveVersion(undefined);
  const model = getModel(version.id, id);
  if (!model) return { title: 'Model not found' };
  const description = `${model.name} by ${model.organization.name}: specs, every benchmark score with its source and settings, prices and GPU requirements.`;
  return {
    title: model.name,
    description,
    ...previewMetadata(`${model.name} · GLM Compare`, description, `/og/model/${model.id}`),
  };
}

const SPEC_ORDER: SpecField[] = [
  'release-date',
  'license',
  'total-params',
  'active-params',
  'context-window',
  'max-output',
  'precision',
  'architecture',
  'inference-speed',
  'training-tokens',
  'layers',
  'dense-layers',
  'moe-layers',
  'mtp-layers',
  'hidden-size',
  'moe-intermediate-size',
  'attention-heads',
  'kv-heads',
  'head-dim',
  'attention-type',
  'routed-experts',
  'shared-experts',
  'active-experts',
  'vocab-size',
];

export default async function ModelPage({ params }: Props) {
  const { id } = await params;
  const { version } = resolveVersion(undefined);
  const model = getModel(version.id, id);
  if (!model) notFound();

  const notes = getNoteIndex(version.id);
  // Grouped by source, so each source's prices read together with the source named on every row.
  const prices = getPriceViews(version.id)
    .filter((p) => p.modelId === id)
    .sort((a, b) => a.source.title.localeCompare(b.source.title));
  const hardware = getHardware(version.id, id);
  const allModels = getModelList(version.id);
  const specLines = specLinesOf(model, SPEC_ORDER);
  const { groups: scoreGroups, count: scoreCount } = getModelScoreGroups(version.id, id);
  const { rivals, launchPeers } = getRivals(version.id, id);
  const exploreUrl = compareUrl({ ...DEFAULT_COMPARE_STATE, models: [id, ...rivals.slice(0, 3)] });
  const launchUrl = launchPeers ? compareUrl({ ...DEFAULT_COMPARE_STATE, ...launchPeers }) : null;

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-fg-muted">
          <OrgDot org={model.organization.id} /> {model.organization.name} · family {model.family}
          {model.parent ? (
            <>
              {' '}
              · {model.variantKind} variant of{' '}
              <Link className="link" href={`/models/${model.parent.id}`}>
                {model.parent.name}
              </Link>
            </>
          ) : null}
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">{model.name}</h1>
        <p className="flex flex-wrap gap-2 text-xs">
          <span className="rounded bg-bg-muted px-2 py-0.5">{model.openWeights ? 'Open weights' : 'Closed weights'}</span>
          {model.availability.map((a) => (
            <span key={a} className="rounded bg-bg-muted px-2 py-0.5">
              {a === 'api' ? 'API' : a === 'weights' ? 'Downloadable weights' : 'Chat app'}
            </span>
          ))}
          <ExternalLink href={model.url}>Model page ↗</ExternalLink>
        </p>
        {model.description ? <p className="max-w-3xl text-fg-muted">{model.description}</p> : null}
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {launchUrl ? (
            <Link className="link" href={launchUrl} data-testid="launch-peers-link">
              Compare with its launch peers
            </Link>
          ) : null}
          <Link className="link" href={exploreUrl}>
            Open in the explorer
          </Link>
          {rivals.map((r) => (
            <Link key={r} className="link" href={headToHeadPath(id, r)}>
              {model.name} vs {allModels.find((m) => m.id === r)?.name}
            </Link>
          ))}
        </p>
        <form action="/compare/go" method="get" className="flex flex-wrap items-center gap-2 text-sm">
          <input type="hidden" name="a" value={id} />
          <label htmlFor="vs-select" className="text-fg-muted">
            Compare with
          </label>
          <select id="vs-select" name="b" className="rounded border border-border bg-bg px-2 py-1">
            {allModels
              .filter((m) => m.id !== id)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
          </select>
          <button type="submit" className="rounded border border-border px-2 py-1 hover:bg-bg-muted">
            Go
          </button>
        </form>
      </header>

      <section aria-labelledby="specs-heading" className="space-y-2">
        <h2 id="specs-heading" className="text-lg font-semibold">
          Specifications
        </h2>
        {specLines.length === 0 ? (
          <p className="text-sm text-fg-muted">No specification is recorded for this model in data version {version.id}.</p>
        ) : (
          <dl className="grid gap-x-6 gap-y-1 rounded-md border border-border p-3 text-sm sm:grid-cols-2">
            {specLines.map((line) => (
              <div
                key={`${line.field}-${line.qualifier ?? ''}`}
                className="flex justify-between gap-4 border-b border-border py-1.5 last:border-0"
              >
                <dt className="text-fg-muted">
                  {SPEC_FIELDS[line.field].label}
                  {line.qualifier ? <span className="text-xs text-fg-subtle"> ({line.qualifier})</span> : null}
                </dt>
                <dd className="text-right">
                  <SpecValueCell
                    id={`spec-${line.field}-${line.qualifier ?? 'x'}`.replace(/[^a-z0-9-]/gi, '_')}
                    value={line.shown ?? line.others[0]}
                  />
                  {line.others.length > 0 && line.shown ? (
                    <span className="block text-[10px] text-fg-subtle">
                      also: {line.others.map((o) => `${o.display} (${o.source.title})`).join('; ')}
                    </span>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section aria-labelledby="scores-heading" className="space-y-2">
        <h2 id="scores-heading" className="text-lg font-semibold">
          Benchmark scores{' '}
          <span className="text-sm font-normal text-fg-muted">
            ({scoreCount} values on {scoreGroups.length} benchmarks)
          </span>
        </h2>
        {scoreCount === 0 ? (
          <p className="text-sm text-fg-muted">No benchmark score is recorded for this model in data version {version.id}.</p>
        ) : (
          <TableScroller label="Scores table">
            <table className="tabular w-full min-w-[40rem] text-sm">
              <thead className="bg-bg-subtle text-left text-xs text-fg-muted">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Benchmark
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    Value
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Settings
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Source
                  </th>
                </tr>
              </thead>
              <tbody>
                {scoreGroups.flatMap(({ benchmark: b, scores: rows }) => {
                  const bid = b.id;
                  const ordered = [...rows.filter((r) => r.isHeadline), ...rows.filter((r) => !r.isHeadline)];
                  const groupNotes = notes.forScore(id, bid);
                  return ordered.map((s, i) => (
                    <tr key={`${bid}-${i}`} className={`border-t border-border ${i > 0 ? 'text-fg-muted' : ''}`}>
                      <td className="px-3 py-1.5">
                        {i === 0 ? (
                          <Link className="hover:underline" href={`/benchmarks/${bid}`}>
                            {b.name}
                          </Link>
                        ) : (
                          <span className="pl-3 text-xs">also reported</span>
                        )}
                      </td>
                      <td className="px-3 py-1.5 text-right">
                        <ScoreValue
                          id={`s-${bid}-${i}`.replace(/[^a-z0-9-]/gi, '_')}
                          title={`${model.name} · ${b.name}`}
                          score={s}
                          others={ordered.filter((o) => o !== s)}
                          notes={groupNotes}
                        />
                        {s.disputed ? <span className="ml-1 text-[10px] text-warn">disputed</span> : null}
                      </td>
                      <td className="px-3 py-1.5 text-xs">
                        {s.badges.join(' · ') || <span className="text-fg-subtle">not stated</span>}
                      </td>
                      <td className="px-3 py-1.5 text-xs">
                        <SourceLink source={s.source} />
                      </td>
                    </tr>
                  ));
                })}
              </tbody>
            </table>
          </TableScroller>
        )}
      </section>

      <section aria-labelledby="prices-heading" className="space-y-2">
        <h2 id="prices-heading" className="text-lg font-semibold">
          API prices
        </h2>
        {prices.length === 0 ? (
          <p className="text-sm text-fg-muted">No API price is recorded for this model in data version {version.id}.</p>
        ) : (
          <TableScroller label="Prices table">
            <table className="tabular w-full min-w-[36rem] text-sm">
              <thead className="bg-bg-subtle text-left text-xs text-fg-muted">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Seller
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Kind
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    Price per 1M tokens
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Condition
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    As of
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Source
                  </th>
                </tr>
              </thead>
              <tbody>
                {prices.map((p, i) => (
                  <tr key={i} className={`border-t border-border ${p.disputed ? 'text-fg-muted' : ''}`}>
                    <td className="px-3 py-1.5">{p.provider.name}</td>
                    <td className="px-3 py-1.5">{p.kind}</td>
                    <td className="px-3 py-1.5 text-right">
                      <PriceValue id={`p-${i}`} price={p} modelName={model.name} notes={notes.forPrice(id, p.kind)} />
                      {p.disputed ? <span className="ml-1 text-[10px] text-warn">disputed</span> : null}
                    </td>
                    <td className="px-3 py-1.5 text-xs">{p.condition ?? '—'}</td>
                    <td className="px-3 py-1.5 text-xs">{p.asOf ?? (p.source.retrieved ? `read ${p.source.retrieved}` : '—')}</td>
                    <td className="px-3 py-1.5 text-xs" data-testid="price-source">
                      <SourceLink source={p.source} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        )}
        <PriceHistory {...getPriceHistory(id, version.id)} />
        <p className="text-xs">
          <Link className="link" href={`/pricing?model=${id}`}>
            Every way of buying {model.name}, side by side
          </Link>
        </p>
      </section>

      <section aria-labelledby="hw-heading" className="space-y-2">
        <h2 id="hw-heading" className="text-lg font-semibold">
          GPU requirements (as published)
        </h2>
        {hardware.length === 0 ? (
          <p className="text-sm text-fg-muted">
            No published GPU requirement is recorded for this model. The{' '}
            <Link className="link" href={`/hardware?model=${id}`}>
              hardware planner
            </Link>{' '}
            can estimate one where the architecture is known.
          </p>
        ) : (
          <ul className="space-y-1 text-sm">
            {hardware.map((h, i) => (
              <li key={i}>
                <span className="mr-2 rounded bg-bg-muted px-1.5 py-0.5 text-xs">{h.precision}</span>
                <span className="mr-2 text-xs text-fg-muted">{h.profile === 'full-context' ? 'full context' : 'standard'}</span>
                <SourceTip id={`hw-${i}`} label={h.display}>
                  <span className="mb-1 block font-semibold">{h.display}</span>
                  {h.condition ? <span className="block">{h.condition}</span> : null}
                  <SourceLine source={h.source} locator={h.locator} />
                  {h.note ? <span className="mt-1 block text-fg-muted">{h.note}</span> : null}
                </SourceTip>
                {h.condition ? <span className="ml-2 text-xs text-fg-muted">{h.condition}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {model.variants.length > 0 || model.familyMembers.length > 0 ? (
        <section aria-labelledby="family-heading" className="space-y-2">
          <h2 id="family-heading" className="text-lg font-semibold">
            Variants and family
          </h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {model.familyMembers.map((m) => (
              <li key={m.id}>
                <Link className="rounded border border-border px-2 py-1 hover:bg-bg-muted" href={`/models/${m.id}`}>
                  {m.name}
                  {m.variantKind ? <span className="ml-1 text-xs text-fg-subtle">{m.variantKind}</span> : null}
                </Link>
              </li>
            ))}
            {model.variants
              .filter((v) => !model.familyMembers.some((m) => m.id === v.id))
              .map((v) => (
                <li key={v.id}>
                  <Link className="rounded border border-border px-2 py-1 hover:bg-bg-muted" href={`/models/${v.id}`}>
                    {v.name}
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ) : null}

      {model.notes.length > 0 ? (
        <section aria-labelledby="notes-heading" className="space-y-2">
          <h2 id="notes-heading" className="text-lg font-semibold">
            Notes
          </h2>
          <NotesList notes={model.notes} />
        </section>
      ) : null}
      <p className="text-xs text-fg-subtle">Data version {version.id}.</p>
    </article>
  );
}
