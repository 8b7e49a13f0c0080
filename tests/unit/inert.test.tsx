import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ScoreDetails } from '@/components/values/score-details';
import { SourceLine } from '@/components/values/source-line';
import type { ScoreView } from '@/lib/queries/scores';

const EVIL = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">';

const source = {
  id: 'evil',
  title: EVIL,
  publisher: EVIL,
  url: 'javascript:alert(1)',
  kind: 'article',
  published: null,
  retrieved: null,
};

const score: ScoreView = {
  id: '1',
  detail: '/details/2026-12/score/1',
  modelId: 'glm-4.5',
  benchmarkId: 'hle',
  value: 14.4,
  upper: null,
  exactness: 'approx',
  text: EVIL,
  display: EVIL,
  variant: 'standard',
  settings: {
    thinking: 'on',
    tools: null,
    harness: EVIL,
    metric: null,
    window: null,
    context: null,
    opponent: null,
    effort: null,
    subset: null,
  },
  badges: [EVIL],
  source,
  locator: EVIL,
  figure: EVIL,
  note: EVIL,
  preferred: false,
  disputed: false,
  isHeadline: true,
  isVariantHeadline: true,
  hasConflict: false,
};

describe('data is rendered inert', () => {
  it('escapes markup in every field and never links a javascript: URL', () => {
    const html = renderToStaticMarkup(
      <>
        <SourceLine source={source} locator={EVIL} />
        <ScoreDetails
          title={EVIL}
          shown={score}
          others={[{ ...score, disputed: true }]}
          notes={[{ id: 'n', kind: 'caveat', title: EVIL, body: EVIL }]}
        />
      </>,
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('href="/sources#evil"');
  });
});
