import type { Metadata } from 'next';
import { describeRoutes } from '@/lib/api/describe';
import { OPENAPI } from '@/lib/api/openapi';
import { ROUTES } from '@/lib/api/schemas';
import { pageMetadata } from '@/lib/og/meta';
import { Table, Td, THead } from '@/components/ui/table';

const description =
  'The read-only JSON and CSV API of GLM Compare: models, benchmarks, scores with settings and sources, prices, hardware, plans.';
export const metadata: Metadata = pageMetadata({ title: 'API', description, image: '/og/page/api' });

export default function ApiPage() {
  return (
    <article className="max-w-4xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">API</h1>
        <p className="text-fg-muted">{OPENAPI.info.description}</p>
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
        <ul className="list-disc space-y-1 pl-5 text-fg-muted">
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
            <code>format=csv</code> answers CSV with a header row (<code>bom=1</code> adds a UTF-8 byte order mark). A text cell
            starting with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe, so a spreadsheet never runs it as
            a formula; numbers, negative ones included, stay numbers.
          </li>
          <li>
            Any origin may read the API (<code>Access-Control-Allow-Origin: *</code>, ETag exposed); preflights answer 204.
            Methods other than GET, HEAD and OPTIONS are a 405; an unknown path under /api/v1 a JSON 404.
          </li>
        </ul>
      </section>
      {describeRoutes().map((route) => {
        const examples = ROUTES.find((r) => r.path === route.path)?.examples ?? [];
        return (
          <section
            key={route.path}
            className="space-y-3 rounded-md border border-border p-4"
            id={route.path.replace(/[^a-z0-9]+/gi, '-')}
          >
            <h2 className="font-mono text-base font-semibold">GET {route.path}</h2>
            <p className="text-sm text-fg-muted">
              {route.summary}. {route.description}
              {route.csv ? ' Answers JSON, or CSV with format=csv.' : ''}
            </p>
            {route.params.length > 0 ? (
              <DocTable
                label={`Parameters of ${route.path}`}
                head={['Parameter', 'In', 'Type', 'Meaning']}
                rows={route.params.map((p) => [p.name, p.required ? `${p.in}, required` : p.in, p.type, p.description])}
              />
            ) : null}
            {route.tables.map((t) => (
              <div key={t.component} className="space-y-1">
                <h3 className="text-sm font-semibold">
                  <span className="font-mono">{t.component}</span>
                  <span className="font-normal text-fg-muted"> — {t.description}</span>
                </h3>
                <DocTable
                  label={`Fields of ${t.component} (${route.path})`}
                  head={['Field', 'Type', 'Meaning']}
                  rows={t.fields.map((f) => [f.required ? f.name : `${f.name} (optional)`, f.type, f.description])}
                />
              </div>
            ))}
            {examples.length > 0 ? (
              <ul className="space-y-0.5 text-sm">
                {examples.map((e) => (
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

function DocTable({ label, head, rows }: { label: string; head: string[]; rows: string[][] }) {
  return (
    <Table label={label} bordered={false} tabular={false}>
      <THead plain columns={head} />
      <tbody>
        {rows.map((r) => (
          <tr key={r[0]} className="border-t border-border align-top">
            {r.map((c, i) => (
              <Td key={i} plain className={i === 0 ? 'pr-3 font-mono' : i === r.length - 1 ? undefined : 'pr-3 break-words'}>
                {c}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
