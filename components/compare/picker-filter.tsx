'use client';

import { useEffect, useId, useRef, useState } from 'react';

/**
 * Narrows a Picker's list as you type (the list itself is server-rendered links), and closes
 * the picker on Escape or a click outside it, as a menu would.
 */
export function PickerFilter({ targetId, label }: { targetId: string; label: string }) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const details = inputRef.current?.closest('details');
    if (!details) return;
    const onPointerDown = (e: PointerEvent) => {
      if (details.open && !details.contains(e.target as Node)) details.open = false;
    };
    // A single choice ("only", a quick pick) completes the selection: close like a menu.
    const onClick = (e: MouseEvent) => {
      if ((e.target as Element | null)?.closest?.('[data-closes-picker]')) details.open = false;
    };
    details.addEventListener('click', onClick);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && details.open && details.contains(document.activeElement)) {
        details.open = false;
        details.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKey);
      details.removeEventListener('click', onClick);
    };
  }, []);
  const apply = (value: string) => {
    setQuery(value);
    const list = document.getElementById(targetId);
    if (!list) return;
    const q = value.trim().toLowerCase();
    for (const group of list.querySelectorAll<HTMLElement>('[data-picker-group]')) {
      let visible = 0;
      for (const item of group.querySelectorAll<HTMLElement>('[data-picker-item]')) {
        const match = q === '' || (item.dataset.pickerItem ?? '').includes(q);
        item.hidden = !match;
        if (match) visible++;
      }
      group.hidden = visible === 0;
    }
  };
  return (
    <>
      <label htmlFor={inputId} className="sr-only">
        {label}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        value={query}
        onChange={(e) => apply(e.target.value)}
        placeholder={label}
        autoComplete="off"
        className="w-full rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1 text-sm"
      />
    </>
  );
}
