import { type StaffAggregate, type StaffRecord, staffAggregateToInput } from './aggregate-staff';
import type { WresInput } from './input-schema';

/**
 * The staff-level files a WRES lead brings together: the ESR staff-in-post snapshot, and the
 * optional recruitment, disciplinary, training and board files. Each is aggregated on its own and
 * the counts combined (see {@link combineStaffAggregates}).
 */
export const STAFF_FILE_KINDS = ['staff', 'recruitment', 'disciplinary', 'training', 'board'] as const;
export type StaffFileKind = (typeof STAFF_FILE_KINDS)[number];

export type StaffField = 'ethnicCode' | 'staffGroup' | 'band' | 'clinical' | 'shortlisted' | 'appointed' | 'accessed' | 'boardVoting' | 'boardExecutive';

export interface StaffFieldSpec {
  readonly field: StaffField;
  readonly label: string;
  readonly required: boolean;
  /** What an absent optional column means, in words for the mapping screen. */
  readonly whenAbsent?: string;
  /** Header names seen in ESR and common HR exports, compared by {@link headerKey}. */
  readonly aliases: readonly string[];
}

const ETHNIC: StaffFieldSpec = {
  field: 'ethnicCode',
  label: 'Ethnic category',
  required: true,
  aliases: ['Ethnic Origin', 'Ethnicity', 'Ethnic Group', 'Ethnic Category', 'Ethnic Code', 'Ethnic Origin Code', 'Ethnic Category Code', 'ethnic_code'],
};

export const STAFF_FILE_FIELDS: Readonly<Record<StaffFileKind, readonly StaffFieldSpec[]>> = {
  staff: [
    ETHNIC,
    { field: 'staffGroup', label: 'Staff group', required: true, aliases: ['Staff Group', 'Main Staff Group', 'Staff Group Description', 'staff_group'] },
    {
      field: 'band',
      label: 'Pay band or grade',
      required: true,
      aliases: ['Pay Band', 'Band', 'AfC Band', 'Payband', 'Grade', 'Grade Code', 'Pay Scale', 'Pay Grade', 'pay_band'],
    },
    {
      field: 'clinical',
      label: 'Clinical or non-clinical',
      required: false,
      whenAbsent: 'worked out from the staff group',
      aliases: ['Clinical', 'Clinical/Non-Clinical', 'Clinical Non Clinical', 'Clinical Flag', 'Clinical Indicator', 'Is Clinical'],
    },
  ],
  recruitment: [
    ETHNIC,
    {
      field: 'shortlisted',
      label: 'Shortlisted',
      required: false,
      whenAbsent: 'every row is a shortlisted applicant',
      aliases: ['Shortlisted', 'Shortlisted Flag', 'Is Shortlisted'],
    },
    { field: 'appointed', label: 'Appointed', required: true, aliases: ['Appointed', 'Appointed Flag', 'Is Appointed', 'Offer Accepted', 'Hired'] },
  ],
  disciplinary: [ETHNIC],
  training: [
    ETHNIC,
    {
      field: 'accessed',
      label: 'Accessed training',
      required: false,
      whenAbsent: 'every row is someone who accessed training',
      aliases: ['Accessed', 'Accessed Training', 'Attended', 'Completed'],
    },
  ],
  board: [
    ETHNIC,
    { field: 'boardVoting', label: 'Voting member', required: true, aliases: ['Voting', 'Voting Member', 'Board Voting', 'Is Voting'] },
    {
      field: 'boardExecutive',
      label: 'Executive member',
      required: false,
      whenAbsent: 'executives are not counted separately',
      aliases: ['Executive', 'Executive Member', 'Board Executive', 'Is Executive'],
    },
  ],
};

/** Which header each field is read from, by the header's text. */
export type ColumnMapping = Partial<Record<StaffField, string>>;

/** A header compared without case, spaces or punctuation: "Ethnic Origin" = "ethnic_origin". */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The columns recognised in `header` for a kind of file: for each field, the first header whose
 * {@link headerKey} equals one of the field's aliases. A field with no match is left out.
 */
export function detectColumns(kind: StaffFileKind, header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const spec of STAFF_FILE_FIELDS[kind]) {
    const keys = spec.aliases.map(headerKey);
    const found = header.find((name) => keys.includes(headerKey(name)));
    if (found !== undefined) mapping[spec.field] = found;
  }
  return mapping;
}

