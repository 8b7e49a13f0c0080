import type { Metadata } from 'next';
import { OPENAPI } from '@/lib/api/openapi';
import { previewMetadata } from '@/lib/og/meta';
import { TableScroller } from '@/components/ui/table-scroller';

const description =
  'The read-only JSON and CSV API of GLM Compare: models, benchmarks, scores with settings and sources, prices, hardware, plans.';
export const metadata: Metadata = {
  title: 'API',
  description,
  ...previewMetadata('API · GLM Compare', description, '/og/page/api'),
};

const EXAMPLES: Record<string, string[]> = {
  '/api/v1/scores': [
    '/api/v1/scores?models=glm-4.5~glm-4.6&benchmarks=swe-bench-verified~hle',
    '/api/v1/scores?models=kimi-k2&format=csv',
    '/api/v1/scores?benchmarks=hle&headline=true&v=2025-10',
  ],
  '/api/v1/models': ['/api/v1/models', '/api/v1/models?models=glm-4.5-air&format=csv'],
  '/api/v1/models/{id}': ['/api/v1/models/glm-4.6'],
  '/api/v1/benchmarks/{id}': ['/api/v1/benchmarks/swe-bench-verified'],
  '/api/v1/prices': ['/api/v1/prices?models=glm-4.6~kimi-k2&format=csv'],
  '/api/v1/versions': ['/api/v1/versions'],
};

type Param = { name: string; in: string; required: boolean; description?: string };

export default function ApiPage() {
  return (
    <article className="max-w-4xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">API</h1>
        <p className="text-[var(--fg-muted)]">{OPENAPI.info.description}</p>
        <p className="text-sm">
          Machine-readable description:{' '}
          <a className="link" href="/api/v1/openapi.json">
            /api/v1/openapi.json
          </a>{' '}
          (OpenAPI {OPENAPI.openapi}).
        </p>
      </header>
      <section className="space-y-2 text-sm">
        <h2 className="text-lg font-semibold">Conventions</h2>
        <ul className="list-disc space-y-1 pl-5 text-[var(--fg-muted)]">
          <li>
            Lists of ids are separated by “~”, exactly as in the site&apos;s permalinks, so a view&apos;s URL maps to the API call
            that returns its rows.
          </li>
          <li>
            <code>v=YYYY-MM</code> pins a data version: its answers never change and are sent with{' '}
            <code>Cache-Control: immutable</code>. Without <code>v</code> you get the latest version, cached for a minute.
          </li>
          <li>
            Every answer has an ETag; send it back in <code>If-None-Match</code> to get a 304.
          </li>
          <li>
            Errors are JSON: <code>{'{"error": {"status": 400, "message": "…", "param": "models"}}'}</code>. Unknown, repeated,
            oversized or malformed parameters are a 400 naming the parameter; unknown ids or versions a 404.
          </li>
          <li>
            Values keep their <code>exactness</code> (<code>exact</code>, <code>approx</code>, <code>range</code> with{' '}
            <code>upper</code>, <code>lower-bound</code>) and the source&apos;s wording in <code>text</code>. A value a source
            does not give is absent: there are no zeros standing in for missing data.
          </li>
          <li>
            <code>format=csv</code> answers CSV with a header row; text that a spreadsheet could run as a formula is prefixed with
            an apostrophe.
          </li>
        </ul>
      </section>
      {Object.entries(OPENAPI.paths).map(([path, item]) => {
        const op = item.get;
        const params = (op.parameters as readonly Param[]).filter(Boolean);
        return (
          <section
            key={path}
            className="space-y-2 rounded-md border border-[var(--border)] p-4"
            id={path.replace(/[^a-z0-9]+/gi, '-')}
          >
            <h2 className="font-mono text-base font-semibold">GET {path}</h2>
            <p className="text-sm text-[var(--fg-muted)]">{op.summary}.</p>
            {params.length > 0 ? (
              <TableScroller label={`Parameters of ${path}`} bordered={false}>
                <table className="w-full text-sm">
                  <thead className="text-left text-xs text-[var(--fg-muted)]">
                    <tr>
                      <th className="py-1 pr-3 font-medium">Parameter</th>
                      <th className="py-1 pr-3 font-medium">In</th>
                      <th className="py-1 font-medium">Meaning</th>
                    </tr>
                  </thead>
                  <tbody>
                    {params.map((p) => (
                      <tr key={p.name} className="border-t border-[var(--border)] align-top">
                        <td className="py-1 pr-3 font-mono">{p.name}</td>
                        <td className="py-1 pr-3">{p.in}</td>
                        <td className="py-1">{p.description ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroller>
            ) : null}
            {EXAMPLES[path] ? (
              <ul className="space-y-0.5 text-sm">
                {EXAMPLES[path].map((e) => (
                  <li key={e}>
                    <a className="link font-mono break-all" href={e}>
                      {e}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </article>
  );
}
