import { Spinner } from '@fluentui/react-components';
import { PageLayout } from '../../components/page-layout';
import type { CaseStudy } from '../../domain/practice';
import { usePlanData } from '../../app/plan-data';
import { publishingOrganisationOf } from './case-study-draft';
import { OrganisationNotSet } from './organisation-not-set';
import { ShareCaseStudyPageView } from './share-case-study-page-view';
import { useLibrary } from './use-library';
import { useShareCaseStudyPage } from './use-share-case-study-page';

/** Write a case study from a completed action or from scratch, and publish it to the shared library. */
export function ShareCaseStudyPage() {
  const { snapshot } = usePlanData();
  // The form starts from the plan's actions and settings, so it waits for them.
  if (!snapshot) return <Spinner label="Loading the plan…" />;
  const publishing = publishingOrganisationOf(snapshot.settings);
  return publishing.ok ? <ShareCaseStudyForm organisation={publishing.organisation} /> : <OrganisationNotSet missing={publishing.missing} />;
}

/** Edit one of the trust's own published case studies; the api refuses anyone else's. */
export function EditCaseStudyPage({ caseStudyId }: { caseStudyId: string }) {
  const { snapshot } = usePlanData();
  const { entries, status, error } = useLibrary();
  const entry = entries.find((item) => item.value.caseStudy.id === caseStudyId);
  if (!snapshot || status === 'loading') return <Spinner label="Opening the case study…" />;
  if (!entry) return <PageLayout title="Case study not found" description={error ?? 'There is no case study at this address. Choose one from the library.'} />;
  // An edit keeps the organisation it was published under.
  return <ShareCaseStudyForm editing={entry.value.caseStudy} organisation={entry.value.caseStudy.organisation} />;
}

/** The form, for a new case study or for the trust's own one being edited. */
function ShareCaseStudyForm({ editing, organisation }: { editing?: CaseStudy; organisation: CaseStudy['organisation'] }) {
  return <ShareCaseStudyPageView {...useShareCaseStudyPage(editing, organisation)} />;
}
