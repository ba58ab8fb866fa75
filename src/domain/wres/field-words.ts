import { ETHNIC_GROUP_LABELS } from './ethnicity';

/**
 * Names an indicator 1 row by its staff group and band ("Clinical Band 5"), when the file says
 * them; undefined when it does not, and the row is then named by its number.
 */
export type RowNamer = (index: number) => string | undefined;

const NO_ROW_NAMES: RowNamer = () => undefined;

const TOP_WORDS: Readonly<Record<string, string>> = {
  schemaVersion: 'Schema version',
  organisation: 'Organisation',
  year: 'Report year',
  '(input)': 'The file',
};

const ORGANISATION_WORDS: Readonly<Record<string, string>> = { name: 'Organisation name', odsCode: 'ODS code' };

/** The parts of an indicator, in the words the WRES template uses. */
const PART_WORDS: Readonly<Record<string, string>> = {
  ...ETHNIC_GROUP_LABELS,
  rows: 'pay bands',
  staffGroup: 'staff group',
  band: 'band',
  shortlisted: 'Shortlisted',
  appointed: 'Appointed',
  headcount: 'Headcount',
  entered: 'Entered the formal disciplinary process',
  previousYear: 'Year before',
  accessed: 'Accessed non-mandatory training or CPD',
  whiteRespondents: 'White respondents',
  bmeRespondents: 'BME respondents',
  boardVoting: 'Voting board members',
  boardNonVoting: 'Non-voting board members',
  boardExecutive: 'Executive board members',
  workforce: 'Workforce',
};

const STAFF_GROUP_WORDS: Readonly<Record<string, string>> = {
  'non-clinical': 'Non-clinical',
  clinical: 'Clinical',
  'medical-dental': 'Medical and dental',
};

/** Splits `indicator1.rows[2].white` into `indicator1`, `rows`, 2, `white`. */
function keysOf(path: string): (string | number)[] {
  return path
    .split(/\.|(?=\[)/)
    .filter((part) => part !== '')
    .map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : /^\d+$/.test(part) ? Number(part) : part));
}

/** One part of a path in words: a known part by its name, a row by its staff group and band (or number), anything else as given. */
function partWords(key: string | number, rowName: RowNamer): string {
  if (typeof key === 'number') return rowName(key) ?? `row ${key + 1}`;
  return PART_WORDS[key] ?? JSON.stringify(key);
}

/**
 * A field path of the WRES input in the words a person filling in the template knows, e.g.
 * `indicator1.rows[3].white` → "Indicator 1, Non-clinical Band 5, White" (or "Indicator 1, row 4,
 * White" when the row's staff group and band are not known), `indicator2.appointed.bme` →
 * "Indicator 2, Appointed, BME", `organisation.odsCode` → "ODS code". A part the input does not
 * have is quoted as it was written; a path that names no field at all is quoted whole.
 */
export function fieldInWords(path: string, rowName: RowNamer = NO_ROW_NAMES): string {
  const [top, ...rest] = keysOf(path.trim());
  const indicator = typeof top === 'string' ? /^indicator([1-9])$/.exec(top)?.[1] : undefined;
  if (indicator !== undefined) {
    // The row's own name stands for "pay bands": "Indicator 1, Clinical Band 5", not "Indicator 1, pay bands, Clinical Band 5".
    const parts = rest.filter((key, i) => !(key === 'rows' && typeof rest[i + 1] === 'number'));
    return [`Indicator ${indicator}`, ...parts.map((key) => partWords(key, rowName))].join(', ');
  }
  if (top === 'organisation' && rest.length === 1) {
    const words = ORGANISATION_WORDS[String(rest[0])];
    if (words !== undefined) return words;
  }
  const words = typeof top === 'string' ? TOP_WORDS[top] : undefined;
  if (words === undefined) return JSON.stringify(path);
  return [words, ...rest.map((key) => partWords(key, rowName))].join(', ');
}

