import Link from 'next/link';
import type { ReactNode } from 'react';
import { Section } from '@/components/ui/section';
import { RowTh, Table, Td, THead } from '@/components/ui/table';
import { formatPartialDate } from '@/lib/format';
import type { VersionInfo } from '@/lib/queries/versions';
import { compareUrl, DEFAULT_COMPARE_STATE } from '@/lib/view-state';

export const SECTIONS = [
  { id: 'sources', title: 'Where the numbers come from' },
  { id: 'choosing', title: 'When sources disagree' },
  { id: 'exactness', title: 'Exact, approximate, range, lower bound' },
  { id: 'missing', title: 'Missing values' },
  { id: 'settings', title: 'Settings, and why two numbers may not be comparable' },
  { id: 'versions', title: 'Data versions and permalinks' },
  { id: 'checks', title: 'How the data is checked' },
  { id: 'api', title: 'API and downloads' },
  { id: 'report', title: 'Reporting an error' },
] as const;

/** A section of the page under its title from SECTIONS, which is also the page's table of contents. */
function AboutSection({ id, children }: { id: (typeof SECTIONS)[number]['id']; children: ReactNode }) {
  const title = SECTIONS.find((s) => s.id === id)?.title ?? id;
  return (
    <Section id={id} title={title} className="space-y-3" headingClassName="scroll-mt-4 text-xl tracking-tight">
      {children}
    </Section>
  );
}

const SETTINGS: Array<[string, string]> = [
  ['thinking', 'whether the model reasoned at length before answering (on) or answered directly (off).'],
  [
    'tools',
    'whether the model could call tools such as a code interpreter or search (the “w/ tools” bars). Unstated counts as without tools.',
  ],
  [
    'harness',
    'the agent scaffold an agentic or coding score was run in, as the source names it: OpenHands, Agentless, Terminus, Claude Code.',
  ],
  ['metric', 'how the number is aggregated: pass@1, avg@32 (the mean of 32 samples), accuracy, win rate, success rate.'],
  ['window', 'the benchmark version or date window, as the source gives it: LiveCodeBench “2407-2501” or “v6”.'],
  ['context', 'a context limit the evaluation ran under, such as 128K.'],
  ['opponent', 'the model a win rate is measured against.'],
  ['effort', 'a named reasoning effort or thinking budget.'],
];

export function SourcesSection() {
  return (
    <AboutSection id="sources">
      <p>
        A value enters the data only if it was read in its source. Each one records the source document, where in it the value is
        (“Table 3”, a chart file, “pricing table, row GLM-4.5”), and, when the source words it loosely, the source&apos;s own
        text. Sources are technical reports, model cards and repositories, vendor pages (such as price lists), leaderboards, and a
        secondary overview article about GLM-4.5 and GLM-4.6. The first three are primary sources, published by the organization
        the figures are about.
      </p>
      <p>
        Hover, focus or tap any underlined value to see its source, the place in it, the settings and any note. The{' '}
        <Link className="link" href="/sources">
          sources page
        </Link>{' '}
        lists every document with its dates, its address and how many values cite it.
      </p>
    </AboutSection>
  );
}

