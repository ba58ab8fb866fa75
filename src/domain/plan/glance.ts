import type { WresResult } from '../wres/calculate';
import { headlineFigure } from '../wres/headline-measures';
import { WRES_INDICATOR_IDS, type WresIndicatorId } from '../wres/indicator-catalogue';
import type { ActionSummaries } from './summaries';

/** The plan at a glance: the figures a board asks about first. */
export interface PlanGlance {
  /** The WRES year the indicators are read from; null when none is stored. */
  readonly wresYear: number | null;
  /** The indicators whose headline verdict that year is adverse, in indicator order. */
  readonly adverse: readonly WresIndicatorId[];
  /** The plan year the action figures are for, e.g. "2026/27". */
  readonly planYear: string;
  /** Actions not completed and past their due date. */
  readonly overdue: number;
  /** Actions At risk or Off track: the amber and red ones, as the Actions list's "at risk" filter counts them. */
  readonly atRisk: number;
  /** Actions completed within the plan year. */
  readonly completedThisPlanYear: number;
}

/**
 * The plan at a glance, from the rules the pages use: each indicator's verdict is its headline
 * figure's (as on its card), and the action figures are the board's counts from
 * {@link summariseActions}.
 */
export function planGlance(result: WresResult | null, summaries: ActionSummaries): PlanGlance {
  const board = summaries.board;
  return {
    wresYear: result?.year ?? null,
    adverse: result === null ? [] : WRES_INDICATOR_IDS.filter((id) => headlineFigure(result, id)?.verdict === 'adverse'),
    planYear: summaries.planYear,
    overdue: board.overdue,
    atRisk: board.byStatus['At risk'] + board.byStatus['Off track'],
    completedThisPlanYear: board.completedThisPlanYear,
  };
}
