import type { Metadata } from 'next';
import { GroupVerdictBox } from '@/components/compare/verdict';
import { VersionBanner } from '@/components/layout/version-banner';
import { UrlIssuesNotice } from '@/components/ui/notice';
import { CutNotice } from '@/components/compare/cut-notice';
import { pageMetadata } from '@/lib/og/meta';
import { absoluteUrl, siteUrl } from '@/lib/site-url';
import { buildCompareView } from '@/lib/compare/view';
import { compareUrl, type CompareState, type SearchParams } from '@/lib/view-state';
import { ChartSection, CompareHeader, describeView, NotesSection, ScoresSection, ViewControls } from './sections';

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const data = buildCompareView(await searchParams);
  const canonical = compareUrl({ ...data.urlState, v: data.version.id });
  const description = `Benchmark comparison: ${describeView(data)}. Every value with its source and settings.`;
  return {
    ...pageMetadata({ title: 'Compare models', description, image: compareUrl(data.urlState, '/og/compare') }),
    alternates: { canonical },
  };
}

export default async function ComparePage({ searchParams }: Props) {
  const data = buildCompareView(await searchParams);
  const { urlState } = data;
  // Links keep the URL's own (unexpanded) state so defaults stay defaults; model and benchmark
  // toggles start from what is on screen.
  const url = (patch: Partial<CompareState>) => compareUrl({ ...urlState, ...patch });
  const permalink = compareUrl({ ...urlState, v: data.version.id });
  const names = new Map<string, string>([
    ...data.modelOptions.map((m): [string, string] => [m.id, m.name]),
    ...data.benchmarkOptions.map((b): [string, string] => [b.id, b.name]),
  ]);
  const embedSrc = absoluteUrl(await siteUrl(), compareUrl({ ...urlState, v: data.version.id }, '/embed/compare'));

  return (
    <div className="space-y-5">
      <CompareHeader data={data} permalink={permalink} />
      <UrlIssuesNotice issues={data.issues} />
      <CutNotice cut={data.cut} urlState={urlState} nameOf={(id) => names.get(id) ?? id} />
      <VersionBanner version={data.version} latest={data.latest} latestHref={url({ v: null })} />
      <ViewControls data={data} url={url} />
      {data.verdict ? (
        <GroupVerdictBox verdict={data.verdict} nameOf={Object.fromEntries(data.rows.map((r) => [r.model.id, r.model.name]))} />
      ) : null}
      <ScoresSection data={data} />
      <ChartSection data={data} url={url} embedSrc={embedSrc} />
      <NotesSection data={data} />
    </div>
  );
}