/** A row's name from its staff group and band as the file gives them, e.g. "Medical and dental Consultant". */
export function indicator1RowName(staffGroup: string | undefined, band: string | undefined): string | undefined {
  const group = staffGroup?.trim() ?? '';
  const named = band?.trim() ?? '';
  if (named === '') return undefined;
  return group === '' ? named : `${STAFF_GROUP_WORDS[group] ?? group} ${named}`;
}

const ROW_PART = /^indicator1\.rows(?:\[(\d+)\]|\.(\d+))\.(staffGroup|band)$/;

/**
 * Names indicator 1's rows from a file's `field,value` rows: each row by the staff group and band
 * the file gives it (`indicator1.rows[3].band,Band 5` …), so a problem with one of its counts
 * names the band rather than the row's number.
 */
export function rowNamerOfFields(fields: readonly { readonly field: string; readonly value: string }[]): RowNamer {
  const rows = new Map<number, { staffGroup?: string; band?: string }>();
  for (const { field, value } of fields) {
    const match = ROW_PART.exec(field.trim());
    if (match === null) continue;
    const index = Number(match[1] ?? match[2]);
    rows.set(index, { ...rows.get(index), [match[3] === 'band' ? 'band' : 'staffGroup']: value });
  }
  return (index) => {
    const row = rows.get(index);
    return indicator1RowName(row?.staffGroup, row?.band);
  };
}

const textOrNothing = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The same from the input as given (a JSON file's contents, unchecked): each row by its staff group and band, where it has them as text. */
export function rowNamerOfInput(data: unknown): RowNamer {
  const rows: unknown = typeof data === 'object' && data !== null && 'indicator1' in data ? data.indicator1 : undefined;
  const list: unknown = typeof rows === 'object' && rows !== null && 'rows' in rows ? rows.rows : undefined;
  return (index) => {
    const row: unknown = Array.isArray(list) ? list[index] : undefined;
    if (typeof row !== 'object' || row === null) return undefined;
    return indicator1RowName('staffGroup' in row ? textOrNothing(row.staffGroup) : undefined, 'band' in row ? textOrNothing(row.band) : undefined);
  };
}

/** A path the validator writes, wherever it falls in a sentence (the longest first, so `indicator2.appointed.bme` is one path). */
const PATH_IN_TEXT = /\b(?:organisation|indicator[1-9])(?:\.[A-Za-z_][A-Za-z0-9_]*|\.\d+|\[\d+\])*/g;
const LEADING_PATH = /^(?:schemaVersion|organisation|year|indicator[1-9]|\(input\))(?:\.[A-Za-z_][A-Za-z0-9_]*|\.\d+|\[\d+\])*/;

/**
 * A validation message in words: the field it begins with becomes its name and a colon, and any
 * other field it names is named in words too. `indicator2.shortlisted.white must be a number
 * (got "lots")` → `Indicator 2, Shortlisted, White: must be a number (got "lots")`;
 * `indicator2.appointed.bme (45) is more than indicator2.shortlisted.bme (40)` → `Indicator 2,
 * Appointed, BME: 45 is more than Indicator 2, Shortlisted, BME (40)`. A message that does not
 * begin with a field (a malformed field path, say) keeps its words.
 */
export function messageInWords(message: string, rowName: RowNamer = NO_ROW_NAMES): string {
  const lead = LEADING_PATH.exec(message)?.[0];
  if (lead === undefined) return message;
  const rest = message
    .slice(lead.length)
    .trim()
    // "(45) is more than" reads "45 is more than" once the field is named before the colon.
    .replace(/^\(([^)]*)\)\s*/, '$1 ')
    .replace(/^is required$/, 'required, but not given')
    .replace(PATH_IN_TEXT, (path) => fieldInWords(path, rowName));
  return `${fieldInWords(lead, rowName)}: ${rest}`;
}
