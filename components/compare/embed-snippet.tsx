'use client';

import { useRef, useState } from 'react';

/** The width the embed's height is measured at: a typical article column. Wider frames show the same charts with room to spare. */
export const EMBED_MEASURE_WIDTH = 640;

/**
 * The "Embed" menu: an <iframe> snippet whose height is the embed's own content height. When
 * the menu opens, the embed page is loaded in a hidden frame EMBED_MEASURE_WIDTH px wide and
 * measured (chart slots keep their size before they draw, so the measure holds); until then
 * the snippet carries the server's estimate.
 */
export function EmbedSnippet({ src, estimate }: { src: string; estimate: number }) {
  const [height, setHeight] = useState(estimate);
  const [measured, setMeasured] = useState(false);
  const started = useRef(false);

  const measure = () => {
    if (started.current) return;
    started.current = true;
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = `position:absolute;left:-10000px;top:0;width:${EMBED_MEASURE_WIDTH}px;height:400px;border:0;visibility:hidden`;
    frame.src = new URL(src, window.location.href).pathname + new URL(src, window.location.href).search;
    frame.onload = () => {
      // Let the embed hydrate and lay out before reading its height.
      setTimeout(() => {
        const doc = frame.contentDocument;
        if (doc) {
          setHeight(Math.ceil(doc.documentElement.scrollHeight));
          setMeasured(true);
        }
        frame.remove();
      }, 600);
    };
    document.body.append(frame);
  };

  const code = `<iframe src="${src}" width="100%" height="${height}" style="border:0" loading="lazy" title="GLM Compare chart"></iframe>`;
  return (
    <details className="relative" onToggle={(e) => (e.currentTarget.open ? measure() : undefined)}>
      <summary className="cursor-pointer rounded border border-border px-2 py-1 hover:bg-bg-muted">Embed</summary>
      <div className="absolute z-20 mt-1 w-[min(28rem,calc(100vw-2rem))] rounded-md border border-border bg-bg p-2 shadow-lg">
        <label className="block text-fg-muted" htmlFor="embed-code">
          Paste this where the chart should appear:
        </label>
        <textarea
          id="embed-code"
          readOnly
          rows={3}
          className="mt-1 w-full rounded border border-border bg-bg-subtle p-1 font-mono text-[11px]"
          value={code}
          data-embed-height={height}
          data-measured={measured ? '' : undefined}
        />
        <p className="mt-1 text-[11px] text-fg-subtle">
          {measured
            ? `Height ${height} px: the embed's content at ${EMBED_MEASURE_WIDTH} px wide.`
            : `Height ${height} px (estimated; measuring…).`}
        </p>
      </div>
    </details>
  );
}
