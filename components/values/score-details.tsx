import { EXACTNESS_LABEL, type ExactnessName } from '@/lib/format';
import type { NoteView } from '@/lib/queries/shared';
import type { ScoreView } from '@/lib/queries/scores';
import { SourceLine } from './source-line';
import { NoteCallouts } from './notes';

function Settings({ score }: { score: ScoreView }) {
  const s = score.settings;
  const items: Array<[string, string]> = [];
  if (s.thinking) items.push(['Thinking', s.thinking === 'on' ? 'on' : 'off']);
  if (s.tools !== null) items.push(['Tools', s.tools ? 'with tools' : 'without tools']);
  if (s.harness) items.push(['Harness', s.harness]);
  if (s.metric) items.push(['Metric', s.opponent ? `${s.metric} against ${s.opponent.name}` : s.metric]);
  if (s.window) items.push(['Version / window', s.window]);
  if (s.context) items.push(['Context', s.context]);
  if (s.effort) items.push(['Effort', s.effort]);
  if (items.length === 0) return <span className="block text-fg-subtle">Settings: not stated by the source</span>;
  return (
    <span className="block">
      {items.map(([k, v]) => (
        <span key={k} className="mr-2 inline-block">
          <span className="text-fg-subtle">{k}:</span> {v}
        </span>
      ))}
    </span>
  );
}

/**
 * The headline of a score's details: the value shown, its exactness in the source's own words,
 * its settings, its source and the source's note; or why nothing is shown. Shared by the full
 * details (model and benchmark pages) and the compact compare tips.
 */
export function ShownScore({
  title,
  shown,
  others,
  compactSettings = false,
}: {
  title: string;
  shown: ScoreView | null;
  others: ScoreView[];
  compactSettings?: boolean;
}) {
  return (
    <>
      <span className="mb-1 block font-semibold">{title}</span>
      {shown ? (
        <span className="block space-y-1">
          <span className="tabular block text-sm font-semibold">{shown.display}</span>
          {shown.disputed ? <span className="block text-warn">Disputed: not shown as a score.</span> : null}
          {shown.exactness !== 'exact' ? (
            <span className="block">
              {EXACTNESS_LABEL[shown.exactness as ExactnessName] ?? shown.exactness}: “{shown.text}”
            </span>
          ) : null}
          {compactSettings ? (
            <span className="block">
              <span className="text-fg-subtle">Settings:</span>{' '}
              {shown.badges.length > 0 ? shown.badges.join(' · ') : 'not stated by the source'}
            </span>
          ) : (
            <Settings score={shown} />
          )}
          <SourceLine source={shown.source} locator={shown.locator} />
          {shown.note ? <span className="block text-fg-muted">{shown.note}</span> : null}
        </span>
      ) : (
        <span className="block text-fg-muted">
          {others.some((o) => o.disputed)
            ? 'Only a disputed value is reported; it is not shown as a score.'
            : 'Not reported by any source in this data version.'}
        </span>
      )}
    </>
  );
}

/** Everything behind one score: source, settings, exactness, notes, and what other sources say. */
export function ScoreDetails({
  title,
  shown,
  others,
  notes,
}: {
  title: string;
  shown: ScoreView | null;
  others: ScoreView[];
  notes: NoteView[];
}) {
  return (
    <>
      <ShownScore title={title} shown={shown} others={others} />
      <NoteCallouts notes={notes} />
      {others.length > 0 ? (
        <span className="mt-2 block border-t border-border pt-2">
          <span className="block font-semibold">Other reported values</span>
          {others.map((o, i) => (
            <span key={i} className="mt-1 block">
              <span className={`tabular font-medium ${o.disputed ? 'line-through' : ''}`}>{o.display}</span>
              {o.disputed ? <span className="ml-1 text-warn">disputed</span> : null}
              {o.badges.length > 0 ? <span className="text-fg-muted"> · {o.badges.join(', ')}</span> : null}
              <span className="block pl-2">
                <SourceLine source={o.source} locator={o.locator} />
              </span>
            </span>
          ))}
        </span>
      ) : null}
    </>
  );
}
