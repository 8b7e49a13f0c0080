import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Section } from '@/components/ui/section';
import { NotesList } from '@/components/values/notes';
import { type SpecField } from '@/lib/data/schema';
import { getHardware } from '@/lib/queries/hardware';
import { getModel, getModelList } from '@/lib/queries/models';
import { getPriceViews } from '@/lib/queries/prices';
import { getModelScoreGroups, getRivals, specLines as specLinesOf } from '@/lib/queries/model-page';
import { getPriceHistory } from '@/lib/queries/price-history';
import { resolveVersion } from '@/lib/queries/versions';
import { pageMetadata } from '@/lib/og/meta';
import { compareUrl, DEFAULT_COMPARE_STATE } from '@/lib/view-state';
import { FamilySection, HardwareSection, ModelHeader, PricesSection, ScoresSection, SpecsSection } from './sections';

type Props = { params: Promise<{ id: string }> };

// Model pages are prerendered for every model of the latest data; any other id is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  const { version } = resolveVersion(undefined);
  return getModelList(version.id).map((m) => ({ id: m.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { version } = resolveVersion(undefined);
  const model = getModel(version.id, id);
  if (!model) return { title: 'Model not found' };
  const description = `${model.name} by ${model.organization.name}: specs, every benchmark score with its source and settings, prices and GPU requirements.`;
  return pageMetadata({ title: model.name, description, image: `/og/model/${model.id}` });
}

const SPEC_ORDER: SpecField[] = [
  'release-date',
  'license',
  'total-params',
  'active-params',
  'context-window',
  'max-output',
  'precision',
  'architecture',
  'inference-speed',
  'training-tokens',
  'layers',
  'dense-layers',
  'moe-layers',
  'mtp-layers',
  'hidden-size',
  'moe-intermediate-size',
  'attention-heads',
  'kv-heads',
  'head-dim',
  'attention-type',
  'routed-experts',
  'shared-experts',
  'active-experts',
  'vocab-size',
];

export default async function ModelPage({ params }: Props) {
  const { id } = await params;
  const { version } = resolveVersion(undefined);
  const model = getModel(version.id, id);
  if (!model) notFound();

  // Grouped by source, so each source's prices read together with the source named on every row.
  const prices = getPriceViews(version.id)
    .filter((p) => p.modelId === id)
    .sort((a, b) => a.source.title.localeCompare(b.source.title));
  const hardware = getHardware(version.id, id);
  const allModels = getModelList(version.id);
  const specLines = specLinesOf(model, SPEC_ORDER);
  const { groups: scoreGroups, count: scoreCount } = getModelScoreGroups(version.id, id);
  const { rivals, launchPeers } = getRivals(version.id, id);
  const exploreUrl = compareUrl({ ...DEFAULT_COMPARE_STATE, models: [id, ...rivals.slice(0, 3)] });
  const launchUrl = launchPeers ? compareUrl({ ...DEFAULT_COMPARE_STATE, ...launchPeers }) : null;

  return (
    <article className="space-y-8">
      <ModelHeader model={model} allModels={allModels} rivals={rivals} exploreUrl={exploreUrl} launchUrl={launchUrl} />
      <SpecsSection lines={specLines} version={version.id} />
      <ScoresSection model={model} groups={scoreGroups} count={scoreCount} version={version.id} />
      <PricesSection model={model} prices={prices} history={getPriceHistory(id, version.id)} version={version.id} />
      <HardwareSection modelId={id} modelName={model.name} hardware={hardware} />
      <FamilySection model={model} />
      {model.notes.length > 0 ? (
        <Section id="notes-heading" title="Notes">
          <NotesList notes={model.notes} />
        </Section>
      ) : null}
      <p className="text-xs text-fg-subtle">Data version {version.id}.</p>
    </article>
  );
}
