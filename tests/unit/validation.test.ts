/**
 * One test per validation rule: each breaks a copy of the fixture data in one crafted way and
 * checks that the report names the file, the JSON path and the rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadAll, loadVersion } from '@/lib/data/load';
import { copyFixtureData, editFile } from './support/fixture';

type Row = Record<string, unknown>;

interface Case {
  rule: string;
  file: string;
  break: (root: string) => void;
  /** Expected JSON path in the message. */
  path: string;
  message: RegExp;
}

const V = '2025-01';
const edit =
  <T = Row[]>(file: string, mutate: (value: T) => T | void) =>
  (root: string) =>
    editFile<T>(root, V, file, mutate);
const at = (i: number, patch: Row) => (rows: Row[]) => {
  rows[i] = { ...rows[i], ...patch };
};
const without = (i: number, key: string) => (rows: Row[]) => {
  delete rows[i]![key];
};

const cases: Case[] = [
  {
    rule: 'a file must be valid JSON',
    file: 'models.json',
    break: (root) => fs.writeFileSync(path.join(root, V, 'models.json'), '[{"id": "glm-4.5",]'),
    path: '$',
    message: /invalid JSON/,
  },
  {
    rule: 'every file of a version must exist',
    file: 'plans.json',
    break: (root) => fs.rmSync(path.join(root, V, 'plans.json')),
    path: '$',
    message: /file is missing/,
  },
  {
    rule: 'no unexpected files in a version',
    file: 'extra.json',
    break: (root) => fs.writeFileSync(path.join(root, V, 'extra.json'), '[]'),
    path: '$',
    message: /unexpected file/,
  },
  {
    rule: 'objects are strict: unknown fields are rejected',
    file: 'models.json',
    break: edit('models.json', at(1, { paramsB: 106 })),
    path: '$[1]',
    message: /unknown field\(s\): paramsB/,
  },
  {
    rule: 'required fields must be present',
    file: 'benchmarks.json',
    break: edit('benchmarks.json', without(2, 'unit')),
    path: '$[2].unit',
    message: /required/,
  },
  {
    rule: 'ids are lowercase slugs',
    file: 'models.json',
    break: edit('models.json', at(2, { id: 'Kimi K2' })),
    path: '$[2].id',
    message: /lowercase slug/,
  },
  {
    rule: 'ids are unique',
    file: 'models.json',
    break: edit('models.json', (rows: Row[]) => {
      rows.push({ ...rows[0] });
    }),
    path: '$[3].id',
    message: /duplicate model id "glm-4.5"/,
  },
  {
    rule: 'a score references a known model',
    file: 'scores.json',
    break: edit('scores.json', at(3, { model: 'kimi-k9' })),
    path: '$[3].model',
    message: /unknown model "kimi-k9"/,
  },
  {
    rule: 'a score references a known benchmark',
    file: 'scores.json',
    break: edit('scores.json', at(6, { benchmark: 'hle-v2' })),
    path: '$[6].benchmark',
    message: /unknown benchmark "hle-v2"/,
  },
  {
    rule: 'a value references a known source',
    file: 'specs.json',
    break: edit('specs.json', at(0, { source: 'nowhere' })),
    path: '$[0].source',
    message: /unknown source "nowhere"/,
  },
  {
    rule: 'a model references a known organization',
    file: 'models.json',
    break: edit('models.json', at(2, { organization: 'moonshot-ai' })),
    path: '$[2].organization',
    message: /unknown organization "moonshot-ai"/,
  },
  {
    rule: 'a hardware row references a known GPU',
    file: 'hardware.json',
    break: edit('hardware.json', at(0, { gpu: 'h800-80gb' })),
    path: '$[0].gpu',
    message: /unknown gpu "h800-80gb"/,
  },
  {
    rule: 'a plan lists known models',
    file: 'plans.json',
    break: edit('plans.json', at(0, { models: ['glm-4.5-air', 'glm-5'] })),
    path: '$[0].models[1]',
    message: /unknown model "glm-5"/,
  },
  {
    rule: 'a note refers to known things',
    file: 'notes.json',
    break: edit('notes.json', at(0, { refs: [{ model: 'glm-4.5', benchmark: 'swe-bench-lite' }] })),
    path: '$[0].refs[0].benchmark',
    message: /unknown benchmark "swe-bench-lite"/,
  },
  {
    rule: 'a benchmark parent is a known benchmark',
    file: 'benchmarks.json',
    break: edit('benchmarks.json', at(1, { parent: 'hle-full' })),
    path: '$[1].parent',
    message: /unknown benchmark "hle-full"/,
  },
  {
    rule: 'percentages lie within 0-100',
    file: 'scores.json',
    break: edit('scores.json', at(2, { value: 157.6 })),
    path: '$[2].value',
    message: /outside 0-100/,
  },
  {
    rule: 'prices are >= 0',
    file: 'prices.json',
    break: edit('prices.json', at(1, { value: -0.11 })),
    path: '$[1].value',
    message: /a price must be >= 0/,
  },
  {
    rule: 'dates are real calendar dates',
    file: 'specs.json',
    break: edit('specs.json', at(5, { value: '2025-02-30' })),
    path: '$[5].value',
    message: /real date/,
  },
  {
    rule: 'source dates are real calendar dates',
    file: 'sources.json',
    break: edit('sources.json', at(0, { published: '2025-13' })),
    path: '$[0].published',
    message: /not a real calendar date/,
  },
  {
    rule: 'the manifest matches its folder',
    file: 'manifest.json',
    break: edit<Row>('manifest.json', (m) => ({ ...m, id: '2025-03' })),
    path: '$.id',
    message: /folder is "2025-01"/,
  },
  {
    rule: 'an approximate value keeps its original text',
    file: 'scores.json',
    break: edit('scores.json', without(1, 'text')),
    path: '$[1].text',
    message: /approx value must keep the source's original text/,
  },
  {
    rule: 'a range has an upper bound above its value',
    file: 'hardware.json',
    break: edit('hardware.json', at(1, { upper: 16 })),
    path: '$[1].upper',
    message: /greater than value/,
  },
  {
    rule: 'only a range has an upper bound',
    file: 'scores.json',
    break: edit('scores.json', at(0, { upper: 70 })),
    path: '$[0].upper',
    message: /only a range has an upper bound/,
  },
  {
    rule: 'at most one preferred row per question',
    file: 'scores.json',
    break: edit('scores.json', at(1, { preferred: true })),
    path: '$[1].preferred',
    message: /only one row may be preferred/,
  },
  {
    rule: 'several rows for one question need a preferred one',
    file: 'scores.json',
    break: edit('scores.json', without(4, 'preferred')),
    path: '$[4].preferred',
    message: /mark one "preferred": true/,
  },
  {
    rule: 'a disagreement needs a note',
    file: 'scores.json',
    break: edit<Row[]>('notes.json', (notes) => notes.filter((n) => n.id !== 'glm-4.5-swe-article')),
    path: '$[1]',
    message: /disagrees with row 0 .*explain it in notes\.json/,
  },
  {
    rule: 'a disputed value needs a note',
    file: 'scores.json',
    break: edit('scores.json', at(6, { disputed: true })),
    path: '$[6].disputed',
    message: /disputed value needs a note/,
  },
  {
    rule: 'a disputed value cannot be preferred',
    file: 'scores.json',
    break: edit('scores.json', at(0, { disputed: true })),
    path: '$[0].preferred',
    message: /disputed value cannot be preferred/,
  },
  {
    rule: 'no duplicate rows',
    file: 'scores.json',
    break: edit('scores.json', (rows: Row[]) => {
      rows.push({ ...rows[6] });
    }),
    path: '$[8]',
    message: /duplicates row 6/,
  },
  {
    rule: 'a win rate names its opponent',
    file: 'scores.json',
    break: edit('scores.json', at(7, { settings: { metric: 'win rate' } })),
    path: '$[7].settings.opponent',
    message: /win rate must name its opponent/,
  },
  {
    rule: 'settings are strict',
    file: 'scores.json',
    break: edit('scores.json', at(0, { settings: { harness: 'OpenHands', withTools: true } })),
    path: '$[0].settings',
    message: /unknown field\(s\): withTools/,
  },
  {
    rule: 'variant chains do not loop',
    file: 'models.json',
    break: edit('models.json', at(0, { variantOf: 'glm-4.5-air', variantKind: 'base' })),
    path: '$[0].variantOf',
    message: /loops back/,
  },
  {
    rule: 'variantOf and variantKind go together',
    file: 'models.json',
    break: edit('models.json', without(1, 'variantKind')),
    path: '$[1].variantKind',
    message: /go together/,
  },
  {
    rule: 'a numeric spec field holds a number',
    file: 'specs.json',
    break: edit('specs.json', at(0, { value: '355B' })),
    path: '$[0].value',
    message: /total-params must be a number/,
  },
  {
    rule: 'a plan without a price says what its source says',
    file: 'plans.json',
    break: edit('plans.json', (rows: Row[]) => {
      delete rows[0]!.price;
      delete rows[0]!.text;
      rows[0]!.exactness = 'exact';
    }),
    path: '$[0].text',
    message: /plan without a price/,
  },
  {
    rule: 'a hardware row gives a GPU count or a memory budget',
    file: 'hardware.json',
    break: edit('hardware.json', without(0, 'count')),
    path: '$[0].gpu',
    message: /either gpu and count, or memoryGb/,
  },
  {
    rule: 'a note refers to something',
    file: 'notes.json',
    break: edit('notes.json', at(0, { refs: [] })),
    path: '$[0].refs',
    message: /must refer to something/,
  },
  {
    rule: 'source URLs are http(s) URLs',
    file: 'sources.json',
    break: edit('sources.json', at(0, { url: 'javascript:alert(1)' })),
    path: '$[0].url',
    message: /http\(s\) URL/,
  },
];

