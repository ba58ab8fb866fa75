import type { Action } from '../plan/action';
import { parseAction } from '../plan/action';
import { type Validated } from '../shared/validation';
import { planYearOf } from '../shared/uk-date';
import type { CaseStudy } from './case-study';

export interface PublishingOrganisation {
  name: string;
  odsCode: string;
  type: CaseStudy['organisation']['type'];
  region: CaseStudy['organisation']['region'];
}

export interface CaseStudyDraftOptions {
  id: string;
  organisation: PublishingOrganisation;
  /** The publication date, as a UK calendar date (YYYY-MM-DD). */
  today: string;
  /** Only when the owner agreed to be named is their name and email published. */
  shareOwnerAsContact: boolean;
}

/**
 * A first draft of a case study from an action, holding nothing internal: the owner is named only
 * with their agreement, and progress notes, evidence links and the owner's id never leave the
 * trust. The leader then writes the problem and impact in their own words before publishing.
 */
export function caseStudyFromAction(action: Action, options: CaseStudyDraftOptions): CaseStudy {
  return {
    id: options.id,
    title: action.title,
    problem: action.baseline ? `Baseline: ${action.baseline}.` : '',
    whatWasDone: action.description || action.title,
    impact: action.target ? `Measure of success: ${action.measureOfSuccess}. Target: ${action.target}.` : `Measure of success: ${action.measureOfSuccess}.`,
    measures: [],
    indicators: [...action.indicators],
    edsOutcomes: [...action.edsOutcomes],
    organisation: { ...options.organisation },
    ...(options.shareOwnerAsContact && action.owner.email ? { contact: { name: action.owner.name, email: action.owner.email } } : {}),
    links: [],
    sourceActionId: action.id,
    publishedOn: options.today,
  };
}

export interface AdoptionOptions {
  id: string;
  owner: Action['owner'];
  dueDate: string;
}

/**
 * Adopting a case study copies it into the adopting trust's own plan as a new action, not started,
 * linked to the same WRES indicators and EDS outcomes, and saying where it came from. The result
 * is validated like any other action.
 */
export function actionFromCaseStudy(caseStudy: CaseStudy, options: AdoptionOptions): Validated<Action> {
  return parseAction({
    id: options.id,
    title: caseStudy.title.slice(0, 200),
    description: `Adopted from ${caseStudy.organisation.name}'s good practice. What they did: ${caseStudy.whatWasDone} Impact: ${caseStudy.impact}`,
    indicators: caseStudy.indicators,
    edsOutcomes: caseStudy.edsOutcomes,
    owner: options.owner,
    dueDate: options.dueDate,
    status: 'Not started',
    priority: 'Medium',
    measureOfSuccess:
      caseStudy.measures.length > 0 ? caseStudy.measures.map((m) => `Indicator ${m.indicator}: ${m.before} → ${m.after}`).join('; ') : caseStudy.impact,
    planYear: planYearOf(options.dueDate),
  });
}
