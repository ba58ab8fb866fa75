import { parseAction, type Action, type ProgressUpdate } from '../../../domain/plan';
import type { Validated } from '../../../domain/shared';
import type { GraphListItem } from '../graph-site';
import { readChoices, readDateOnly, readOptionalText, readText, titleText, writeChoices } from './field-values';

export const ACTION_FIELDS = [
  'Title', 'ActionId', 'Description', 'Indicators', 'EdsOutcomes', 'OwnerId', 'OwnerName', 'OwnerEmail', 'DueDate',
  'Status', 'Priority', 'MeasureOfSuccess', 'Baseline', 'Target', 'PlanYear', 'CompletedOn',
] as const;

export const UPDATE_FIELDS = ['ActionId', 'UpdatedAt', 'Note', 'EvidenceUrl', 'StatusAfter', 'AuthorId', 'AuthorName'] as const;

/** Every column of the action, so an update is a whole-record save guarded by the eTag. */
export function actionToFields(action: Action): Record<string, unknown> {
  return {
    Title: titleText(action.title),
    ActionId: action.id,
    Description: action.description,
    ...writeChoices('Indicators', action.indicators),
    ...writeChoices('EdsOutcomes', action.edsOutcomes),
    OwnerId: action.owner.id,
    OwnerName: action.owner.name,
    OwnerEmail: action.owner.email ?? '',
    DueDate: action.dueDate,
    Status: action.status,
    Priority: action.priority,
    MeasureOfSuccess: action.measureOfSuccess,
    Baseline: action.baseline,
    Target: action.target,
    PlanYear: action.planYear,
    // null clears the column when an action is reopened.
    CompletedOn: action.completedOn ?? null,
  };
}

/** Reads an action item back through the domain's validation, with its progress updates attached. */
export function actionFromItem(item: GraphListItem, updates: readonly ProgressUpdate[]): Validated<Action> {
  const fields = item.fields ?? {};
  return parseAction({
    id: readText(fields.ActionId),
    title: readText(fields.Title),
    description: readText(fields.Description),
    indicators: readChoices(fields.Indicators),
    edsOutcomes: readChoices(fields.EdsOutcomes),
    owner: { id: readText(fields.OwnerId), name: readText(fields.OwnerName), email: readOptionalText(fields.OwnerEmail) },
    dueDate: readDateOnly(fields.DueDate) ?? '',
    status: readText(fields.Status),
    priority: readText(fields.Priority),
    measureOfSuccess: readText(fields.MeasureOfSuccess),
    baseline: readText(fields.Baseline),
    target: readText(fields.Target),
    planYear: readText(fields.PlanYear),
    completedOn: readDateOnly(fields.CompletedOn),
    progressUpdates: [...updates],
  });
}

export function updateToFields(actionId: string, update: ProgressUpdate): Record<string, unknown> {
  return {
    Title: titleText(actionId),
    ActionId: actionId,
    UpdatedAt: update.at,
    Note: update.note,
    EvidenceUrl: update.evidenceUrl ?? '',
    StatusAfter: update.statusAfter ?? null,
    AuthorId: update.authorId,
    AuthorName: update.authorName,
  };
}

export interface StoredUpdate {
  actionId: string;
  update: ProgressUpdate;
}

export function updateFromItem(item: GraphListItem): StoredUpdate | undefined {
  const fields = item.fields ?? {};
  const actionId = readText(fields.ActionId);
  const note = readText(fields.Note);
  if (actionId === '' || note === '') return undefined;
  const statusAfter = readOptionalText(fields.StatusAfter);
  const evidenceUrl = readOptionalText(fields.EvidenceUrl);
  return {
    actionId,
    update: {
      at: readText(fields.UpdatedAt) || (item.createdDateTime ?? ''),
      authorId: readText(fields.AuthorId),
      authorName: readText(fields.AuthorName),
      note,
      ...(statusAfter ? { statusAfter: statusAfter as ProgressUpdate['statusAfter'] } : {}),
      ...(evidenceUrl ? { evidenceUrl } : {}),
    },
  };
}
