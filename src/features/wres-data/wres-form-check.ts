/**
 * Checking the WRES entry form: the domain's rules run on what was typed, each message put on the
 * field it names in words people read, and the results worked out for every indicator that can be.
 */
import type { FieldError } from '../../domain/shared';
import {
  WRES_INDICATOR_IDS,
  WRES_SCHEMA_VERSION,
  calculateWres,
  parseWresInput,
  type WresIndicatorId,
  type WresInput,
  type WresResult,
} from '../../domain/wres';
import { ALL_FIELDS, FIELD_BY_KEY, type FormValues } from './wres-form-sections';
import { buildInput } from './wres-form-values';

/** Where a validator message belongs: the field it names, by the form's keys. */
function fieldKeyOf(path: string, rows: readonly string[]): string | null {
  const row = /^indicator1\.rows\[(\d+)\]\.(white|bme|unknown)$/.exec(path);
  if (row !== null) {
    const where = rows[Number(row[1])];
    return where === undefined ? null : `indicator1.${where}.${row[2]}`;
  }
  return FIELD_BY_KEY.has(path) ? path : null;
}

/** Rewrites field paths in a message as the names people see: "Indicator 2, appointed, BME (45) is more than …". */
function humanMessage(message: string, rows: readonly string[]): string {
  return message.replace(/indicator\d(\.rows\[\d+\]|\.[A-Za-z]+)+|organisation\.(name|odsCode)|^year\b/g, (path) => {
    const key = fieldKeyOf(path, rows);
    const field = key === null ? undefined : FIELD_BY_KEY.get(key);
    return field === undefined ? path : field.fullName;
  });
}

export interface FormCheck {
  /** The valid input, when there is nothing to fix. */
  input: WresInput | null;
  /** Messages by field key. */
  byField: Record<string, string[]>;
  /** Messages that name no single field. */
  general: string[];
  count: number;
  /** The results of every indicator whose own figures are valid, for the live preview. */
  preview: WresResult | null;
  /** Indicators with something to fix. */
  withProblems: WresIndicatorId[];
}

const isIndicatorId = (id: string | undefined): id is WresIndicatorId => WRES_INDICATOR_IDS.some((known) => known === id);

function sectionOf(path: string): string {
  return path.split(/[.[]/)[0] ?? path;
}

/** Validates what was typed with the domain's rules, puts each message on its field, and works out what it can. */
export function checkForm(values: FormValues): FormCheck {
  const { data, rows } = buildInput(values);
  const parsed = parseWresInput(data);
  if (parsed.ok) return { input: parsed.value, byField: {}, general: [], count: 0, preview: calculateWres(parsed.value), withProblems: [] };
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  for (const error of parsed.errors) place(error, rows, byField, general);
  const broken = new Set(parsed.errors.map((error) => sectionOf(error.path)));
  const withProblems = [...broken].flatMap((name) => {
    const id = /^indicator(\d)$/.exec(name)?.[1];
    return isIndicatorId(id) ? [id] : [];
  });
  // Work out what can be: the indicators that are fine, under a stand-in organisation if its own fields are not.
  const previewData: Record<string, unknown> = { ...data };
  for (const name of broken) delete previewData[name];
  if (broken.has('organisation') || broken.has('year') || broken.has('(input)')) {
    previewData.organisation = { name: 'Preview', odsCode: 'PREVIEW' };
    previewData.year = 2024;
    previewData.schemaVersion = WRES_SCHEMA_VERSION;
  }
  const partial = parseWresInput(previewData);
  return { input: null, byField, general, count: parsed.errors.length, preview: partial.ok ? calculateWres(partial.value) : null, withProblems };
}

function place(error: FieldError, rows: readonly string[], byField: Record<string, string[]>, general: string[]): void {
  const message = humanMessage(error.message, rows);
  const key = fieldKeyOf(error.path, rows);
  if (key === null) general.push(message);
  else byField[key] = [...(byField[key] ?? []), message];
}

/** The fields whose values differ between two versions of the form, named in full. */
export function differences(mine: FormValues, theirs: FormValues): { name: string; mine: string; theirs: string }[] {
  return ALL_FIELDS.flatMap((field) => {
    const a = (mine[field.key] ?? '').trim();
    const b = (theirs[field.key] ?? '').trim();
    return a === b ? [] : [{ name: field.fullName, mine: a === '' ? 'blank' : a, theirs: b === '' ? 'blank' : b }];
  });
}