export function ChoosingSection() {
  return (
    <AboutSection id="choosing">
      <p>
        Several sources often answer the same question: one model&apos;s score on one benchmark; one spec of one model (such as
        its context window); one price of one model from one seller (input, cached input or output, under the same condition and
        currency). All of their values are kept. When there is more than one, exactly one is marked <em>preferred</em> by whoever
        entered the data, following two rules:
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          the model&apos;s own vendor is preferred for its own model, unless its settings differ from the other values&apos;;
        </li>
        <li>a primary source is preferred over the overview article.</li>
      </ul>
      <p>
        The value the site shows is the preferred one, or, when a question has only one value that is not disputed, that value.
        The other values stay visible: under “Other reported values” in the source panel, and as “also reported” rows on the model
        page. The data check refuses a version in which such a group has no preferred value, or more than one.
      </p>
      <p>
        Two values <em>disagree</em> when they were measured under compatible settings (see below) and cannot both be true: two
        exact values differ, or the intervals they stand for do not overlap. An approximate value is read as its number plus or
        minus one unit or 3%, whichever is wider; a range covers everything between its ends; a lower bound covers everything
        above it. Every disagreement must be explained by a note in the data that names the model and the benchmark (or the spec
        or price); the data check refuses a version with an unexplained one. The note says which value is shown and why. A value
        that has a disagreement carries a ⚠ mark; a score&apos;s note appears in its source panel, and every note about a model is
        listed on the model&apos;s page.
      </p>
      <p>
        A value believed wrong is marked <em>disputed</em>: it is kept and listed, struck through, with the note that explains it,
        but it is never the value shown and never drawn in a chart. When a model&apos;s only value on a benchmark is disputed, the
        site says so instead of showing a number.
      </p>
      <p>
        The explorer can show setting variants of a benchmark as separate columns (standard, thinking, non-thinking, with tools).
        A cell then shows the preferred value if it falls in that column; otherwise the best-ranked undisputed value in that
        column: technical report, then model card, vendor page, leaderboard and the article; exact values before approximate ones;
        then the order in the data file.
      </p>
    </AboutSection>
  );
}

export function ExactnessSection() {
  return (
    <AboutSection id="exactness">
      <p>Each number records how exactly its source states it:</p>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[9rem_1fr]">
        <dt className="font-medium">exact</dt>
        <dd>printed as a number: “64.2”, “$0.60”.</dd>
        <dt className="font-medium">approximate</dt>
        <dd>
          written loosely: “~65%”, “mid-80s”. The site shows the source&apos;s words, never a more precise number, and says
          “approximate in its source”.
        </dd>
        <dt className="font-medium">range</dt>
        <dd>two ends: “$0.35–0.60”. Both ends are kept and the source&apos;s words shown.</dd>
        <dt className="font-medium">lower bound</dt>
        <dd>“100+ tok/s”: at least this much. Shown as the source wrote it.</dd>
      </dl>
      <p>
        In charts an approximate value is drawn pale with a dashed outline (a bar) or hollow (a dot), so it never looks like an
        exact one. Ranges and lower bounds are not plotted at all: the chart lists them under “Not plotted” with the reason. The
        explorer marks the best value of a column only among exact, undisputed values.
      </p>
    </AboutSection>
  );
}

export function MissingSection() {
  return (
    <AboutSection id="missing">
      <p>
        When no source gives a value, there is no value: the site shows “—” and says why on hover or focus. A missing value is
        never stored or drawn as zero, and a chart lists the models it had to leave out. A count on the site (such as “0 prices”
        on the sources page) is a real count, not a missing value.
      </p>
      <p>
        Dates are as precise as their source. A model released in “2022” is shown as 2022, not January 1, 2022; on the{' '}
        <Link className="link" href="/history">
          history timeline
        </Link>{' '}
        such a date is drawn as a band across the whole year.
      </p>
    </AboutSection>
  );
}

