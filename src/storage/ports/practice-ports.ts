import type { CaseStudy } from '../../domain/practice';
import type { Versioned } from './versioned';

/** A case study as the shared library holds it, with how many trusts adopted it. */
export interface PublishedCaseStudy {
  caseStudy: CaseStudy;
  adoptions: number;
}

/** The good-practice library that trusts share, on a hub site many trusts can read. */
export interface PracticeLibrary {
  list(): Promise<Versioned<PublishedCaseStudy>[]>;
  /** Publishes under the case study's own id; publishing the same id again finds the first copy. */
  publish(caseStudy: CaseStudy): Promise<Versioned<PublishedCaseStudy>>;
  /** Counts one more adoption, even when other trusts adopt it at the same moment. */
  recordAdoption(caseStudyId: string): Promise<Versioned<PublishedCaseStudy>>;
}
