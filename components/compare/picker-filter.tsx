'use client';

import { useId, useState } from 'react';

/** Narrows a Picker's list as you type; the list itself is server-rendered links. */
export function PickerFilter({ targetId, label }: { targetId: string; label: string }) {
  const [query, setQuery] = useState('');
  const inputId = useId();
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
