'use client';

import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';

const DRAW_ALL = 'glm-compare:draw-charts';

/** Asks every chart slot on the page to draw its chart now (a download needs them all). */
export function drawAllCharts() {
  window.dispatchEvent(new Event(DRAW_ALL));
}

/**
 * A box of the chart's size that draws the chart when it comes into view. Drawing a Recharts
 * chart takes a few hundred milliseconds of main-thread work on a phone (Recharts renders
 * synchronously, transition or not); charts below the table need not delay the page becoming
 * responsive. The box keeps the layout from moving meanwhile.
 */
export function ChartSlot({ height, children }: { height: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [draw, setDraw] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (draw || !el) return;
    // A transition: React renders the chart in slices and keeps the page responsive meanwhile.
    const show = () => startTransition(() => setDraw(true));
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: '0px',
    });
    observer.observe(el);
    window.addEventListener(DRAW_ALL, show);
    return () => {
      observer.disconnect();
      window.removeEventListener(DRAW_ALL, show);
    };
  }, [draw]);
  return (
    <div ref={ref} style={{ width: '100%', height }} data-chart-slot="">
      {draw ? (
        children
      ) : (
        // Until it draws, a placeholder of the chart's size says what will be there.
        <div
          className="grid size-full place-items-center rounded border border-dashed border-border bg-bg-subtle text-xs text-fg-muted"
          data-chart-placeholder=""
        >
          Chart loading…
        </div>
      )}
    </div>
  );
}
