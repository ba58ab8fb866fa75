import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { invalidBody, invalidRequest } from './graph-errors';

/** A stored columnDefinition, in Graph's JSON shape (one type facet is set). */
export interface ColumnDefinition {
  id: string;
  name: string;
  displayName: string;
  description: string;
  columnGroup: string;
  required: boolean;
  indexed: boolean;
  enforceUniqueValues: boolean;
  hidden: boolean;
  readOnly: boolean;
  text?: { allowMultipleLines: boolean; appendChangesToExistingText: boolean; linesForEditing: number; maxLength: number; textType?: TextType };
  number?: { decimalPlaces: string; displayAs: string; minimum?: number; maximum?: number };
  boolean?: Record<string, never>;
  dateTime?: { displayAs: string; format: 'dateOnly' | 'dateTime' };
  choice?: { allowTextEntry: boolean; choices: string[]; displayAs: 'checkBoxes' | 'dropDownMenu' | 'radioButtons' };
}

/** textColumn.textType: a multi-line column holds plain text or rich text (HTML). */
export type TextType = 'plain' | 'richText';

/** SharePoint's fixed id of the Title field that every genericList has. */
export const TITLE_FIELD_ID = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';

export function titleColumn(): ColumnDefinition {
  return {
    id: TITLE_FIELD_ID,
    name: 'Title',
    displayName: 'Title',
    description: '',
    columnGroup: 'Custom Columns',
    required: true,
    indexed: false,
    enforceUniqueValues: false,
    hidden: false,
    readOnly: false,
    text: { allowMultipleLines: false, appendChangesToExistingText: false, linesForEditing: 0, maxLength: 255, textType: 'plain' },
  };
}

const columnInput = z.object({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,31}$/, 'a column name is 1 to 32 letters, digits or underscores, not starting with a digit'),
  displayName: z.string().min(1).max(255).optional(),
  description: z.string().optional(),
  columnGroup: z.string().optional(),
  required: z.boolean().optional(),
  indexed: z.boolean().optional(),
  enforceUniqueValues: z.boolean().optional(),
  hidden: z.boolean().optional(),
  text: z
    .object({
      allowMultipleLines: z.boolean().optional(),
      appendChangesToExistingText: z.boolean().optional(),
      linesForEditing: z.number().int().min(0).optional(),
      maxLength: z.number().int().min(1).max(255).optional(),
      textType: z.enum(['plain', 'richText']).optional(),
    })
    .optional(),
  number: z
    .object({
      decimalPlaces: z.string().optional(),
      displayAs: z.string().optional(),
      minimum: z.number().optional(),
      maximum: z.number().optional(),
    })
    .optional(),
  boolean: z.object({}).optional(),
  dateTime: z.object({ displayAs: z.string().optional(), format: z.enum(['dateOnly', 'dateTime']).optional() }).optional(),
  choice: z
    .object({
      allowTextEntry: z.boolean().optional(),
      choices: z.array(z.string().min(1)).min(1),
      displayAs: z.enum(['checkBoxes', 'dropDownMenu', 'radioButtons']).optional(),
    })
    .optional(),
});

const FACETS = ['text', 'number', 'boolean', 'dateTime', 'choice'] as const;
const UNSUPPORTED_FACETS = [
  'calculated',
  'currency',
  'lookup',
  'personOrGroup',
  'hyperlinkOrPicture',
  'geolocation',
  'term',
  'thumbnail',
  'contentApprovalStatus',
];

