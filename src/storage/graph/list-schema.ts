import { EDS2_OUTCOMES } from '../../domain/eds/eds2';
import { EDS2022_OUTCOMES } from '../../domain/eds/eds2022';
import { REVIEW_STATUSES } from '../../domain/eds/review';
import { ACTION_PRIORITIES, ACTION_STATUSES } from '../../domain/plan';
import { WRES_INDICATOR_IDS } from '../../domain/wres';

/** Raised whenever a list or column is added, so older plans are brought up to date. */
export const SCHEMA_VERSION = 3;

export type ColumnSpec =
  | { name: string; kind: 'text'; multiline?: boolean; indexed?: boolean; unique?: boolean }
  | { name: string; kind: 'number'; indexed?: boolean }
  | { name: string; kind: 'boolean' }
  | { name: string; kind: 'date'; indexed?: boolean }
  | { name: string; kind: 'dateTime' }
  | { name: string; kind: 'choice'; choices: readonly string[]; multi?: boolean; indexed?: boolean };

export type ListKey = 'settings' | 'wresResults' | 'actions' | 'actionUpdates' | 'edsReviews' | 'edsGrades';

export interface ListSpec<K extends string = ListKey> {
  key: K;
  /**
   * Prefixed where a generic name ("Actions", "Settings") could already exist on a busy team site;
   * the app finds its lists by these names.
   */
  displayName: string;
  description: string;
  columns: readonly ColumnSpec[];
}

const EDS_OUTCOME_IDS = [...EDS2_OUTCOMES, ...EDS2022_OUTCOMES].map((outcome) => outcome.id);

/**
 * Every list and column the plan uses. People are stored as Entra object id, name and email in
 * text columns, because Graph cannot reliably write person columns. Columns used in `$filter`
 * are indexed, since SharePoint refuses filters on unindexed columns in large lists.
 */
