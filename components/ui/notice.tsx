import type { ViewIssue } from '@/lib/view-state';

/** Tells the reader which parts of the URL were ignored, so a bad link never fails silently. */
export function UrlIssuesNotice({ issues }: { issues: ViewIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div role="status" className="rounded-md border border-warn/40 bg-warn-bg px-3 py-2 text-sm" data-testid="url-notice">
      <p className="font-medium">Some of this link could not be used and was left out:</p>
      <ul className="mt-1 list-disc pl-5">
        {issues.slice(0, 12).map((i, n) => (
          <li key={n}>
            <code className="rounded bg-bg/60 px-1">
              {i.param}={i.value}
            </code>
            : {i.reason}
          </li>
        ))}
        {issues.length > 12 ? <li>…and {issues.length - 12} more</li> : null}
      </ul>
    </div>
  );
}
