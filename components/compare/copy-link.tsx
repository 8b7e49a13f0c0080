'use client';

import { useState } from 'react';

/** Copies the view's canonical permalink (version pinned) to the clipboard. */
export function CopyLink({ path }: { path: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      data-permalink={path}
      className="rounded-md border border-border px-3 py-1.5 text-sm hover:bg-bg-muted"
      onClick={async () => {
        const url = new URL(path, window.location.origin).toString();
        try {
          await navigator.clipboard.writeText(url);
          setState('copied');
        } catch {
          window.prompt('Copy this link', url);
          setState('failed');
        }
        setTimeout(() => setState('idle'), 2000);
      }}
    >
      <span aria-live="polite">{state === 'copied' ? 'Link copied ✓' : 'Copy link'}</span>
    </button>
  );
}
