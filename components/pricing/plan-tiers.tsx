import { SourceLink } from '@/components/values/source-line';
import { formatPartialDate } from '@/lib/format';
import type { PlanView } from '@/lib/queries/prices';

/**
 * The coding-plan tiers that include one model, one row per source's description of a tier:
 * price as the source words it, billing, quota and what the source says about it, and the source.
 */
export function PlanTiers({ plans }: { plans: PlanView[] }) {
  const notes = new Map<string, { title: string; body: string }>();
  for (const p of plans) for (const n of p.notes) notes.set(n.id, { title: n.title, body: n.body });
  return (
    <div className="space-y-2">
      <ul className="grid gap-2 md:grid-cols-2 xl:grid-cols-3">
        {plans.map((p) => (
          <li key={p.id} className="rounded-md border border-border p-2 text-xs" data-testid="plan-row" data-plan={p.id}>
            <p className="text-sm">
              <span className="font-semibold">{p.name}</span>{' '}
              <span className="tabular font-semibold">{p.price !== null ? p.display : '—'}</span>
              {p.price !== null && p.exactness !== 'exact' && p.text ? (
                <span className="text-fg-muted"> (“{p.text}”)</span>
              ) : null}
              {p.price === null ? <span className="text-fg-muted"> {p.text ?? 'no price stated'}</span> : null}
            </p>
            {p.billing ? <p className="text-fg-muted">{p.billing}</p> : null}
            <p>
              <span className="text-fg-muted">Quota:</span> {p.quota}
            </p>
            <p>
              <span className="text-fg-muted">Models as listed:</span> {p.modelsText}
            </p>
            {p.note ? <p className="text-fg-muted">{p.note}</p> : null}
            <p>
              {p.provider.name} · <SourceLink source={p.source} />
              {p.asOf ? ` · as of ${formatPartialDate(p.asOf)}` : ''}
              {p.source.retrieved ? ` · read ${formatPartialDate(p.source.retrieved)}` : ''}
            </p>
          </li>
        ))}
      </ul>
      {[...notes.entries()].map(([id, n]) => (
        <p key={id} className="rounded border border-warn/40 bg-warn-bg px-3 py-2 text-xs">
          <span className="font-semibold">{n.title}</span> {n.body}
        </p>
      ))}
    </div>
  );
}
