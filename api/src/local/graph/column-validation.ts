import { type ColumnDefinition, isMultiChoice } from './column-definitions';
import { invalidRequest, isoSeconds } from './graph-errors';

/** A stored field value: text, number, boolean, ISO date text, or the values of a multi-choice. */
export type FieldValue = string | number | boolean | string[] | null;
export type FieldValues = Record<string, FieldValue>;

/** Fields SharePoint keeps itself; a write naming one is refused. */
export const READ_ONLY_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'ID',
  'Created',
  'Modified',
  'Author',
  'Editor',
  'AuthorLookupId',
  'EditorLookupId',
  'ContentType',
  '_UIVersionString',
  'Attachments',
  'Edit',
  'LinkTitle',
  'LinkTitleNoMenu',
  'DocIcon',
  'ItemChildCount',
  'FolderChildCount',
]);

const COLLECTION_OF_STRINGS = 'Collection(Edm.String)';

/** `YYYY-MM-DD` of a real calendar date. */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(text);
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The stored form of a dateTime value (`YYYY-MM-DDTHH:mm:ssZ`), or undefined when it is not ISO 8601. */
export function normaliseDateTime(value: string, format: 'dateOnly' | 'dateTime'): string | undefined {
  if (isCalendarDate(value)) return `${value}T00:00:00Z`;
  const match = ISO_DATE_TIME.exec(value);
  if (!match?.[1] || !isCalendarDate(match[1])) return undefined;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return undefined;
  const iso = isoSeconds(parsed);
  if (format === 'dateOnly' && !iso.endsWith('T00:00:00Z')) return undefined;
  return iso;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

function validateValue(column: ColumnDefinition, value: unknown, annotation: string | undefined): FieldValue {
  const field = column.name;
  if (value === null) {
    if (column.required) throw invalidRequest(`Field '${field}' is required and cannot be empty.`);
    return null;
  }
  if (column.text) {
    if (typeof value !== 'string') throw invalidRequest(`Field '${field}' must be text; ${describe(value)} is not.`);
    if (value.length > column.text.maxLength) {
      throw invalidRequest(`Field '${field}' is ${value.length} characters long; its maximum length is ${column.text.maxLength}.`);
    }
    if (!column.text.allowMultipleLines && /[\r\n]/.test(value)) {
      throw invalidRequest(`Field '${field}' is a single line of text and cannot contain line breaks.`);
    }
    if (column.required && value.trim() === '') throw invalidRequest(`Field '${field}' is required and cannot be empty.`);
    return value;
  }
  if (column.number) {
    const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
    if (!Number.isFinite(number)) throw invalidRequest(`Field '${field}' must be a number; ${describe(value)} is not.`);
    if (column.number.minimum !== undefined && number < column.number.minimum) {
      throw invalidRequest(`Field '${field}' must be at least ${column.number.minimum}; ${number} is not.`);
    }
    if (column.number.maximum !== undefined && number > column.number.maximum) {
      throw invalidRequest(`Field '${field}' must be at most ${column.number.maximum}; ${number} is not.`);
    }
    return number;
  }
  if (column.boolean) {
    if (typeof value !== 'boolean') throw invalidRequest(`Field '${field}' must be true or false; ${describe(value)} is not.`);
    return value;
  }
  if (column.dateTime) {
    const format = column.dateTime.format;
    const normalised = typeof value === 'string' ? normaliseDateTime(value, format) : undefined;
    if (normalised === undefined) {
      const expected = format === 'dateOnly' ? 'a date (YYYY-MM-DD, or an ISO 8601 date and time at midnight)' : 'an ISO 8601 date and time';
      throw invalidRequest(`Field '${field}' must be ${expected}; ${describe(value)} is not.`);
    }
    return normalised;
  }
  if (column.choice) {
    const { choices, allowTextEntry } = column.choice;
    const check = (choice: unknown): string => {
      if (typeof choice !== 'string') throw invalidRequest(`Field '${field}' takes text choices; ${describe(choice)} is not.`);
      if (!allowTextEntry && !choices.includes(choice)) {
        throw invalidRequest(`Field '${field}' does not accept the value '${choice}': it is not one of the column's choices.`);
      }
      return choice;
    };
    if (isMultiChoice(column)) {
      if (!Array.isArray(value)) {
        throw invalidRequest(`Field '${field}' allows several choices, so its value must be an array of strings.`);
      }
      if (annotation !== COLLECTION_OF_STRINGS) {
        throw invalidRequest(
          `A value without a type name was found and no expected type is available for field '${field}'. Send '${field}@odata.type': '${COLLECTION_OF_STRINGS}' with the array.`,
        );
      }
      const values = value.map(check);
      if (column.required && values.length === 0) throw invalidRequest(`Field '${field}' is required and cannot be empty.`);
      return values;
    }
    if (Array.isArray(value)) throw invalidRequest(`Field '${field}' allows one choice only; an array was given.`);
    return check(value);
  }
  throw invalidRequest(`Field '${field}' has an unknown type.`);
}

/**
 * Checks a fieldValueSet against the list's columns as SharePoint does, and returns it in its
 * stored form. On create, every required column must be present.
 */
export function validateFieldValues(columns: readonly ColumnDefinition[], input: unknown, mode: 'create' | 'update'): FieldValues {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidRequest('The fields must be a JSON object of column names and values.');
  }
  const entries = Object.entries(input as Record<string, unknown>);
  const annotations = new Map<string, string>();
  for (const [key, value] of entries) {
    const at = key.indexOf('@');
    if (at > 0 && key.slice(at) === '@odata.type' && typeof value === 'string') annotations.set(key.slice(0, at), value);
  }
  const byName = new Map(columns.map((column) => [column.name, column]));
  const result: FieldValues = {};
  for (const [key, value] of entries) {
    if (key.includes('@')) continue;
    if (READ_ONLY_FIELDS.has(key)) throw invalidRequest(`Field '${key}' is read-only.`);
    const column = byName.get(key);
    if (!column) throw invalidRequest(`Field '${key}' is not recognized`);
    result[key] = validateValue(column, value, annotations.get(key));
  }
  if (mode === 'create') {
    for (const column of columns) {
      if (column.required && (result[column.name] === undefined || result[column.name] === null)) {
        throw invalidRequest(`Field '${column.name}' is required.`);
      }
    }
  }
  return result;
}
