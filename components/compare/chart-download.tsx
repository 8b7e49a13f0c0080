'use client';

import { useState } from 'react';
import { textWidth } from '@/components/ui/chart';
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

const FONT = 'system-ui, sans-serif';
const PAD = 16;

/** `text` broken into lines no wider than `maxWidth` px (at `fontSize`), at spaces, or anywhere in an over-long word. */
function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Measured in the page's font; the SVG's system font may run a little wider.
  const fits = (t: string) => textWidth(t, fontSize) * 1.08 <= maxWidth;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line) && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * All charts in the container as one standalone figure: the view's title, a subtitle with the
 * data version and the view's link, then each chart with its title, colour key and what it
 * left out, and a source line. Text is wrapped to the figure's width, so nothing runs off its
 * right edge.
 */
function composeSvg(
  container: HTMLElement,
  texts: { title: string; subtitle: string; source: string },
): { svg: string; width: number; height: number } {
  const figures = [...container.querySelectorAll<HTMLElement>('figure[data-chart]')];
  // The theme's colours as the page shows them now (light or dark), read from app/globals.css's variables.
  const theme = getComputedStyle(document.documentElement);
  const color = (name: string) => theme.getPropertyValue(name).trim();
  const background = color('--bg');
  const text = color('--fg');
  const muted = color('--fg-muted');
  const charts = figures.flatMap((figure) => {
    const svg = figure.querySelector<SVGSVGElement>('svg.recharts-surface');
    return svg ? [{ figure, svg, box: svg.getBoundingClientRect() }] : [];
  });
  const width = Math.max(640, ...charts.map((c) => Math.ceil(c.box.width) + 2 * PAD));
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const lines = (value: string, size: number, fill: string, weight = 400) => {
    for (const line of wrapText(value, inner, size)) {
      y += Math.round(size * 1.35);
      parts.push(
        `<text x="${PAD}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
      );
    }
  };
  lines(texts.title, 16, text, 700);
  lines(texts.subtitle, 11, muted);
  y += 10;
  for (const { figure, svg, box } of charts) {
    lines(figure.querySelector('figcaption p')?.textContent ?? '', 14, text, 600);
    // The colour key, as on screen: a dot per organization, wrapped to the width.
    const legend = [...figure.querySelectorAll<HTMLElement>('[data-legend-org]')];
    if (legend.length > 0) {
      y += 6;
      let x = PAD;
      let row = y + 12;
      for (const item of legend) {
        const label = item.dataset.legendLabel ?? '';
        const dot = item.querySelector('span');
        const color = dot ? getComputedStyle(dot).backgroundColor : muted;
        const w = 14 + Math.ceil(textWidth(label, 11) * 1.08) + 12;
        if (x > PAD && x + w > PAD + inner) {
          x = PAD;
          row += 16;
        }
        parts.push(`<circle cx="${x + 5}" cy="${row - 4}" r="5" fill="${color}"/>`);
        parts.push(
          `<text x="${x + 14}" y="${row}" font-family="${FONT}" font-size="11" fill="${muted}">${escapeXml(label)}</text>`,
        );
        x += w;
      }
      y = row;
    }
    y += 8;
    const clone = inlineStyles(svg);
    clone.setAttribute('x', String(PAD));
    clone.setAttribute('y', String(y));
    clone.setAttribute('width', String(Math.ceil(box.width)));
    clone.setAttribute('height', String(Math.ceil(box.height)));
    parts.push(new XMLSerializer().serializeToString(clone));
    y += Math.ceil(box.height);
    const leftOut = figure.querySelector('[data-testid$="-left-out"]')?.textContent;
    if (leftOut) lines(leftOut, 11, muted);
    y += 16;
  }
  lines(texts.source, 11, muted);
  const height = y + PAD;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="${background}"/>
${parts.join('\n')}
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
  version,
}: {
  containerId: string;
  filename: string;
  /** The figure's title: what the view shows. */
  heading: string;
  /** The data version the values come from. */
  version: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const build = () => {
    const container = document.getElementById(containerId);
    if (!container) throw new Error('chart not found');
    const link = window.location.href;
    return composeSvg(container, {
      title: heading,
      subtitle: `Data version ${version} · ${link}`,
      source: `Source: GLM Compare, data ${version}. Every value with its source and settings at ${link}`,
    });
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
      <button type="button" onClick={downloadPng} className="rounded border border-border px-2 py-1 text-xs hover:bg-bg-muted">
        Chart as PNG
      </button>
      <button type="button" onClick={downloadSvg} className="rounded border border-border px-2 py-1 text-xs hover:bg-bg-muted">
        Chart as SVG
      </button>
      {error ? (
        <span role="alert" className="text-xs text-warn">
          {error}
        </span>
      ) : null}
    </span>
  );
}
