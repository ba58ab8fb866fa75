import type { FieldError } from '../../domain/shared';
import {
  STAFF_GROUPS,
  WRES_INDICATORS,
  WRES_SCHEMA_VERSION,
  bandsFor,
  calculateWres,
  parseWresInput,
  type StaffGroup,
  type WresIndicatorId,
  type WresInput,
  type WresResult,
} from '../../domain/wres';

/** What the user typed, as text, keyed by the field's path in the input (e.g. `indicator2.shortlisted.white`). */
export type FormValues = Readonly<Record<string, string>>;

export interface FormField {
  key: string;
  /** The short visible label, e.g. "BME". */
  label: string;
  /** The field named in full, e.g. "Indicator 2, appointed, BME", for messages and hidden labels. */
  fullName: string;
  kind: 'count' | 'percent' | 'text' | 'year';
  /** Left blank, it counts as 0 (unknown ethnicity) or as not given. */
  optional: boolean;
}

/** A set of fields under one legend, e.g. "Shortlisted" with White, BME and Unknown. */
export interface FormFieldset {
  key: string;
  legend: string;
  fields: FormField[];
  /** Left wholly blank, the set is not given (e.g. the year before, for indicator 3). */
  optional: boolean;
  /** White, BME and Unknown counts under one key of the input, e.g. `indicator2.shortlisted`. */
  counts?: boolean;
}

export interface FormSection {
  /** "organisation" or the indicator id. */
  id: 'organisation' | WresIndicatorId;
  title: string;
  hint: string | null;
  fieldsets: FormFieldset[];
}

const GROUP_LABELS = { white: 'White', bme: 'BME', unknown: 'Unknown' } as const;
export const STAFF_GROUP_LABELS: Readonly<Record<StaffGroup, string>> = { 'non-clinical': 'Non-clinical', clinical: 'Clinical', 'medical-dental': 'Medical and dental' };

function counts(prefix: string, legend: string, owner: string, optional = false): FormFieldset {
  return {
    key: prefix,
    legend,
    optional,
    counts: true,
    fields: (['white', 'bme', 'unknown'] as const).map((group) => ({
      key: `${prefix}.${group}`,
      label: GROUP_LABELS[group],
      fullName: `${owner}, ${legend.charAt(0).toLowerCase()}${legend.slice(1)}, ${GROUP_LABELS[group]}`,
      kind: 'count',
      optional: group === 'unknown',
    })),
  };
}

function survey(id: '5' | '6' | '7' | '8'): FormSection {
  const owner = `Indicator ${id}`;
  const field = (key: string, label: string, kind: FormField['kind'], optional: boolean): FormField => ({
    key: `indicator${id}.${key}`,
    label,
    fullName: `${owner}, ${label}`,
    kind,
    optional,
  });
  return {
    id,
    title: `Indicator ${id}: ${WRES_INDICATORS[id].shortTitle}`,
    hint: 'Percentages as the NHS Staff Survey publishes them (0–100), and, if known, how many answered.',
    fieldsets: [
      { key: `indicator${id}.percent`, legend: 'Percent of respondents', optional: false, fields: [field('white', 'White %', 'percent', false), field('bme', 'BME %', 'percent', false)] },
      {
        key: `indicator${id}.respondents`,
        legend: 'Respondents',
        optional: true,
        fields: [field('whiteRespondents', 'White respondents', 'count', true), field('bmeRespondents', 'BME respondents', 'count', true)],
      },
    ],
  };
}

/** The key of one indicator 1 count: staff group, band and ethnic group. */
export function bandKey(group: StaffGroup, band: string, ethnic: 'white' | 'bme' | 'unknown'): string {
  return `indicator1.${group}.${band}.${ethnic}`;
}

function indicator1(): FormSection {
  return {
    id: '1',
    title: `Indicator 1: ${WRES_INDICATORS['1'].shortTitle}`,
    hint: 'Headcount at 31 March by staff group and pay band. Leave a band blank if no one is in it.',
    fieldsets: STAFF_GROUPS.map((group) => ({
      key: `indicator1.${group}`,
      legend: `${STAFF_GROUP_LABELS[group]} staff`,
      optional: true,
      fields: bandsFor(group).flatMap((band) =>
        (['white', 'bme', 'unknown'] as const).map((ethnic) => ({
          key: bandKey(group, band, ethnic),
          label: GROUP_LABELS[ethnic],
          fullName: `${STAFF_GROUP_LABELS[group]} ${band}, ${GROUP_LABELS[ethnic]}`,
          kind: 'count' as const,
          optional: ethnic === 'unknown',
        })),
      ),
    })),
  };
}

