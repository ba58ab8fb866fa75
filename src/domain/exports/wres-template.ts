import { AFC_BANDS, MEDICAL_GRADES, STAFF_GROUPS } from '../wres/bands';
import type { GroupCounts } from '../wres/ethnicity';
import { fieldInWords, rowNamerOfFields } from '../wres/field-words';
import { WRES_SCHEMA_VERSION, type WresInput } from '../wres/input-schema';
import { at } from '../shared/checked-access';
import { type Cell, type ExportTable, neutraliseTable } from './cells';

/** One row of the year template: a field path, its value (blank in the blank template) and guidance. */
export interface TemplateRow {
  readonly field: string;
  readonly value: string | number | null;
}

/**
 * The template's header row: each field named in words first, where a person reads it, then the
 * value to fill in, the field's path (which the import reads) and guidance. Importers find the
 * Field and Value columns by this header, and also accept `field,value` files, or no header.
 */
const TEMPLATE_HEADER: readonly string[] = ['Item', 'Value', 'Field', 'Guidance'];

const GROUP_WORDS: Readonly<Record<string, string>> = { white: 'White', bme: 'BME', unknown: 'ethnicity unknown (leave blank for 0)' };

const GUIDANCE: ReadonlyArray<readonly [RegExp, (match: RegExpExecArray) => string]> = [
  [/^schemaVersion$/, () => 'Leave as 1.'],
  [/^organisation\.name$/, () => "The organisation's name."],
  [/^organisation\.odsCode$/, () => 'ODS code: 3 to 10 capital letters or digits, e.g. RXX.'],
  [/^year$/, () => 'WRES report year: the workforce at 31 March of this year, e.g. 2024.'],
  [/^indicator1\.rows\[\]\.staffGroup$/, () => 'Indicator 1: non-clinical, clinical or medical-dental.'],
  [/^indicator1\.rows\[\]\.band$/, () => 'Indicator 1: AfC band (Band 1 to Band 9, Band 8a to 8d, VSM) or, for medical-dental, the grade.'],
  [
    /^indicator1\.rows\[\]\.(white|bme|unknown)$/,
    (m) => `Indicator 1: headcount in this band at 31 March, ${GROUP_WORDS[at(m, 1)]}. Enter 0 where there is no one.`,
  ],
  [/^indicator2\.shortlisted\.(white|bme|unknown)$/, (m) => `Indicator 2: applicants shortlisted in the year, ${GROUP_WORDS[at(m, 1)]}.`],
  [
    /^indicator2\.appointed\.(white|bme|unknown)$/,
    (m) => `Indicator 2: appointed from shortlisting, ${GROUP_WORDS[at(m, 1)]}; at most the shortlisted number.`,
  ],
  [
    /^indicator3\.(previousYear\.)?headcount\.(white|bme|unknown)$/,
    (m) => `Indicator 3: headcount${m[1] === undefined ? '' : ' the year before'}, ${GROUP_WORDS[at(m, 2)]}.`,
  ],
  [
    /^indicator3\.(previousYear\.)?entered\.(white|bme|unknown)$/,
    (m) => `Indicator 3: staff entering a formal disciplinary investigation${m[1] === undefined ? '' : ' the year before'}, ${GROUP_WORDS[at(m, 2)]}.`,
  ],
  [/^indicator4\.headcount\.(white|bme|unknown)$/, (m) => `Indicator 4: headcount, ${GROUP_WORDS[at(m, 1)]}.`],
  [/^indicator4\.accessed\.(white|bme|unknown)$/, (m) => `Indicator 4: staff accessing non-mandatory training or CPD, ${GROUP_WORDS[at(m, 1)]}.`],
  [/^indicator([5-8])\.(white|bme)$/, (m) => `Indicator ${at(m, 1)} (Staff Survey): percent of ${GROUP_WORDS[at(m, 2)]} respondents, 0 to 100.`],
  [/^indicator([5-8])\.(white|bme)Respondents$/, (m) => `Indicator ${at(m, 1)} (Staff Survey): number of ${GROUP_WORDS[at(m, 2)]} respondents (optional).`],
  [/^indicator9\.boardVoting\.(white|bme|unknown)$/, (m) => `Indicator 9: voting board members, ${GROUP_WORDS[at(m, 1)]}.`],
  [
    /^indicator9\.boardNonVoting\.(white|bme|unknown)$/,
    (m) =>
      `Indicator 9: non-voting board members, ${GROUP_WORDS[at(m, 1)]} (optional; with the voting members it makes the whole board, compared with England's all-board figure).`,
  ],
  [/^indicator9\.boardExecutive\.(white|bme|unknown)$/, (m) => `Indicator 9: executive board members, ${GROUP_WORDS[at(m, 1)]} (optional).`],
  [
    /^indicator9\.workforce\.(white|bme|unknown)$/,
    (m) => `Indicator 9: workforce, ${GROUP_WORDS[at(m, 1)]} (optional; the total of indicator 1 is used when blank).`,
  ],
];

