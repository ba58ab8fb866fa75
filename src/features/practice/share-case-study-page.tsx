import { Spinner } from '@fluentui/react-components';
import { PageLayout } from '../../components/page-layout';
import type { CaseStudy } from '../../domain/practice';
import { usePlanData } from '../../app/plan-data';
import { ShareCaseStudyPageView } from './share-case-study-page-view';
import { useLibrary } from './use-library';
import { useShareCaseStudyPage } from './use-share-case-study-page';

/** Write a case study from a completed action or from scratch, and publish it to the shared library. */
export function ShareCaseStudyPage() {
  const { snapshot } = usePlanData();
  // The form starts from the plan's actions and settings, so it waits for them.
  return snapshot ? <ShareCaseStudyForm /> : <Spinner label="Loading the plan…" />;
}

/** Edit one of the trust's own published case studies; the api refuses anyone else's. */
export function EditCaseStudyPage({ caseStudyId }: { caseStudyId: string }) {
  const { snapshot } = usePlanData();
  const { entries, status, error } = useLibrary();
  const entry = entries.find((item) => item.value.caseStudy.id === caseStudyId);
  if (!snapshot || status === 'loading') return <Spinner label="Opening the case study…" />;
  if (!entry) return <PageLayout title="Case study not found" description={error ?? 'There is no case study at this address. Choose one from the library.'} />;
  return <ShareCaseStudyForm editing={entry.value.caseStudy} />;
}

/** The form, for a new case study or for the trust's own one being edited. */
function ShareCaseStudyForm({ editing }: { editing?: CaseStudy }) {
  return <ShareCaseStudyPageView {...useShareCaseStudyPage(editing)} />;
}
