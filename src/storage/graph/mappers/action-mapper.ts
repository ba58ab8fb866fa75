import { parseAction, type Action, type NewProgressUpdate, type ProgressUpdate } from '../../../domain/plan';
import { checkWebAddress, LOCAL_LINKS, type Validated } from '../../../domain/shared';
import type { GraphListItem } from '../graph-site';
import { listSpec } from '../list-schema';
import { readChoices, readDateOnly, readOptionalText, readText, titleText, writeChoices } from './field-values';

/** Title and every column of the actions list, named once in its schema: an update saves them all. */
export const ACTION_FIELDS: readonly string[] = ['Title', ...listSpec('actions').columns.map((column) => column.name)];

/**
 * The columns read from an update. UpdatedAt, AuthorId and AuthorName are still in the list (older
 * updates filled them in) but are neither written nor read: who posted and when come from the item's
 * createdBy and createdDateTime, which SharePoint stamps and no writer can set.
 */
export const UPDATE_FIELDS = ['ActionId', 'UpdateId', 'Note', 'EvidenceUrl', 'StatusAfter'] as const;

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

/** The writer sends only its key and its note; SharePoint records who posted it and when. */
export function updateToFields(actionId: string, update: NewProgressUpdate): Record<string, unknown> {
  return {
    Title: titleText(actionId),
    ActionId: actionId,
    UpdateId: update.id,
    Note: update.note,
    EvidenceUrl: update.evidenceUrl ?? '',
    StatusAfter: update.statusAfter ?? null,
  };
}

export interface StoredUpdate {
  actionId: string;
  update: ProgressUpdate;
}

/**
 * An update as SharePoint recorded it: the author and time are the item's createdBy and
 * createdDateTime, for updates posted before this rule too (their AuthorName and UpdatedAt columns
 * are ignored). An evidence address that is not a safe link (written straight into the list) is kept
 * in the note as text, so nothing is lost and nothing unsafe becomes a link.
 */
export function updateFromItem(item: GraphListItem): StoredUpdate | undefined {
  const fields = item.fields ?? {};
  const actionId = readText(fields.ActionId);
  const written = readText(fields.Note);
  if (actionId === '' || written === '') return undefined;
  const statusAfter = readOptionalText(fields.StatusAfter);
  const evidence = readOptionalText(fields.EvidenceUrl);
  const safeEvidence = evidence !== undefined && checkWebAddress(evidence, LOCAL_LINKS).ok ? evidence : undefined;
  const note = evidence !== undefined && safeEvidence === undefined ? `${written}\n\nEvidence (not a web address, shown as text): ${evidence}` : written;
  const key = readOptionalText(fields.UpdateId);
  const author = item.createdBy?.user;
  return {
    actionId,
    update: {
      ...(key ? { id: key } : {}),
      at: item.createdDateTime ?? '',
      authorId: author?.id || 'unknown',
      authorName: author?.displayName || 'Someone',
      note,
      ...(statusAfter ? { statusAfter: statusAfter as ProgressUpdate['statusAfter'] } : {}),
      ...(safeEvidence ? { evidenceUrl: safeEvidence } : {}),
    },
  };
}