/** Every section of the form, in the order of the WRES template. */
export const FORM_SECTIONS: readonly FormSection[] = [
  {
    id: 'organisation',
    title: 'Organisation and year',
    hint: null,
    fieldsets: [
      {
        key: 'organisation',
        legend: 'Organisation and year',
        optional: false,
        fields: [
          { key: 'organisation.name', label: 'Organisation name', fullName: 'Organisation name', kind: 'text', optional: false },
          { key: 'organisation.odsCode', label: 'ODS code', fullName: 'ODS code', kind: 'text', optional: false },
          { key: 'year', label: 'Reporting year', fullName: 'Reporting year', kind: 'year', optional: false },
        ],
      },
    ],
  },
  indicator1(),
  {
    id: '2',
    title: `Indicator 2: ${WRES_INDICATORS['2'].shortTitle}`,
    hint: 'Applicants in the year to 31 March.',
    fieldsets: [counts('indicator2.shortlisted', 'Shortlisted', 'Indicator 2'), counts('indicator2.appointed', 'Appointed', 'Indicator 2')],
  },
  {
    id: '3',
    title: `Indicator 3: ${WRES_INDICATORS['3'].shortTitle}`,
    hint: 'Staff entering a formal disciplinary investigation, and the headcount. The year before is optional.',
    fieldsets: [
      counts('indicator3.headcount', 'Headcount', 'Indicator 3'),
      counts('indicator3.entered', 'Entered the formal disciplinary process', 'Indicator 3'),
      counts('indicator3.previousYear.headcount', 'Headcount the year before', 'Indicator 3', true),
      counts('indicator3.previousYear.entered', 'Entered the year before', 'Indicator 3', true),
    ],
  },
  {
    id: '4',
    title: `Indicator 4: ${WRES_INDICATORS['4'].shortTitle}`,
    hint: 'Staff accessing non-mandatory training and CPD, and the headcount.',
    fieldsets: [counts('indicator4.headcount', 'Headcount', 'Indicator 4'), counts('indicator4.accessed', 'Accessed training or CPD', 'Indicator 4')],
  },
  survey('5'),
  survey('6'),
  survey('7'),
  survey('8'),
  {
    id: '9',
    title: `Indicator 9: ${WRES_INDICATORS['9'].shortTitle}`,
    hint: 'Board members at 31 March. The workforce defaults to the total of indicator 1.',
    fieldsets: [
      counts('indicator9.boardVoting', 'Voting board members', 'Indicator 9'),
      counts('indicator9.boardNonVoting', 'Non-voting board members (for the whole board)', 'Indicator 9', true),
      counts('indicator9.boardExecutive', 'Executive board members', 'Indicator 9', true),
      counts('indicator9.workforce', 'Workforce', 'Indicator 9', true),
    ],
  },
];

export const ALL_FIELDS: readonly FormField[] = FORM_SECTIONS.flatMap((section) => section.fieldsets.flatMap((set) => set.fields));
const FIELD_BY_KEY = new Map(ALL_FIELDS.map((field) => [field.key, field]));

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Typed text as the value to validate: blank is left out; a number is a number; anything else stays text for the validator to name. */
function valueOf(text: string | undefined, kind: FormField['kind']): string | number | undefined {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return undefined;
  if (kind === 'text') return trimmed;
  return NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
}

const blank = (values: FormValues, fields: readonly FormField[]) => fields.every((field) => (values[field.key] ?? '').trim() === '');

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  node[keys.at(-1) as string] = value;
}

/** The input object built from the form, and which staff group and band each indicator 1 row came from. */
export interface BuiltInput {
  data: Record<string, unknown>;
  /** Row index → `group.band`, to put a row's messages back on its fields. */
  rows: string[];
}

/**
 * Builds the input the validator checks from what was typed. A section (or an optional set of
 * fields) left wholly blank is not given; a blank "Unknown" counts as 0; any other blank field in
 * a section that is given is left out, so the validator says it is required.
 */
export function buildInput(values: FormValues): BuiltInput {
  const data: Record<string, unknown> = { schemaVersion: WRES_SCHEMA_VERSION };
  const rows: string[] = [];
  for (const section of FORM_SECTIONS) {
    const fields = section.fieldsets.flatMap((set) => set.fields);
    if (section.id !== 'organisation' && blank(values, fields)) continue;
    if (section.id === '1') {
      const built: Record<string, unknown>[] = [];
      for (const group of STAFF_GROUPS) {
        for (const band of bandsFor(group)) {
          const keys = (['white', 'bme', 'unknown'] as const).map((ethnic) => bandKey(group, band, ethnic));
          if (keys.every((key) => (values[key] ?? '').trim() === '')) continue;
          const row: Record<string, unknown> = { staffGroup: group, band };
          (['white', 'bme', 'unknown'] as const).forEach((ethnic, i) => {
            const value = valueOf(values[keys[i] as string], 'count');
            if (value !== undefined) row[ethnic] = value;
          });
          rows.push(`${group}.${band}`);
          built.push(row);
        }
      }
      data.indicator1 = { rows: built };
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

function readPath(target: Record<string, unknown>, path: string): unknown {
  let node: unknown = target;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The form's text for a stored year, so it can be corrected. */
export function valuesOf(input: WresInput): Record<string, string> {
  const values: Record<string, string> = {
    'organisation.name': input.organisation.name,
    'organisation.odsCode': input.organisation.odsCode,
    year: String(input.year),
  };
  for (const row of input.indicator1?.rows ?? []) {
    for (const ethnic of ['white', 'bme', 'unknown'] as const) values[bandKey(row.staffGroup, row.band, ethnic)] = String(row[ethnic]);
  }
  for (const field of ALL_FIELDS) {
    if (field.key.startsWith('indicator1.') || field.key in values) continue;
    const value = readPath(input as unknown as Record<string, unknown>, field.key);
    if (typeof value === 'number' || typeof value === 'string') values[field.key] = String(value);
  }
  return values;
}

/** Where a validator message belongs: the field it names, by the form's keys. */
export function fieldKeyOf(path: string, rows: readonly string[]): string | null {
  const row = /^indicator1\.rows\[(\d+)\]\.(white|bme|unknown)$/.exec(path);
  if (row !== null) {
    const where = rows[Number(row[1])];
    return where === undefined ? null : `indicator1.${where}.${row[2]}`;
  }
  return FIELD_BY_KEY.has(path) ? path : null;
}

/** Rewrites field paths in a message as the names people see: "Indicator 2, appointed, BME (45) is more than …". */
export function humanMessage(message: string, rows: readonly string[]): string {
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
  const withProblems = [...broken].flatMap((name) => (/^indicator(\d)$/.exec(name)?.[1] as WresIndicatorId | undefined) ?? []);
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
