'use client';

import { useState } from 'react';
import { drawAllCharts } from './chart-slot';

const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'fill-opacity',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/**
 * A copy of an on-screen SVG whose colours no longer depend on the page's CSS variables:
 * computed presentation values become attributes (only where they differ from the parent's,
 * so inheritance keeps the file small), and class and style attributes are dropped.
 */
function inlineStyles(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...source.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  const computedOf = new Map<Element, CSSStyleDeclaration>();
  from.forEach((el) => computedOf.set(el, getComputedStyle(el)));
  from.forEach((el, i) => {
    const target = to[i];
    if (!(target instanceof Element)) return;
    const computed = computedOf.get(el)!;
    const parent = el === source ? undefined : el.parentElement ? computedOf.get(el.parentElement) : undefined;
    for (const prop of STYLE_PROPS) {
      const value = computed.getPropertyValue(prop);
      if (value && (!parent || parent.getPropertyValue(prop) !== value)) target.setAttribute(prop, value);
    }
    target.removeAttribute('class');
    target.removeAttribute('style');
  });
  return clone;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** All charts in the container, laid out one under another with their titles, as one SVG. */
function composeSvg(container: HTMLElement, heading: string, footer: string): { svg: string; width: number; height: number } {
  const figures = [...container.querySelectorAll<HTMLElement>('figure[data-chart]')];
  const dark = document.documentElement.dataset.theme === 'dark';
  const background = dark ? '#0e1116' : '#ffffff';
  const text = dark ? '#e8ebef' : '#14171c';
  const muted = dark ? '#b4bcc6' : '#4b5563';
  const parts: string[] = [];
  let y = 40;
  let width = 640;
  for (const figure of figures) {
    const svg = figure.querySelector<SVGSVGElement>('svg.recharts-surface');
    const title = figure.querySelector('figcaption p')?.textContent ?? '';
    if (!svg) continue;
    const box = svg.getBoundingClientRect();
    width = Math.max(width, Math.ceil(box.width) + 32);
    parts.push(
      `<text x="16" y="${y + 16}" font-family="system-ui, sans-serif" font-size="14" font-weight="600" fill="${text}">${escapeXml(title)}</text>`,
    );
    y += 26;
    const clone = inlineStyles(svg);
    clone.setAttribute('x', '16');
    clone.setAttribute('y', String(y));
    clone.setAttribute('width', String(Math.ceil(box.width)));
    clone.setAttribute('height', String(Math.ceil(box.height)));
    parts.push(new XMLSerializer().serializeToString(clone));
    y += Math.ceil(box.height) + 16;
    const leftOut = figure.querySelector('[data-testid$="-left-out"]')?.textContent;
    if (leftOut) {
      parts.push(
        `<text x="16" y="${y}" font-family="system-ui, sans-serif" font-size="11" fill="${muted}">${escapeXml(leftOut.slice(0, 160))}</text>`,
      );
      y += 20;
    }
  }
  const height = y + 36;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="${background}"/>
<text x="16" y="26" font-family="system-ui, sans-serif" font-size="16" font-weight="700" fill="${text}">${escapeXml(heading)}</text>
${parts.join('\n')}
<text x="16" y="${height - 14}" font-family="system-ui, sans-serif" font-size="11" fill="${muted}">${escapeXml(footer)}</text>
</svg>`;
  return { svg, width, height };
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Runs `then` once every chart slot in the container has drawn its SVG: charts draw when they
 * come into view, with Recharts loaded then (./chart-slot.tsx), so a download asks them all to
 * draw and waits. Gives up waiting after a few seconds and downloads what is there.
 */
function whenChartsDrawn(containerId: string, then: () => void) {
  drawAllCharts();
  const deadline = Date.now() + 5000;
  const check = () => {
    const container = document.getElementById(containerId);
    const pending = container
      ? [...container.querySelectorAll('[data-chart-slot]')].some((slot) => !slot.querySelector('svg'))
      : false;
    if (!pending || Date.now() > deadline) then();
    else setTimeout(check, 50);
  };
  check();
}

/** Downloads the charts on screen as SVG, or as a PNG drawn from that SVG at twice the size. */
export function ChartDownload({
  containerId,
  filename,
  heading,
  footer,
}: {
  containerId: string;
  filename: string;
  heading: string;
  footer: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const build = () => {
    const container = document.getElementById(containerId);
    if (!container) throw new Error('chart not found');
    return composeSvg(container, heading, `${footer} · ${window.location.href}`);
  };
  const downloadSvg = () =>
    whenChartsDrawn(containerId, () => {
      try {
        save(new Blob([build().svg], { type: 'image/svg+xml' }), `${filename}.svg`);
        setError(null);
      } catch (e) {
        setError((e as Error).message);
      }
    });
  const downloadPng = () =>
    whenChartsDrawn(containerId, () => {
      try {
        const { svg, width, height } = build();
        const image = new Image();
        image.onload = () => {
          const canvas = document.createElement('canvas');
          canvas.width = width * 2;
          canvas.height = height * 2;
          const ctx = canvas.getContext('2d');
          if (!ctx) return setError('canvas unavailable');
          ctx.scale(2, 2);
          ctx.drawImage(image, 0, 0);
          canvas.toBlob((blob) => (blob ? save(blob, `${filename}.png`) : setError('PNG encoding failed')), 'image/png');
        };
        image.onerror = () => setError('could not draw the chart');
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
        setError(null);
      } catch (e) {
        setError((e as Error).message);
      }
    });
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={downloadPng}
        className="rounded border border-[var(--border)] px-2 py-1 text-xs hover:bg-[var(--bg-muted)]"
      >
        Chart as PNG
      </button>
      <button
        type="button"
        onClick={downloadSvg}
        className="rounded border border-[var(--border)] px-2 py-1 text-xs hover:bg-[var(--bg-muted)]"
      >
        Chart as SVG
      </button>
      {error ? (
        <span role="alert" className="text-xs text-[var(--warn)]">
          {error}
        </span>
      ) : null}
    </span>
  );
}
