import type { CaseStudy } from '../../domain/practice';
import type { Versioned } from './versioned';

/** A case study as the shared library holds it, with how many trusts adopted it. */
export interface PublishedCaseStudy {
  caseStudy: CaseStudy;
  adoptions: number;
}

/**
 * The good-practice library as the tab sees it. People only read the hub; every change goes
 * through the api, which writes with the app's own rights after checking who is asking, and each
 * change is keyed so that a retry changes nothing. `planSiteId` is the asking trust's plan site.
 */
export interface PracticeLibrary {
  /** Every case study not withdrawn, newest first. */
  list(): Promise<Versioned<PublishedCaseStudy>[]>;
  /** Publishes under the case study's own id (the client's key): publishing it again finds the first copy. */
  publish(caseStudy: CaseStudy, planSiteId: string): Promise<PublishedCaseStudy>;
  /** Replaces the trust's own case study; a retry with the same `clientKey` changes nothing. */
  edit(caseStudy: CaseStudy, planSiteId: string, clientKey: string): Promise<PublishedCaseStudy>;
  /** Takes the trust's own case study out of the library; withdrawing it again changes nothing. */
  withdraw(caseStudyId: string, planSiteId: string): Promise<void>;
  /** Counts the adopting trust once, however often it is asked (the action is `actionId` in its plan). */
  recordAdoption(caseStudyId: string, planSiteId: string, actionId: string): Promise<PublishedCaseStudy>;
  /**
   * Registers the trust's plan with the hub under its ODS code (the lead's Plan.Register role),
   * so reminders reach it and its people may publish; registering again changes nothing.
   */
  registerPlan(planSiteId: string, odsCode: string): Promise<{ siteId: string; orgCode: string; registeredOn: string }>;
}

/** Which trust a case study or adoption belongs to, as the api established from a verified token. */
export interface PracticeOwner {
  /** The Entra tenant (`tid`) of the trust's people. */
  tenantId: string;
  /** The trust's registered plan site. */
  siteId: string;
}

/** A case study as the hub holds it, with what the api needs to decide who may change it. */
export interface HubCaseStudy extends PublishedCaseStudy {
  owner: PracticeOwner;
  withdrawn: boolean;
  /** The key of the last edit applied, so a retried edit is recognised. */
  lastEditKey?: string;
}

/**
 * The hub's library as the api writes it, with the app's own identity. Nothing here checks who
 * is asking: the api's services do that before calling it.
 */
export interface HubPracticeLibrary {
  /** Every case study not withdrawn, newest first. */
  list(): Promise<Versioned<PublishedCaseStudy>[]>;
  find(caseStudyId: string): Promise<Versioned<HubCaseStudy> | undefined>;
  /** Creates it, or, when its id is already there, returns the first copy unchanged. */
  create(caseStudy: CaseStudy, owner: PracticeOwner): Promise<Versioned<HubCaseStudy>>;
  /** Saves new content if the item still has `eTag` (a ConflictError otherwise). */
  replace(itemId: string, eTag: string, caseStudy: CaseStudy, editKey: string): Promise<Versioned<HubCaseStudy>>;
  /** Marks it withdrawn (kept, never deleted) if the item still has `eTag`. */
  withdraw(itemId: string, eTag: string): Promise<Versioned<HubCaseStudy>>;
  /**
   * Records that `adopter` adopted it, once per (trust, case study), then sets the count to the
   * number of trusts recorded, so a retry, or a count that failed half-way, settles on the truth.
   */
  recordAdoption(caseStudyId: string, adopter: PracticeOwner, actionId: string): Promise<Versioned<HubCaseStudy>>;
}
