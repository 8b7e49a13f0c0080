import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/og/meta';
import { getVersions } from '@/lib/queries/versions';
import {
  ApiSection,
  ChecksSection,
  ChoosingSection,
  ExactnessSection,
  MissingSection,
  ReportSection,
  SECTIONS,
  SettingsSection,
  SourcesSection,
  VersionsSection,
} from './sections';

const title = 'About the data and methodology';
const description =
  'How GLM Compare keeps its numbers: which value is shown when sources disagree, what approximate, range and lower-bound values mean, why settings decide whether two scores are comparable, how data versions and permalinks work, and how to report an error.';

export const metadata: Metadata = pageMetadata({ title, description, image: '/og/page/about' });

export default function AboutPage() {
  const versions = [...getVersions()].reverse();

  return (
    <article className="max-w-3xl space-y-10 leading-relaxed">
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">About the data</h1>
        <p className="text-fg-muted">
          GLM Compare puts Z.ai&apos;s GLM models next to DeepSeek, Qwen, Kimi and proprietary models. Every number on the site
          was read in a named document, is stored with the conditions it was measured under and with how exactly the document
          states it, and can be traced back to that document. This page explains the rules the site follows, as the code applies
          them.
        </p>
        <nav aria-label="On this page" className="rounded-md border border-border bg-bg-subtle p-3 text-sm">
          <p className="font-medium">On this page</p>
          <ol className="mt-1 list-decimal space-y-0.5 pl-5">
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a className="link" href={`#${s.id}`}>
                  {s.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </header>

      <SourcesSection />
      <ChoosingSection />
      <ExactnessSection />
      <MissingSection />
      <SettingsSection />
      <VersionsSection versions={versions} />
      <ChecksSection />
      <ApiSection />
      <ReportSection />
    </article>
  );
}