/**
 * The row that holds the column names: ESR reports often begin with a title and run parameters.
 * It is the first of `rows` in which at least two cells are known header names (of any kind of
 * file); 0 when none is, so a file whose headers are all unfamiliar is mapped by hand from its
 * first row.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number {
  const known = new Set(Object.values(STAFF_FILE_FIELDS).flatMap((specs) => specs.flatMap((spec) => spec.aliases.map(headerKey))));
  const index = rows.findIndex((row) => row.filter((cell) => known.has(headerKey(cell))).length >= 2);
  return Math.max(index, 0);
}

/**
 * A remembered mapping, kept only where it still fits `header` (every header it names is there);
 * otherwise the columns detected afresh. So a trust's own column names, once mapped, are used
 * again for next year's extract, and a file with a different layout is not misread.
 */
export function rememberedOrDetected(kind: StaffFileKind, header: readonly string[], remembered: ColumnMapping | undefined): ColumnMapping {
  const fields = new Set(STAFF_FILE_FIELDS[kind].map((spec) => spec.field));
  const names = remembered === undefined ? [] : Object.entries(remembered).filter(([field]) => fields.has(field as StaffField));
  if (names.length > 0 && names.every(([, name]) => header.includes(name as string))) return Object.fromEntries(names) as ColumnMapping;
  return detectColumns(kind, header);
}

/** Where each mapped field sits in a row, by index. */
export type ColumnIndexes = Partial<Record<StaffField, number>>;

/**
 * Resolves a mapping against a file's header. Fails, naming each field, when a required field is
 * not mapped or a mapped header is not in the file, or when two fields share one column.
 */
export function resolveColumns(
  kind: StaffFileKind,
  header: readonly string[],
  mapping: ColumnMapping,
): { ok: true; indexes: ColumnIndexes } | { ok: false; problems: string[] } {
  const indexes: ColumnIndexes = {};
  const problems: string[] = [];
  const used = new Map<string, string>();
  for (const spec of STAFF_FILE_FIELDS[kind]) {
    const name = mapping[spec.field];
    if (name === undefined || name === '') {
      if (spec.required) problems.push(`Choose the column that holds "${spec.label}".`);
      continue;
    }
    const index = header.indexOf(name);
    if (index === -1) {
      problems.push(`"${spec.label}" is mapped to the column "${name}", which the file does not have.`);
      continue;
    }
    const other = used.get(name);
    if (other !== undefined) problems.push(`"${spec.label}" and "${other}" are both mapped to the column "${name}".`);
    used.set(name, spec.label);
    indexes[spec.field] = index;
  }
  return problems.length === 0 ? { ok: true, indexes } : { ok: false, problems };
}

const YES = new Set(['1', 'y', 'yes', 'true', 't', 'x', 'clinical', 'appointed', 'shortlisted', 'voting', 'executive']);

/**
 * A yes/no cell: yes for 1, Y, Yes, True, T, X and the field's own word ("Clinical",
 * "Appointed", …), in any case, after trimming; anything else, including blank, is no. So
 * "Non-Clinical" and "Not appointed" are no.
 */
export function readFlag(cell: string | undefined): boolean {
  return cell !== undefined && YES.has(cell.trim().toLowerCase());
}

/**
 * Whether a record of an ESR staff group counts as clinical, for a staff file without a clinical
 * column: Administrative and Clerical, and Estates and Ancillary, are non-clinical; every other
 * ESR staff group (nursing, allied health, scientific, additional clinical services, students) is
 * clinical. Medical and dental staff are placed by grade whatever this says.
 */
export function clinicalByStaffGroup(staffGroup: string): boolean {
  return !/admin|clerical|estates|ancillary/i.test(staffGroup);
}

const cell = (row: readonly string[], index: number | undefined): string | undefined => (index === undefined ? undefined : row[index]);
/** A yes/no column, or yes for every row when the file has no such column. */
const flagOr = (row: readonly string[], index: number | undefined): boolean => (index === undefined ? true : readFlag(row[index]));

/**
 * A reader that turns one row of a kind of file into a {@link StaffRecord}. It reuses one record
 * object for every row (the aggregator keeps nothing of it), so a 1.5-million-row file allocates
 * no record per row.
 * - staff: in the workforce, with ethnic category, band, staff group and clinical flag;
 * - recruitment: not in the workforce; shortlisted (every row, without that column) and appointed;
 * - disciplinary: in the workforce, entered a formal process (one row per person);
 * - training: in the workforce, accessed training (every row, without that column);
 * - board: not in the workforce; voting and executive membership.
 */
