import { CaseStudyPageView } from './case-study-page-view';
import { useCaseStudyPage } from './use-case-study-page';

/** One case study in full, with "Adopt" to copy it into the plan as a new action. */
export function CaseStudyPage({ caseStudyId }: { caseStudyId: string }) {
  return <CaseStudyPageView {...useCaseStudyPage(caseStudyId)} />;
}
