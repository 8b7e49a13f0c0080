'use client';

/*
 * The <option>s of a long select (every model of the data: a hundred and more), as a client leaf:
 * the RSC payload then carries [value, label] pairs instead of an element per option, and the HTML is
 * the same. The <select> itself stays with its server-rendered form.
 */

export type Option = readonly [value: string, label: string];
export type OptionGroup = readonly [label: string, options: readonly Option[]];

export function Options({ options }: { options: readonly Option[] }) {
  return options.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}

export function OptionGroups({ groups }: { groups: readonly OptionGroup[] }) {
  return groups.map(([label, options]) => (
    <optgroup key={label} label={label}>
      <Options options={options} />
    </optgroup>
  ));
}