export function staffRowReader(kind: StaffFileKind, at: ColumnIndexes): (row: readonly string[]) => StaffRecord {
  const record: { -readonly [K in keyof StaffRecord]: StaffRecord[K] } = {};
  switch (kind) {
    case 'staff':
      record.inWorkforce = true;
      return (row) => {
        record.ethnicCode = cell(row, at.ethnicCode);
        record.staffGroup = cell(row, at.staffGroup);
        record.band = cell(row, at.band);
        record.clinical = at.clinical === undefined ? clinicalByStaffGroup(record.staffGroup ?? '') : readFlag(row[at.clinical]);
        return record;
      };
    case 'recruitment':
      record.inWorkforce = false;
      return (row) => {
        record.ethnicCode = cell(row, at.ethnicCode);
        record.shortlisted = flagOr(row, at.shortlisted);
        record.appointed = readFlag(cell(row, at.appointed));
        return record;
      };
    case 'disciplinary':
      record.inWorkforce = true;
      record.enteredDisciplinary = true;
      return (row) => {
        record.ethnicCode = cell(row, at.ethnicCode);
        return record;
      };
    case 'training':
      record.inWorkforce = true;
      return (row) => {
        record.ethnicCode = cell(row, at.ethnicCode);
        record.accessedTraining = flagOr(row, at.accessed);
        return record;
      };
    case 'board':
      record.inWorkforce = false;
      return (row) => {
        record.ethnicCode = cell(row, at.ethnicCode);
        record.boardVoting = readFlag(cell(row, at.boardVoting));
        record.boardExecutive = readFlag(cell(row, at.boardExecutive));
        return record;
      };
  }
}

/** Each file's own aggregate; the staff-in-post file is required. */
export type StaffAggregatesByFile = { readonly staff: StaffAggregate } & Partial<Readonly<Record<Exclude<StaffFileKind, 'staff'>, StaffAggregate>>>;

/**
 * One aggregate from the separate files: the workforce (records, headcount, indicator 1, unplaced
 * bands) from the staff file; shortlisted and appointed from the recruitment file; entered
 * disciplinary from the disciplinary file; accessed training from the training file; voting and
 * executive board members from the board file. A measure whose file was not given is zero, and
 * so leaves its indicator out of the `WresInput` (see staffAggregateToInput).
 */
export function combineStaffAggregates(files: StaffAggregatesByFile): StaffAggregate {
  const none = { white: 0, bme: 0, unknown: 0 };
  return {
    records: files.staff.records,
    unplacedBand: files.staff.unplacedBand,
    indicator1Rows: files.staff.indicator1Rows,
    headcount: files.staff.headcount,
    shortlisted: files.recruitment?.shortlisted ?? none,
    appointed: files.recruitment?.appointed ?? none,
    enteredDisciplinary: files.disciplinary?.enteredDisciplinary ?? none,
    accessedTraining: files.training?.accessedTraining ?? none,
    boardVoting: files.board?.boardVoting ?? none,
    boardExecutive: files.board?.boardExecutive ?? none,
  };
}

/**
 * The `WresInput` the files give: indicator 1 from the staff file; 2 only with a recruitment file;
 * 3 only with a disciplinary file and 4 only with a training file (a missing file is not zero
 * events, so it never stands in for the year's real figures); 9 only with a board file. Otherwise
 * as staffAggregateToInput.
 */
export function staffFilesToInput(files: StaffAggregatesByFile, about: Pick<WresInput, 'organisation' | 'year'>): WresInput {
  const { indicator2, indicator3, indicator4, indicator9, ...rest } = staffAggregateToInput(combineStaffAggregates(files), about);
  return {
    ...rest,
    ...(files.recruitment !== undefined && indicator2 !== undefined ? { indicator2 } : {}),
    ...(files.disciplinary !== undefined && indicator3 !== undefined ? { indicator3 } : {}),
    ...(files.training !== undefined && indicator4 !== undefined ? { indicator4 } : {}),
    ...(files.board !== undefined && indicator9 !== undefined ? { indicator9 } : {}),
  };
}

/**
 * The letter an ethnic category cell is grouped by (see ethnicGroupOf): its first character after
 * trimming, upper-cased; "" for a blank or missing cell. Used to show which codes a file holds, so
 * that a column of descriptions ("White British") rather than codes is noticed before it is saved.
 */
export function ethnicLetter(code: string | null | undefined): string {
  return (code ?? '').trim().charAt(0).toUpperCase();
}