/** Reads a columnDefinition from a request body, filling Graph's defaults; 400 when it is not valid. */
export function columnFromInput(input: unknown): ColumnDefinition {
  if (typeof input === 'object' && input !== null) {
    const unsupported = UNSUPPORTED_FACETS.find((facet) => facet in input);
    if (unsupported) throw invalidRequest(`The local store does not support '${unsupported}' columns.`);
  }
  const parsed = columnInput.safeParse(input);
  if (!parsed.success) throw invalidBody('Invalid column definition', parsed.error);
  const body = parsed.data;
  const facets = FACETS.filter((facet) => body[facet] !== undefined);
  if (facets.length !== 1) {
    throw invalidRequest(`Column '${body.name}' must have exactly one type facet (text, number, boolean, dateTime or choice).`);
  }
  const enforceUniqueValues = body.enforceUniqueValues ?? false;
  const column: ColumnDefinition = {
    id: randomUUID(),
    name: body.name,
    displayName: body.displayName ?? body.name,
    description: body.description ?? '',
    columnGroup: body.columnGroup ?? 'Custom Columns',
    required: body.required ?? false,
    // SharePoint only enforces unique values on an indexed column, so enforcing indexes it.
    indexed: (body.indexed ?? false) || enforceUniqueValues,
    enforceUniqueValues,
    hidden: body.hidden ?? false,
    readOnly: false,
  };
  if (body.text) {
    const multiLine = body.text.allowMultipleLines ?? false;
    column.text = {
      allowMultipleLines: multiLine,
      appendChangesToExistingText: body.text.appendChangesToExistingText ?? false,
      linesForEditing: body.text.linesForEditing ?? (multiLine ? 6 : 0),
      maxLength: body.text.maxLength ?? (multiLine ? 63999 : 255),
      // The local store's default is plain; a real tenant's may be rich text, which is why the app says plain.
      textType: body.text.textType ?? 'plain',
    };
  }
  if (body.number) {
    column.number = {
      decimalPlaces: body.number.decimalPlaces ?? 'automatic',
      displayAs: body.number.displayAs ?? 'number',
      ...(body.number.minimum === undefined ? {} : { minimum: body.number.minimum }),
      ...(body.number.maximum === undefined ? {} : { maximum: body.number.maximum }),
    };
  }
  if (body.boolean) column.boolean = {};
  if (body.dateTime) column.dateTime = { displayAs: body.dateTime.displayAs ?? 'default', format: body.dateTime.format ?? 'dateTime' };
  if (body.choice) {
    column.choice = {
      allowTextEntry: body.choice.allowTextEntry ?? false,
      choices: body.choice.choices,
      displayAs: body.choice.displayAs ?? 'dropDownMenu',
    };
  }
  return column;
}

const columnPatch = z
  .object({
    displayName: z.string().min(1).max(255).optional(),
    description: z.string().optional(),
    required: z.boolean().optional(),
    indexed: z.boolean().optional(),
    enforceUniqueValues: z.boolean().optional(),
    hidden: z.boolean().optional(),
    choice: z.object({ choices: z.array(z.string().min(1)).min(1) }).optional(),
  })
  .strict();

/** Applies a PATCH to a column: its display properties, index, requiredness, uniqueness and choices. */
export function patchColumn(column: ColumnDefinition, input: unknown): ColumnDefinition {
  const parsed = columnPatch.safeParse(input);
  if (!parsed.success) throw invalidBody('Invalid column update', parsed.error);
  const patch = parsed.data;
  if (patch.choice && !column.choice) throw invalidRequest(`Column '${column.name}' is not a choice column.`);
  const enforceUniqueValues = patch.enforceUniqueValues ?? column.enforceUniqueValues;
  const indexed = patch.indexed ?? column.indexed;
  if (enforceUniqueValues && !indexed) {
    throw invalidRequest(`Column '${column.name}' enforces unique values, so it must stay indexed.`);
  }
  return {
    ...column,
    ...(patch.displayName === undefined ? {} : { displayName: patch.displayName }),
    ...(patch.description === undefined ? {} : { description: patch.description }),
    ...(patch.required === undefined ? {} : { required: patch.required }),
    ...(patch.hidden === undefined ? {} : { hidden: patch.hidden }),
    indexed: indexed || enforceUniqueValues,
    enforceUniqueValues,
    ...(patch.choice && column.choice ? { choice: { ...column.choice, choices: patch.choice.choices } } : {}),
  };
}

export function isMultiChoice(column: ColumnDefinition): boolean {
  return column.choice?.displayAs === 'checkBoxes';
}