export function SettingsSection() {
  return (
    <AboutSection id="settings">
      <p>
        A benchmark score depends on how it was measured, and sources measure differently. Each score stores the settings its
        source states, as separate fields; a field the source does not state is left empty and shown as “not stated”:
      </p>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[6rem_1fr]">
        {SETTINGS.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-mono font-medium">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p>
        Two numbers for the same benchmark may therefore not be comparable: LiveCodeBench scores from different date windows cover
        different problems; an avg@32 figure averages 32 attempts where pass@1 takes one; SWE-bench Verified with one agent
        scaffold is a different experiment from the same benchmark with another; a score with tools or with thinking on is not the
        same as one without. Settings are compatible when no setting is stated differently by both sources; a setting one source
        leaves unstated matches anything.
      </p>
      <p>
        The site flags this rather than hiding it: a benchmark page says “Not strictly comparable” when the values it ranks were
        measured under different stated settings, and an explorer column whose values differ in settings is marked “≠ settings”. A
        different task set (TAU-bench retail and airline) is a separate benchmark, linked to its parent.
      </p>
    </AboutSection>
  );
}

/** The text, and every version newest first (the first is the latest). */
export function VersionsSection({ versions }: { versions: VersionInfo[] }) {
  return (
    <AboutSection id="versions">
      <p>
        The data is kept in versions. Each folder <code>data/&lt;YYYY-MM&gt;/</code> is a complete snapshot of what was known at
        that date, not a list of changes, and the database holds every version at once. Pages show the latest version by default.
        The explorer&apos;s links carry the version they were made with (<code>v=2025-10</code>), so a shared link keeps showing
        the numbers it was shared with; when newer data exists, a banner says so and links to the same view on the latest version.
        The history and sources pages accept <code>v=</code> too. A link naming a version that does not exist shows the latest and
        says which part of the link was not used. The{' '}
        <Link className="link" href="/changelog">
          changelog
        </Link>{' '}
        shows, between any two versions, which values were added, removed or changed.
      </p>
      {versions.length > 0 ? (
        <Table label="Data versions" testId="versions-table">
          <THead columns={['Version', 'What it holds']} />
          <tbody>
            {versions.map((v, i) => (
              <tr key={v.id} className="align-top">
                <RowTh className="py-2 whitespace-nowrap">
                  <Link className="link" href={compareUrl({ ...DEFAULT_COMPARE_STATE, v: v.id })}>
                    {v.id}
                  </Link>
                  <span className="block text-xs font-normal text-fg-muted">
                    {formatPartialDate(v.date)}
                    {i === 0 ? ' · latest' : ''}
                  </span>
                </RowTh>
                <Td className="py-2">
                  <span className="font-medium">{v.title}.</span> <span className="text-fg-muted">{v.summary}</span>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </AboutSection>
  );
}

export function ChecksSection() {
  return (
    <AboutSection id="checks">
      <p>
        The data is written as JSON files and reviewed like code. Before the site&apos;s database is built, every file is checked
        against a strict schema and against rules that span files: every id a value refers to exists; percentages lie between 0
        and 100; a value that is not exact keeps the source&apos;s wording; a win rate names its opponent; no row is an exact
        duplicate; every group of competing values has one preferred value; every disagreement and every disputed value is
        explained by a note. Every problem is reported with its file and its place in the file. If there is any problem the build
        stops and the existing database is left untouched, so the site never serves half-checked data. Pages read only the built
        database, never the files.
      </p>
    </AboutSection>
  );
}

export function ApiSection() {
  return (
    <AboutSection id="api">
      <p>
        The same data is available as JSON and CSV from a read-only API, with the same ids, the same “~”-separated lists and the
        same <code>v=</code> as the site&apos;s links, and with each value&apos;s exactness, settings and source:{' '}
        <Link className="link" href="/api">
          API documentation
        </Link>
        . The explorer&apos;s table is available as a download too: replace <code>/compare</code> with{' '}
        <code>/compare/export</code> in an explorer link to get the rows that view shows, in the same order, as CSV (add{' '}
        <code>format=json</code> for JSON).
      </p>
    </AboutSection>
  );
}

export function ReportSection() {
  return (
    <AboutSection id="report">
      <p>If you find a number that is wrong, misattributed, or missing a setting, please report it with:</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          the address of the page where you saw it, including its <code>v=</code> if it has one;
        </li>
        <li>the model, the benchmark (or spec, or price) and the value shown;</li>
        <li>what the source says instead, and where: the document, and the table, chart or page in it.</li>
      </ul>
      <p>
        Open an issue in the project&apos;s repository with these details, or propose the fix directly: values live in{' '}
        <code>data/&lt;version&gt;/*.json</code>, described in <code>data/README.md</code>, and <code>npm run data:check</code>{' '}
        lists every problem before a change is reviewed. A correction keeps the old value when a source printed it, marked
        disputed, with a note saying why.
      </p>
    </AboutSection>
  );
}