describe('data validation rules', () => {
  it('accepts the fixture data as it is', () => {
    const result = loadAll(copyFixtureData());
    expect(result.ok).toBe(true);
  });

  for (const c of cases) {
    it(c.rule, () => {
      const root = copyFixtureData();
      c.break(root);
      const result = loadVersion(path.join(root, V));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const lines = result.issues.map(formatIssue);
      const match = result.issues.find(
        (i) => i.file.endsWith(path.join(V, c.file)) && i.path === c.path && c.message.test(i.message),
      );
      expect(match, `expected "${c.file}: ${c.path}: ${c.message}" among:\n${lines.join('\n')}`).toBeDefined();
      // The printed line names the file and the path.
      expect(formatIssue(match!)).toMatch(
        new RegExp(`${V}/${c.file.replace('.', '\\.')}: ${c.path.replace(/[[\]$.]/g, '\\$&')}: `),
      );
    });
  }

  it('reports every problem, not only the first', () => {
    const root = copyFixtureData();
    editFile<Row[]>(root, V, 'scores.json', (rows) => {
      rows[0]!.model = 'nope-1';
      rows[2]!.benchmark = 'nope-2';
    });
    editFile<Row[]>(root, V, 'prices.json', (rows) => {
      rows[0]!.source = 'nope-3';
    });
    const result = loadVersion(path.join(root, V));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.issues.map(formatIssue).join('\n');
    expect(text).toContain('nope-1');
    expect(text).toContain('nope-2');
    expect(text).toContain('nope-3');
  });
});
