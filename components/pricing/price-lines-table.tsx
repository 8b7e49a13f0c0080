import Link from 'next/link';
import { OrgDot } from '@/components/ui/org-dot';
import { PriceValue } from '@/components/values/price-value';
import { formatPartialDate } from '@/lib/format';
import type { PriceKind, PriceView } from '@/lib/queries/prices';
import { PRICE_KINDS, type PricingOrganization } from '@/lib/queries/pricing';
import type { NoteView } from '@/lib/queries/shared';
import { Section } from '@/components/ui/section';
import { RowTh, Table, Td, THead } from '@/components/ui/table';

const KIND_HEADER: Record<PriceKind, string> = {
  input: 'Input',
  'cached-input': 'Cached input',
  output: 'Output',
  'cache-storage': 'Cache storage',
};

const same = (a: PriceView, b: PriceView) => a.value === b.value && a.upper === b.upper && a.exactness === b.exactness;

/**
 * One cell: the headline price; other sources' rows that differ from it ("also …"); disputed rows
 * struck through and marked. Rows that agree with the headline are counted, and listed in its tip.
 */
function PriceCell({ rows, modelName }: { rows: PriceView[]; modelName: string }) {
  const [head, ...rest] = rows;
  if (!head) {
    return (
      <span className="text-fg-subtle" title="not listed">
        —<span className="sr-only">not listed</span>
      </span>
    );
  }
  const agreeing = rest.filter((p) => !p.disputed && same(p, head));
  const shown = [head, ...rest.filter((p) => !agreeing.includes(p))];
  return (
    // gap-2: stacked values are separate tap targets; WCAG 2.5.8 wants 24 px between their centres.
    <span className="inline-flex flex-col items-end gap-2">
      {shown.map((p, i) => (
        <span key={i} className={i > 0 ? 'text-xs text-fg-muted' : ''} data-disputed={p.disputed ? '' : undefined}>
          {i > 0 && !p.disputed ? <span className="mr-1 text-[10px]">also</span> : null}
          {/* PriceValue strikes a disputed price through. */}
          <PriceValue price={p} modelName={modelName} />
          {p.unit === 'per-1m-tokens-hour' ? <span className="text-[10px] text-fg-muted"> /h</span> : null}
          {p.disputed ? (
            <span className="ml-1 rounded bg-warn-bg px-1 text-[10px] text-warn" data-testid="disputed">
              disputed
            </span>
          ) : null}
          {/* A zero keeps the source's own word for it ("Free", "Limited-time Free"). */}
          {p.value === 0 && p.text && /[a-z]/i.test(p.text) ? (
            <span className="block text-[10px] text-fg-muted">“{p.text}”</span>
          ) : null}
          {i === 0 && agreeing.length > 0 ? (
            <span className="block text-[10px] text-fg-subtle">{agreeing.length + 1} sources agree</span>
          ) : null}
        </span>
      ))}
    </span>
  );
}

/** Every price row of one organization's models, as stored: one line per seller, currency and condition. */
export function PriceLinesTable({ group, notes }: { group: PricingOrganization; notes: Map<string, NoteView[]> }) {
  const org = group.organization;
  const groupNotes = new Map<string, NoteView>();
  for (const m of group.models) {
    for (const kind of PRICE_KINDS) for (const n of notes.get(`${m.id}\u0000${kind}`) ?? []) groupNotes.set(n.id, n);
  }
  return (
    <Section
      id={`prices-${org.id}`}
      level={3}
      title={
        <>
          <OrgDot org={org.id} /> {org.name}
        </>
      }
      headingClassName="flex items-center gap-2"
      data-org={org.id}
    >
      <Table label={`${org.name} prices table`} className="min-w-[52rem]">
        <THead
          columns={[
            'Model',
            'Seller · currency · condition',
            ...PRICE_KINDS.map((k) => ({ label: KIND_HEADER[k], numeric: true })),
            'As of',
          ]}
        />
        {group.models.map((m) => (
          <tbody key={m.id} className="border-t-2 border-border" data-model={m.id}>
            {m.lines.map((line, li) => (
              <tr key={line.key} className="align-top">
                {li === 0 ? (
                  <RowTh scope="rowgroup" rowSpan={m.lines.length} className="py-2 whitespace-nowrap">
                    <Link href={`/models/${m.id}`} className="hover:underline">
                      {m.name}
                    </Link>
                  </RowTh>
                ) : null}
                <Td className="py-2 text-xs">
                  <span className={line.provider.id === m.organization.id ? '' : 'font-medium'}>{line.provider.name}</span>
                  <span className="text-fg-muted"> · {line.currency}</span>
                  {line.condition ? (
                    <span className="mt-0.5 block max-w-[18rem] text-fg-muted">{line.condition}</span>
                  ) : (
                    <span className="block text-fg-subtle">no condition</span>
                  )}
                </Td>
                {PRICE_KINDS.map((k) => (
                  <Td key={k} numeric className="py-2">
                    <PriceCell rows={line.cells[k]} modelName={m.name} />
                  </Td>
                ))}
                <Td className="py-2 text-xs whitespace-nowrap">
                  {line.asOf.length > 0 ? (
                    line.asOf.map((d) => formatPartialDate(d)).join(', ')
                  ) : line.retrieved.length > 0 ? (
                    `read ${line.retrieved.map((d) => formatPartialDate(d)).join(', ')}`
                  ) : (
                    <span className="text-fg-subtle" title="the source states no date and no read date is recorded">
                      —<span className="sr-only">undated: the source states no date and no read date is recorded</span>
                    </span>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        ))}
      </Table>
      {groupNotes.size > 0 ? (
        <p className="text-xs text-fg-muted">
          Notes on these prices:{' '}
          {[...groupNotes.values()].map((n, i) => (
            <span key={n.id}>
              {i > 0 ? ' · ' : ''}
              <a className="link" href={`#price-note-${n.id}`}>
                ⚠ {n.title}
              </a>
            </span>
          ))}
        </p>
      ) : null}
    </Section>
  );
}

/** Every note about a listed price, once, each with an anchor the tables link to. */
export function PriceNotes({ notes }: { notes: NoteView[] }) {
  if (notes.length === 0) return null;
  return (
    <Section id="price-notes-heading" level={3} title="Notes on these prices">
      <ul className="space-y-2 text-sm">
        {notes.map((n) => (
          <li key={n.id} id={`price-note-${n.id}`} className="scroll-mt-4 rounded-md border border-warn/40 bg-warn-bg px-3 py-2">
            <p className="font-medium">
              <span className="mr-2 text-[10px] font-semibold tracking-wide text-warn uppercase">{n.kind}</span>
              {n.title}
            </p>
            <p className="mt-1 text-xs text-fg-muted">{n.body}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