/** Guidance for a field path of the template (list indexes ignored); empty for a path it does not know. */
export function templateGuidance(field: string): string {
  const general = field.replace(/\[\d+\]/g, '[]');
  for (const [pattern, text] of GUIDANCE) {
    const match = pattern.exec(general);
    if (match !== null) return text(match);
  }
  return '';
}

function groupRows(prefix: string, counts: GroupCounts | undefined, blank: boolean): TemplateRow[] {
  if (counts === undefined && !blank) return [];
  return (['white', 'bme', 'unknown'] as const).map((key) => ({ field: `${prefix}.${key}`, value: counts === undefined ? null : counts[key] }));
}

function surveyRows(id: 5 | 6 | 7 | 8, survey: WresInput['indicator5'], blank: boolean): TemplateRow[] {
  if (survey === undefined && !blank) return [];
  const rows: TemplateRow[] = [
    { field: `indicator${id}.white`, value: survey?.white ?? null },
    { field: `indicator${id}.bme`, value: survey?.bme ?? null },
  ];
  for (const key of ['whiteRespondents', 'bmeRespondents'] as const) {
    const value = survey?.[key];
    if (value !== undefined || blank) rows.push({ field: `indicator${id}.${key}`, value: value ?? null });
  }
  return rows;
}

function rowsOf(input: WresInput | undefined): TemplateRow[] {
  const blank = input === undefined;
  const rows: TemplateRow[] = [
    { field: 'schemaVersion', value: WRES_SCHEMA_VERSION },
    { field: 'organisation.name', value: input?.organisation.name ?? null },
    { field: 'organisation.odsCode', value: input?.organisation.odsCode ?? null },
    { field: 'year', value: input?.year ?? null },
  ];
  const bandRows =
    input?.indicator1?.rows ??
    (blank ? STAFF_GROUPS.flatMap((staffGroup) => (staffGroup === 'medical-dental' ? MEDICAL_GRADES : AFC_BANDS).map((band) => ({ staffGroup, band }))) : []);
  bandRows.forEach((row, i) => {
    rows.push({ field: `indicator1.rows[${i}].staffGroup`, value: row.staffGroup }, { field: `indicator1.rows[${i}].band`, value: row.band });
    rows.push(...groupRows(`indicator1.rows[${i}]`, 'white' in row ? row : undefined, true));
  });
  const i2 = input?.indicator2;
  if (i2 !== undefined || blank)
    rows.push(...groupRows('indicator2.shortlisted', i2?.shortlisted, true), ...groupRows('indicator2.appointed', i2?.appointed, true));
  const i3 = input?.indicator3;
  if (i3 !== undefined || blank) {
    rows.push(...groupRows('indicator3.headcount', i3?.headcount, true), ...groupRows('indicator3.entered', i3?.entered, true));
    rows.push(
      ...groupRows('indicator3.previousYear.headcount', i3?.previousYear?.headcount, blank),
      ...groupRows('indicator3.previousYear.entered', i3?.previousYear?.entered, blank),
    );
  }
  const i4 = input?.indicator4;
  if (i4 !== undefined || blank) rows.push(...groupRows('indicator4.headcount', i4?.headcount, true), ...groupRows('indicator4.accessed', i4?.accessed, true));
  for (const id of [5, 6, 7, 8] as const) rows.push(...surveyRows(id, input?.[`indicator${id}`], blank));
  const i9 = input?.indicator9;
  if (i9 !== undefined || blank) {
    rows.push(...groupRows('indicator9.boardVoting', i9?.boardVoting, true));
    rows.push(...groupRows('indicator9.boardNonVoting', i9?.boardNonVoting, blank));
    rows.push(...groupRows('indicator9.boardExecutive', i9?.boardExecutive, blank), ...groupRows('indicator9.workforce', i9?.workforce, blank));
  }
  return rows;
}

/**
 * One year's input as `field,value` rows, in the field paths and order of
 * `docs/wres-input.example.csv`: exactly the inverse of `fieldRowsToObject` followed by
 * `parseWresInput`, so importing these rows gives back an identical `WresInput`. Every group
 * count is written, including `unknown` (0 when it defaulted); optional parts (indicator 3's
 * previous year, survey respondents, executive board, workforce) only when given.
 */
export function wresInputToTemplateRows(input: WresInput): TemplateRow[] {
  return rowsOf(input);
}

/**
 * The blank template: every field of every indicator with no value, except `schemaVersion` (1)
 * and each indicator 1 row's staff group and band, one row per band of each staff group.
 */
export function blankTemplateRows(): TemplateRow[] {
  return rowsOf(undefined);
}

/**
 * Template rows as a table with the header, each field in words ("Indicator 1, Clinical Band 5,
 * White") and guidance, neutralised for a spreadsheet.
 */
export function templateTable(rows: readonly TemplateRow[], name: string): ExportTable {
  const rowName = rowNamerOfFields(rows.map((row) => ({ field: row.field, value: row.value === null ? '' : String(row.value) })));
  const body: Cell[][] = rows.map((row) => [fieldInWords(row.field, rowName), row.value, row.field, templateGuidance(row.field)]);
  return neutraliseTable({ name, rows: [[...TEMPLATE_HEADER], ...body] });
}
