import { afterEach, describe, expect, it, vi } from 'vitest';
import { Frame, ogImage, ogText } from '@/lib/og/render';

function pngSize(buf: Buffer) {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

async function render(title: string) {
  const res = ogImage(<Frame kicker="test" title={title} subtitle="subtitle" />, { pinned: false });
  return Buffer.from(await res.arrayBuffer());
}

afterEach(() => vi.unstubAllGlobals());

describe('preview images', () => {
  it('keeps Latin and Chinese text, drops emoji and anything the font lacks', () => {
    expect(ogText('GLM-4.6 智谱 模型推理价格说明')).toBe('GLM-4.6 智谱 模型推理价格说明');
    expect(ogText('ok 🚀 done')).toBe('ok  done');
    expect(ogText('rare 𠀀 glyph')).toBe('rare ? glyph');
  });

  it('renders Latin and Chinese as real glyphs, 1200x630, without touching the network', async () => {
    const realFetch = globalThis.fetch;
    const fetchSpy = vi.fn((input: unknown, init?: RequestInit) =>
      String(input).startsWith('data:')
        ? realFetch(input as string, init)
        : Promise.reject(new Error('network is closed in this test')),
    );
    vi.stubGlobal('fetch', fetchSpy);
    const a = await render('GLM-4.6 模型推理价格说明');
    const b = await render('GLM-4.6 开放平台生成模型');
    const c = await render('GLM-4.6 模型推理价格说明');
    expect(pngSize(a)).toEqual({ width: 1200, height: 630 });
    // Different hanzi give different pictures (missing glyphs would all be the same box).
    expect(a.equals(b)).toBe(false);
    expect(a.equals(c)).toBe(true);
    // next/og loads its own wasm through a data: URL; anything else would be the network.
    expect(fetchSpy.mock.calls.map((c) => String((c as unknown[])[0])).filter((u) => !u.startsWith('data:'))).toEqual([]);
  });
});
