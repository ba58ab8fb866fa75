/**
 * The WRES entry form's catalogue: its sections, fieldsets and fields in the order of NHS
 * England's template, each field keyed by its path in the input and named in full for messages.
 */
import { STAFF_GROUP_LABELS } from '../../domain/exports';
import { ETHNIC_GROUP_LABELS, STAFF_GROUPS, WRES_INDICATORS, bandsFor, type StaffGroup, type WresIndicatorId } from '../../domain/wres';

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

/** The three ethnic groups a set of counts gives, in the template's order. */
export const ETHNIC_GROUPS = ['white', 'bme', 'unknown'] as const;
function counts(prefix: string, legend: string, owner: string, optional = false): FormFieldset {
  return {
    key: prefix,
    legend,
    optional,
    counts: true,
    fields: ETHNIC_GROUPS.map((group) => ({
      key: `${prefix}.${group}`,
      label: ETHNIC_GROUP_LABELS[group],
      fullName: `${owner}, ${legend.charAt(0).toLowerCase()}${legend.slice(1)}, ${ETHNIC_GROUP_LABELS[group]}`,
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
      {
        key: `indicator${id}.percent`,
        legend: 'Percent of respondents',
        optional: false,
        fields: [field('white', 'White %', 'percent', false), field('bme', 'BME %', 'percent', false)],
      },
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
        ETHNIC_GROUPS.map((ethnic) => ({
          key: bandKey(group, band, ethnic),
          label: ETHNIC_GROUP_LABELS[ethnic],
          fullName: `${STAFF_GROUP_LABELS[group]} ${band}, ${ETHNIC_GROUP_LABELS[ethnic]}`,
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
/** Every field by its key, to name a field in a message. */
export const FIELD_BY_KEY: ReadonlyMap<string, FormField> = new Map(ALL_FIELDS.map((field) => [field.key, field]));
