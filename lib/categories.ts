/** The benchmark categories, in the order the site lists them, and their names: the one home of both. */
export const BENCHMARK_CATEGORIES = ['reasoning', 'math', 'coding', 'agentic', 'knowledge', 'composite', 'preference'] as const;
export type BenchmarkCategoryId = (typeof BENCHMARK_CATEGORIES)[number];

export const CATEGORY_LABEL: Record<BenchmarkCategoryId, string> = {
  agentic: 'Agentic',
  coding: 'Coding',
  reasoning: 'Reasoning',
  math: 'Math',
  knowledge: 'Knowledge',
  composite: 'Composite indices',
  preference: 'Preference',
};

/** The order of category sections on model pages: what people compare first. */
export const CATEGORY_DISPLAY_ORDER: readonly BenchmarkCategoryId[] = [
  'agentic',
  'coding',
  'reasoning',
  'math',
  'knowledge',
  'composite',
  'preference',
];
