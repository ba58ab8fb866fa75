/**
 * Conversion between what was typed in the WRES entry form (text by field key) and the input
 * object the domain validates, both ways.
 */
import { STAFF_GROUPS, WRES_SCHEMA_VERSION, bandsFor, type WresInput } from '../../domain/wres';
import { ALL_FIELDS, ETHNIC_GROUPS, FORM_SECTIONS, bandKey, type FormField, type FormValues } from './wres-form-sections';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Typed text as the value to validate: blank is left out; a number is a number; anything else stays text for the validator to name. */
function valueOf(text: string | undefined, kind: FormField['kind']): string | number | undefined {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return undefined;
  if (kind === 'text') return trimmed;
  return NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
}

const blank = (values: FormValues, fields: readonly FormField[]) => fields.every((field) => (values[field.key] ?? '').trim() === '');

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() ?? path;
  let node = target;
  for (const key of keys) {
    const next = node[key];
    if (isObject(next)) node = next;
    else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  node[last] = value;
}

function readPath(target: unknown, path: string): unknown {
  let node = target;
  for (const key of path.split('.')) {
    if (!isObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** The input object built from the form, and which staff group and band each indicator 1 row came from. */
export interface BuiltInput {
  data: Record<string, unknown>;
  /** Row index → `group.band`, to put a row's messages back on its fields. */
  rows: string[];
}

/** Indicator 1's rows: one per band with anything typed, and where each came from. */
function indicator1Rows(values: FormValues): { built: Record<string, unknown>[]; rows: string[] } {
  const built: Record<string, unknown>[] = [];
  const rows: string[] = [];
  for (const group of STAFF_GROUPS) {
    for (const band of bandsFor(group)) {
      if (ETHNIC_GROUPS.every((ethnic) => (values[bandKey(group, band, ethnic)] ?? '').trim() === '')) continue;
      const row: Record<string, unknown> = { staffGroup: group, band };
      for (const ethnic of ETHNIC_GROUPS) {
        const value = valueOf(values[bandKey(group, band, ethnic)], 'count');
        if (value !== undefined) row[ethnic] = value;
      }
      rows.push(`${group}.${band}`);
      built.push(row);
    }
  }
  return { built, rows };
}

/**
 * Builds the input the validator checks from what was typed. A section (or an optional set of
 * fields) left wholly blank is not given; a blank "Unknown" counts as 0; any other blank field in
 * a section that is given is left out, so the validator says it is required.
 */
export function buildInput(values: FormValues): BuiltInput {
  const data: Record<string, unknown> = { schemaVersion: WRES_SCHEMA_VERSION };
  let rows: string[] = [];
  for (const section of FORM_SECTIONS) {
    const fields = section.fieldsets.flatMap((set) => set.fields);
    if (section.id !== 'organisation' && blank(values, fields)) continue;
    if (section.id === '1') {
      const indicator1 = indicator1Rows(values);
      rows = indicator1.rows;
      data.indicator1 = { rows: indicator1.built };
      continue;
    }
    if (section.id !== 'organisation') setPath(data, `indicator${section.id}`, {});
    for (const set of section.fieldsets) {
      if (set.optional && blank(values, set.fields)) continue;
      // A set of counts is an object of its own, given even when its fields are blank, so each is named as required.
      if (set.counts) setPath(data, set.key, {});
      for (const field of set.fields) {
        const value = valueOf(values[field.key], field.kind);
        if (value !== undefined) setPath(data, field.key, value);
      }
    }
  }
  return { data, rows };
}

/** The form's text for a stored year, so it can be corrected. */
export function valuesOf(input: WresInput): Record<string, string> {
  const values: Record<string, string> = {
    'organisation.name': input.organisation.name,
    'organisation.odsCode': input.organisation.odsCode,
    year: String(input.year),
  };
  for (const row of input.indicator1?.rows ?? []) {
    for (const ethnic of ETHNIC_GROUPS) values[bandKey(row.staffGroup, row.band, ethnic)] = String(row[ethnic]);
  }
  for (const field of ALL_FIELDS) {
    if (field.key.startsWith('indicator1.') || field.key in values) continue;
    const value = readPath(input, field.key);
    if (typeof value === 'number' || typeof value === 'string') values[field.key] = String(value);
  }
  return values;
}