export const LIST_SCHEMA: readonly ListSpec[] = [
  {
    key: 'settings',
    displayName: 'Race Equality Settings',
    description: 'Organisation settings for the race equality plan: one item per key.',
    columns: [
      { name: 'Key', kind: 'text', indexed: true, unique: true },
      { name: 'Value', kind: 'text', multiline: true },
    ],
  },
  {
    key: 'wresResults',
    displayName: 'WRES Results',
    description: 'WRES counts and results: one item per organisation and reporting year.',
    columns: [
      { name: 'Year', kind: 'number', indexed: true },
      { name: 'OrgCode', kind: 'text', indexed: true },
      { name: 'InputVersion', kind: 'number' },
      { name: 'Input', kind: 'text', multiline: true },
      // Summary columns duplicate the calculation for SharePoint views and Power BI; Input is the source.
      { name: 'I2', kind: 'number' },
      { name: 'I3', kind: 'number' },
      { name: 'I4', kind: 'number' },
      { name: 'I5White', kind: 'number' },
      { name: 'I5Bme', kind: 'number' },
      { name: 'I6White', kind: 'number' },
      { name: 'I6Bme', kind: 'number' },
      { name: 'I7White', kind: 'number' },
      { name: 'I7Bme', kind: 'number' },
      { name: 'I8White', kind: 'number' },
      { name: 'I8Bme', kind: 'number' },
      { name: 'I9Gap', kind: 'number' },
    ],
  },
  {
    key: 'actions',
    displayName: 'Race Equality Actions',
    description: 'The race equality action plan: one item per action.',
    columns: [
      { name: 'ActionId', kind: 'text', indexed: true, unique: true },
      { name: 'Description', kind: 'text', multiline: true },
      { name: 'Indicators', kind: 'choice', choices: WRES_INDICATOR_IDS, multi: true },
      { name: 'EdsOutcomes', kind: 'choice', choices: EDS_OUTCOME_IDS, multi: true },
      { name: 'OwnerId', kind: 'text', indexed: true },
      { name: 'OwnerName', kind: 'text' },
      { name: 'OwnerEmail', kind: 'text' },
      { name: 'DueDate', kind: 'date', indexed: true },
      { name: 'Status', kind: 'choice', choices: ACTION_STATUSES, indexed: true },
      { name: 'Priority', kind: 'choice', choices: ACTION_PRIORITIES },
      { name: 'MeasureOfSuccess', kind: 'text', multiline: true },
      { name: 'Baseline', kind: 'text', multiline: true },
      { name: 'Target', kind: 'text', multiline: true },
      { name: 'PlanYear', kind: 'text', indexed: true },
      { name: 'CompletedOn', kind: 'date' },
    ],
  },
  {
    key: 'actionUpdates',
    displayName: 'Race Equality Action Updates',
    description: 'Progress updates on actions. Append only: updates are never edited.',
    columns: [
      { name: 'ActionId', kind: 'text', indexed: true },
      // The writer's key for the update (version 2): a retried post finds the first copy.
      { name: 'UpdateId', kind: 'text', indexed: true, unique: true },
      // UpdatedAt, AuthorId and AuthorName are kept for older updates but no longer written or trusted.
      { name: 'UpdatedAt', kind: 'dateTime' },
      { name: 'Note', kind: 'text', multiline: true },
      { name: 'EvidenceUrl', kind: 'text', multiline: true },
      { name: 'StatusAfter', kind: 'choice', choices: ACTION_STATUSES },
      { name: 'AuthorId', kind: 'text' },
      { name: 'AuthorName', kind: 'text' },
    ],
  },
  {
    key: 'edsReviews',
    displayName: 'EDS Reviews',
    description: 'Equality Delivery System reviews: one item per review.',
    columns: [
      { name: 'ReviewId', kind: 'text', indexed: true, unique: true },
      { name: 'Framework', kind: 'choice', choices: ['eds2', 'eds2022'] },
      { name: 'Year', kind: 'number', indexed: true },
      { name: 'ReviewDate', kind: 'date' },
      { name: 'ReviewStatus', kind: 'choice', choices: REVIEW_STATUSES },
      // Partners, groups and domain ratings are small structured values, kept as JSON.
      { name: 'Partners', kind: 'text', multiline: true },
      { name: 'Characteristics', kind: 'text', multiline: true },
      { name: 'OtherGroups', kind: 'text', multiline: true },
      { name: 'DomainRatings', kind: 'text', multiline: true },
      // Version 3: EDS 2022 Domain 1's services, and the review's status changes with their reasons (JSON).
      // Items saved before these columns existed read with the fields absent.
      { name: 'ServicesReviewed', kind: 'text', multiline: true },
      { name: 'History', kind: 'text', multiline: true },
    ],
  },
  {
    key: 'edsGrades',
    displayName: 'EDS Grades',
    description: 'The grade or score of each outcome in an EDS review.',
    columns: [
      { name: 'ReviewId', kind: 'text', indexed: true },
      { name: 'OutcomeId', kind: 'text' },
      { name: 'Grade', kind: 'text' },
      { name: 'Score', kind: 'number' },
      { name: 'Evidence', kind: 'text', multiline: true },
      { name: 'AgreedBy', kind: 'text', multiline: true },
    ],
  },
];

export function listSpec(key: ListKey): ListSpec {
  const spec = LIST_SCHEMA.find((list) => list.key === key);
  if (!spec) throw new Error(`No list is declared for ${key}`);
  return spec;
}

/** The Graph `columnDefinition` that creates the column. */
export function columnDefinition(column: ColumnSpec): Record<string, unknown> {
  const base = { name: column.name, displayName: column.name };
  switch (column.kind) {
    case 'text':
      return {
        ...base,
        indexed: column.indexed ?? false,
        enforceUniqueValues: column.unique ?? false,
        // Plain text, said outright: a tenant whose default is rich text would wrap the stored JSON in HTML.
        text: column.multiline ? { allowMultipleLines: true, textType: 'plain' } : { maxLength: 255 },
      };
    case 'number':
      return { ...base, indexed: column.indexed ?? false, number: {} };
    case 'boolean':
      return { ...base, boolean: {} };
    case 'date':
      return { ...base, indexed: column.indexed ?? false, dateTime: { format: 'dateOnly' } };
    case 'dateTime':
      return { ...base, dateTime: { format: 'dateTime' } };
    case 'choice':
      return {
        ...base,
        indexed: column.indexed ?? false,
        choice: { choices: [...column.choices], allowTextEntry: false, displayAs: column.multi ? 'checkBoxes' : 'dropDownMenu' },
      };
  }
}

export function isIndexed(column: ColumnSpec): boolean {
  return 'indexed' in column && column.indexed === true;
}
