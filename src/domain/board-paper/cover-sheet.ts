import { type IsoDate, formatUkDate } from '../shared/uk-date';
import { checkUkDate } from '../shared/uk-date-check';

/** Why a paper comes to the board, in the words NHS board cover sheets use. */
export const BOARD_PAPER_PURPOSES = ['For decision', 'For assurance', 'For information', 'For discussion'] as const;

export type BoardPaperPurpose = (typeof BOARD_PAPER_PURPOSES)[number];

/** The cover sheet as typed: every field is text, so a mistake stays on screen to be corrected. */
export interface CoverSheetDraft {
  readonly title: string;
  readonly meeting: string;
  /** The date of the meeting as typed (dd/mm/yyyy, ddmmyyyy or ISO). */
  readonly meetingDate: string;
  readonly author: string;
  /** One of {@link BOARD_PAPER_PURPOSES}, or empty until chosen. */
  readonly purpose: string;
  readonly recommendation: string;
  readonly risks: string;
  /** Which Board Assurance Framework risks the paper gives assurance on. */
  readonly assuranceLinks: string;
}

/** A checked cover sheet: text trimmed, the date as ISO, the purpose one of the four. */
export interface CoverSheet extends Omit<CoverSheetDraft, 'meetingDate' | 'purpose'> {
  readonly meetingDate: IsoDate;
  readonly purpose: BoardPaperPurpose;
}

export type CoverSheetField = keyof CoverSheetDraft;

/** Each field's label, as the form shows it and as its messages name it. */
export const COVER_SHEET_LABELS: Readonly<Record<CoverSheetField, string>> = Object.freeze({
  title: 'Title of the paper',
  meeting: 'Meeting',
  meetingDate: 'Date of meeting',
  author: 'Author',
  purpose: 'Purpose',
  recommendation: 'Recommendation',
  risks: 'Risks',
  assuranceLinks: 'Links to the Board Assurance Framework',
});

/** The fields in the order the cover sheet prints them. */
export const COVER_SHEET_FIELDS: readonly CoverSheetField[] = Object.freeze(Object.keys(COVER_SHEET_LABELS) as CoverSheetField[]);

/** A blank cover sheet, titled for the race equality report. */
export const EMPTY_COVER_SHEET: CoverSheetDraft = Object.freeze({
  title: 'Workforce race equality: WRES, EDS and the action plan',
  meeting: '',
  meetingDate: '',
  author: '',
  purpose: '',
  recommendation: '',
  risks: '',
  assuranceLinks: '',
});

/** A board cover sheet is one page: the title a line, the other fields a short paragraph. */
const MAX_LENGTH: Readonly<Record<Exclude<CoverSheetField, 'meetingDate' | 'purpose'>, number>> = {
  title: 200,
  meeting: 200,
  author: 200,
  recommendation: 2000,
  risks: 2000,
  assuranceLinks: 2000,
};

const TEXT_FIELDS = Object.keys(MAX_LENGTH) as (keyof typeof MAX_LENGTH)[];

/** Risks and assurance links may be left empty; the paper then says none were identified. */
const OPTIONAL: ReadonlySet<CoverSheetField> = new Set<CoverSheetField>(['risks', 'assuranceLinks']);

export type CoverSheetErrors = Partial<Record<CoverSheetField, string>>;

export type CoverSheetCheck = { readonly ok: true; readonly value: CoverSheet } | { readonly ok: false; readonly errors: CoverSheetErrors };

const isPurpose = (text: string): text is BoardPaperPurpose => (BOARD_PAPER_PURPOSES as readonly string[]).includes(text);

function textProblem(field: keyof typeof MAX_LENGTH, text: string): string | undefined {
  const label = COVER_SHEET_LABELS[field];
  if (text === '' && !OPTIONAL.has(field)) return `Enter the ${label.toLowerCase()}.`;
  const max = MAX_LENGTH[field];
  if (text.length > max) return `${label}: keep it to ${max} characters (it has ${text.length}).`;
  return undefined;
}

/**
 * Checks a cover sheet before the paper is made. Every message names its field: an empty required
 * field ("Enter the meeting."), text too long for one page, a date of meeting that is not a date
 * (or more than five years after `today`, as {@link checkUkDate} rules), or no purpose chosen.
 * Risks and the Board Assurance Framework links may be empty.
 */
export function checkCoverSheet(draft: CoverSheetDraft, today: IsoDate): CoverSheetCheck {
  const errors: CoverSheetErrors = {};
  const trimmed = Object.fromEntries(COVER_SHEET_FIELDS.map((field) => [field, draft[field].trim()])) as Record<CoverSheetField, string>;
  for (const field of TEXT_FIELDS) {
    const problem = textProblem(field, trimmed[field]);
    if (problem !== undefined) errors[field] = problem;
  }
  const date = checkUkDate(trimmed.meetingDate, COVER_SHEET_LABELS.meetingDate, { today });
  if (!date.ok) errors.meetingDate = date.message;
  const purpose = trimmed.purpose;
  if (!isPurpose(purpose)) errors.purpose = `Choose a purpose: ${BOARD_PAPER_PURPOSES.join(', ')}.`;
  if (!date.ok || !isPurpose(purpose) || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { ...trimmed, meetingDate: date.date, purpose } };
}

/** The cover sheet as label and value rows, in print order, the date written as the UK writes it. */
export function coverSheetRows(sheet: CoverSheet): readonly (readonly [string, string])[] {
  return COVER_SHEET_FIELDS.map((field) => {
    const value = field === 'meetingDate' ? formatUkDate(sheet.meetingDate) : sheet[field];
    return [COVER_SHEET_LABELS[field], value === '' ? 'None identified' : value] as const;
  });
}
