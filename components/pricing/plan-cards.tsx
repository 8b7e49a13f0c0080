import Link from 'next/link';
import { SourceTip } from '@/components/ui/source-tip';
import { SourceLine } from '@/components/values/source-line';
import { EXACTNESS_LABEL, formatPartialDate, type ExactnessName } from '@/lib/format';
import type { PlanView } from '@/lib/queries/prices';

/** Subscription tiers grouped by name; each source's row shown as that source states it. */
export function PlanCards({ plans, modelNames }: { plans: PlanView[]; modelNames: Map<string, string> }) {
  const byName = new Map<string, PlanView[]>();
  for (const p of plans) {
    const key = `${p.provider.id}\u0000${p.name}`;
    const list = byName.get(key);
    if (list) list.push(p);
    else byName.set(key, [p]);
  }
  // A note usually concerns several tiers: shown once, above the tiers, naming them.
  const notes = new Map<string, { title: string; body: string; kind: string; plans: string[] }>();
  for (const p of plans) {
    for (const n of p.notes) {
      const entry = notes.get(n.id) ?? { title: n.title, body: n.body, kind: n.kind, plans: [] };
      if (!entry.plans.includes(p.name)) entry.plans.push(p.name);
      notes.set(n.id, entry);
    }
  }
  return (
    <div className="space-y-3">
      {[...notes.entries()].map(([id, n]) => (
        <p key={id} className="rounded border border-[var(--warn)]/40 bg-[var(--warn-bg)] px-3 py-2 text-xs">
          <span className="mr-1 font-semibold tracking-wide text-[var(--warn)] uppercase">{n.kind}</span>
          <span className="font-semibold">{n.title}</span> <span className="text-[var(--fg-muted)]">({n.plans.join(', ')})</span>{' '}
          {n.body}
        </p>
      ))}
      <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {[...byName.values()].map((rows) => {
          const first = rows[0]!;
          return (
            <li key={first.id} className="min-w-0 rounded-md border border-[var(--border)] p-3 text-sm" data-plan={first.name}>
              <p className="text-xs text-[var(--fg-muted)]">{first.provider.name}</p>
              <h3 className="font-semibold">{first.name}</h3>
              <div className="mt-2 space-y-3">
                {rows.map((p) => (
                  <div
                    key={p.id}
                    className="border-t border-[var(--border)] pt-2 first:border-0 first:pt-0"
                    data-testid="plan-row"
                  >
                    <p className="flex flex-wrap items-baseline gap-x-2">
                      <span className="text-[var(--fg-muted)]">Price:</span>
                      {p.price !== null ? (
                        <SourceTip
                          id={`plan-${p.id}`}
                          className="text-base font-semibold"
                          label={<span className="tabular">{p.display}</span>}
                          ariaLabel={`${p.name} price ${p.display}. Show source`}
                        >
                          <span className="mb-1 block font-semibold">
                            {p.name}: {p.display} ({p.currency})
                          </span>
                          {p.exactness !== 'exact' ? (
                            <span className="block">
                              {EXACTNESS_LABEL[p.exactness as ExactnessName] ?? p.exactness}: “{p.text}”
                            </span>
                          ) : null}
                          {p.billing ? <span className="block">{p.billing}</span> : null}
                          {p.asOf ? <span className="block">As of {formatPartialDate(p.asOf)}</span> : null}
                          <SourceLine source={p.source} locator={p.locator} />
                        </SourceTip>
                      ) : (
                        <span>
                          <span className="text-[var(--fg-subtle)]" aria-hidden="true">
                            —
                          </span>
                          <span className="ml-1 text-xs text-[var(--fg-muted)]">
                            <span className="sr-only">no price: </span>
                            {p.text ? `the source says “${p.text}”` : 'no price stated'}
                          </span>
                        </span>
                      )}
                      {p.billing ? <span className="text-xs text-[var(--fg-muted)]">{p.billing}</span> : null}
                    </p>
                    <p className="mt-1">
                      <span className="text-[var(--fg-muted)]">Quota:</span> {p.quota}
                    </p>
                    <p className="mt-1">
                      <span className="text-[var(--fg-muted)]">Models:</span>{' '}
                      {p.models.length > 0
                        ? p.models.map((id, i) => (
                            <span key={id}>
                              {i > 0 ? ', ' : ''}
                              <Link className="link" href={`/models/${id}`}>
                                {modelNames.get(id) ?? id}
                              </Link>
                            </span>
                          ))
                        : '—'}
                      <span className="block text-xs text-[var(--fg-muted)]">as listed: {p.modelsText}</span>
                    </p>
                    {p.note ? <p className="mt-1 text-xs text-[var(--fg-muted)]">{p.note}</p> : null}
                    {p.notes.length > 0 ? <p className="mt-1 text-xs text-[var(--warn)]">⚠ See the note above.</p> : null}
                    <p className="mt-1 text-xs">
                      <SourceLine source={p.source} locator={p.locator} />
                      {p.asOf ? <span className="block text-[var(--fg-muted)]">as of {formatPartialDate(p.asOf)}</span> : null}
                    </p>
                  </div>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
