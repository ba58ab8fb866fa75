import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  type ExportTable,
  type SuppressionRule,
  actionsCsvTable,
  boardActionsTable,
  boardEdsTable,
  boardIndicatorsTable,
  eds2022ReportTables,
  publicationActionsTable,
  publicationWresTable,
} from '../../domain/exports';
import { EDS2022_OUTCOMES, EDS2_OUTCOMES, type EdsReview, planFramework, reviewToShow, rollUpEds2, rollUpEds2022, type ReviewToShow } from '../../domain/eds';
import type { Action, ActionWithCreation } from '../../domain/plan';
import type { IsoDate } from '../../domain/shared';
import { type WresInput, calculateWres } from '../../domain/wres';
import type { PlanSnapshot } from '../../storage/ports';

/** The small-number threshold from Settings: a whole number ≥ 1, else the default 5. */
function suppressionThreshold(settings: PlanSnapshot['settings']): number {
  const value = Number(settings.suppressionThreshold);
  return Number.isInteger(value) && value >= 1 ? value : DEFAULT_SUPPRESSION_THRESHOLD;
}

/** How the publication pack is suppressed, from Settings: NHS Digital's 2018 rule, or the threshold (the default). */
export function suppressionRule(settings: PlanSnapshot['settings']): SuppressionRule {
  return { method: settings.suppressionMethod === 'nhs-digital-2018' ? 'nhs-digital-2018' : 'threshold', threshold: suppressionThreshold(settings) };
}

/** The stored WRES years, newest first. */
export function wresYearsNewestFirst(snapshot: PlanSnapshot | undefined): WresInput[] {
  return (snapshot?.wresYears ?? []).map((stored) => stored.value).toSorted((a, b) => b.year - a.year);
}

/** The organisation's name: from Settings, else from the newest WRES year, else a plain word. */
export function organisationName(snapshot: PlanSnapshot | undefined): string {
  return snapshot?.settings.organisationName || wresYearsNewestFirst(snapshot)[0]?.organisation.name || 'The organisation';
}

export function actionsOf(snapshot: PlanSnapshot | undefined): Action[] {
  return (snapshot?.actions ?? []).map((stored) => stored.value);
}

/** The actions with when SharePoint created each, which "what changed since the last board" needs to list new actions. */
export function actionsWithCreation(snapshot: PlanSnapshot | undefined): ActionWithCreation[] {
  return (snapshot?.actions ?? []).map((stored) => ({ ...stored.value, createdAt: stored.createdAt }));
}

/**
 * The EDS review the report shows, by the one rule every page follows ({@link reviewToShow}): the
 * latest agreed review of the plan's framework; a newer draft is only named as in progress.
 */
export function edsReviewToShow(snapshot: PlanSnapshot | undefined): ReviewToShow {
  const reviews = (snapshot?.edsReviews ?? []).map((stored) => stored.value);
  return reviewToShow(reviews, planFramework(snapshot?.settings.edsFramework, reviews));
}

/**
 * The EDS 2022 report's sheets, when the plan follows EDS 2022: `undefined` under EDS2 (the page
 * offers no such report), an empty list while no EDS 2022 review is agreed (a draft is never
 * published as the result), else the summary and outcomes sheets of the review to show.
 */
export function eds2022ReportOf(snapshot: PlanSnapshot | undefined): ExportTable[] | undefined {
  const reviews = (snapshot?.edsReviews ?? []).map((stored) => stored.value);
  if (planFramework(snapshot?.settings.edsFramework, reviews) !== 'eds2022') return undefined;
  const { shown } = edsReviewToShow(snapshot);
  if (shown?.framework !== 'eds2022') return [];
  return eds2022ReportTables({ organisation: organisationName(snapshot), review: shown });
}

/** The chosen year and the stored year before it, of the same organisation. */
export function yearAndPrevious(years: readonly WresInput[], year: number): { current: WresInput | undefined; previous: WresInput | undefined } {
  const current = years.find((input) => input.year === year);
  const previous = current === undefined ? undefined : years.find((input) => input.year < year && input.organisation.odsCode === current.organisation.odsCode);
  return { current, previous };
}

/** The board report's sheets: indicators (with the change since the year before), actions and EDS. */
export function boardReportTables(snapshot: PlanSnapshot | undefined, year: number | undefined, today: IsoDate): ExportTable[] {
  const years = wresYearsNewestFirst(snapshot);
  const { current, previous } = year === undefined ? { current: undefined, previous: undefined } : yearAndPrevious(years, year);
  const tables: ExportTable[] = [];
  if (current !== undefined) tables.push(boardIndicatorsTable(calculateWres(current), previous === undefined ? undefined : calculateWres(previous)));
  tables.push(boardActionsTable(actionsOf(snapshot), today), boardEdsTable(edsReviewToShow(snapshot).shown));
  return tables;
}

/**
 * The publication pack: the year's WRES data with small numbers suppressed by the rule in Settings,
 * the action plan, and under EDS 2022 the report sheets of the agreed review (none while only drafts exist).
 */
export function publicationTables(
  snapshot: PlanSnapshot | undefined,
  year: number | undefined,
): { wres: ExportTable | undefined; actionPlan: ExportTable; edsReport: ExportTable[] } {
  const current = year === undefined ? undefined : wresYearsNewestFirst(snapshot).find((input) => input.year === year);
  const rule = suppressionRule(snapshot?.settings ?? {});
  return {
    wres: current === undefined ? undefined : publicationWresTable(current, rule),
    actionPlan: publicationActionsTable(actionsOf(snapshot)),
    edsReport: eds2022ReportOf(snapshot) ?? [],
  };
}

export function actionsTable(snapshot: PlanSnapshot | undefined, today: IsoDate): ExportTable {
  return actionsCsvTable(actionsOf(snapshot), today);
}

/** The review named as a board reads it, with its result: the overall rating, or how much is graded or scored. */
export function edsFacts(review: EdsReview): { name: string; result: string } {
  const name = `EDS ${review.framework === 'eds2' ? '2' : '2022'} review ${review.year}, ${review.status.toLowerCase()}`;
  if (review.framework === 'eds2') return { name, result: `${rollUpEds2(review).graded} of ${EDS2_OUTCOMES.length} outcomes graded` };
  const rollUp = rollUpEds2022(review);
  return { name, result: rollUp.overallRating ?? `${rollUp.scored} of ${EDS2022_OUTCOMES.length} outcomes scored, no overall rating yet` };
}

/** Open actions whose owners report them At risk or Off track: the summary sentence's "at risk". */
export function atRiskCount(actions: readonly Action[]): number {
  return actions.filter((action) => action.status === 'At risk' || action.status === 'Off track').length;
}
