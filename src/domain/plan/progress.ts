import { type IsoDate, londonDate } from '../shared/uk-date';
import { WRES_INDICATOR_IDS, type WresIndicatorId } from '../wres/indicator-catalogue';
import type { Action, ProgressUpdate } from './action';
import { type DueState, dueState } from './due';
import { type ActionStatus, type Rag, ragOf } from './status';

/** An action as the progress page lists it under an indicator or outcome. */
export interface ProgressAction {
  readonly id: string;
  readonly title: string;
  readonly ownerName: string;
  readonly dueDate: IsoDate;
  readonly status: ActionStatus;
  readonly rag: Rag;
  readonly due: DueState;
  /** The newest progress update (by SharePoint's time), its UK date; null when there is none. */
  readonly latestUpdate: { readonly note: string; readonly on: IsoDate } | null;
}

/** One WRES indicator with its linked actions, overdue first. */
export interface IndicatorProgress {
  readonly indicator: WresIndicatorId;
  readonly actions: readonly ProgressAction[];
}

/** One EDS outcome with its linked actions, overdue first. */
export interface OutcomeProgress {
  readonly outcome: string;
  readonly actions: readonly ProgressAction[];
}

/** Progress by indicator: all nine WRES indicators, and the EDS outcomes that have actions. */
export interface ProgressByIndicator {
  readonly wres: readonly IndicatorProgress[];
  readonly eds: readonly OutcomeProgress[];
}

export interface ProgressInput {
  readonly actions: readonly Action[];
  readonly today: IsoDate;
  /** The plan framework's EDS outcome ids in their order; actions linked to other outcomes are not listed. */
  readonly edsOutcomes: readonly string[];
}

/** The newest update by its recorded instant; ties keep the later-posted one. */
function latestUpdate(updates: readonly ProgressUpdate[]): ProgressUpdate | null {
  let latest: ProgressUpdate | null = null;
  for (const update of updates) {
    if (latest === null || Date.parse(update.at) >= Date.parse(latest.at)) latest = update;
  }
  return latest;
}

function toProgressAction(action: Action, today: IsoDate): ProgressAction {
  const update = latestUpdate(action.progressUpdates);
  return {
    id: action.id,
    title: action.title,
    ownerName: action.owner.name,
    dueDate: action.dueDate,
    status: action.status,
    rag: ragOf(action.status),
    due: dueState(action, today),
    latestUpdate: update === null ? null : { note: update.note, on: londonDate(new Date(update.at)) },
  };
}

/** Overdue before everything else, then earliest due date, then title and id so the order is stable. */
function byUrgency(a: ProgressAction, b: ProgressAction): number {
  const overdue = Number(b.due === 'overdue') - Number(a.due === 'overdue');
  if (overdue !== 0) return overdue;
  return a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

/**
 * For each WRES indicator "1".."9" (always all nine, an indicator with no actions has an empty
 * list) and each of the framework's EDS outcomes that has linked actions: those actions with owner,
 * due date, status, RAG, due state and latest update, overdue first and then by due date.
 */
export function progressByIndicator(input: ProgressInput): ProgressByIndicator {
  const listed = input.actions.map((action) => ({ action, row: toProgressAction(action, input.today) }));
  const rowsWhere = (linked: (action: Action) => boolean): ProgressAction[] =>
    listed
      .filter(({ action }) => linked(action))
      .map(({ row }) => row)
      .toSorted(byUrgency);
  return {
    wres: WRES_INDICATOR_IDS.map((indicator) => ({ indicator, actions: rowsWhere((action) => action.indicators.includes(indicator)) })),
    eds: input.edsOutcomes
      .map((outcome) => ({ outcome, actions: rowsWhere((action) => action.edsOutcomes.includes(outcome)) }))
      .filter((group) => group.actions.length > 0),
  };
}
