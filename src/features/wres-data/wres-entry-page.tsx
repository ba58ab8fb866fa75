import { PageLayout } from '../../components/page-layout';
import type { WresInput } from '../../domain/wres';
import { usePlanData } from '../../app/plan-data';
import { newestStoredYear } from './stored-years';
import { WresEntryForm } from './wres-entry-form';
import type { FormValues } from './wres-form-sections';
import { valuesOf } from './wres-form-values';

export interface WresEntryPageProps {
  /** The stored year to correct; undefined to enter a new one. */
  year: number | undefined;
  onSaved: (year: number) => void;
}

/** A new year starts from the organisation in Settings, or the latest year's, and the year after it. */
function newYearValues(settings: Readonly<Record<string, string>>, latest: WresInput | undefined, thisYear: number): FormValues {
  return {
    'organisation.name': settings.organisationName || latest?.organisation.name || '',
    'organisation.odsCode': settings.odsCode || latest?.organisation.odsCode || '',
    year: String(latest === undefined ? thisYear : latest.year + 1),
  };
}

/** Enter a year's WRES counts, or correct a stored year's. */
export function WresEntryPage({ year, onSaved }: WresEntryPageProps) {
  const { snapshot, today } = usePlanData();
  // The form starts from the stored plan, so it waits for it; the app shows the plan loading meanwhile.
  if (snapshot === undefined) return <PageLayout title={year === undefined ? 'Enter WRES figures' : `The ${year} WRES figures`} />;
  const stored = snapshot.wresYears;
  const existing = year === undefined ? undefined : stored.find((candidate) => candidate.value.year === year);
  const latest = newestStoredYear(stored);
  const correcting = existing !== undefined;
  const initial =
    existing !== undefined
      ? valuesOf(existing.value)
      : { ...newYearValues(snapshot.settings, latest, Number(today.slice(0, 4))), ...(year === undefined ? {} : { year: String(year) }) };
  const title = correcting ? `Correct the ${year} WRES figures` : 'Enter WRES figures';
  return (
    <PageLayout
      title={title}
      description="The counts for each indicator, as in NHS England's WRES template. Leave an indicator blank if you do not have it; the results are worked out as you type."
    >
      <WresEntryForm key={existing?.itemId ?? 'new'} initial={initial} eTag={existing?.eTag} correcting={correcting} onSaved={onSaved} />
    </PageLayout>
  );
}
