import fc from 'fast-check';
import {
  BOARD_PAPER_PURPOSES,
  COVER_SHEET_FIELDS,
  type CoverSheetDraft,
  EMPTY_COVER_SHEET,
  checkCoverSheet,
  coverSheetRows,
} from '../../../src/domain/board-paper';

const TODAY = '2026-12-02';

const filled: CoverSheetDraft = {
  title: '  Race equality report  ',
  meeting: 'Trust Board (public)',
  meetingDate: '14/01/2027',
  author: 'Director of People',
  purpose: 'For assurance',
  recommendation: 'The Board is asked to note the WRES results.',
  risks: '',
  assuranceLinks: 'BAF 3: workforce',
};

describe('checkCoverSheet', () => {
  test('a filled cover sheet is accepted, trimmed, its date as ISO', () => {
    const check = checkCoverSheet(filled, TODAY);
    expect(check).toEqual({
      ok: true,
      value: { ...filled, title: 'Race equality report', meetingDate: '2027-01-14' },
    });
  });

  test.each<[keyof CoverSheetDraft, string, string]>([
    ['title', '   ', 'Enter the title of the paper.'],
    ['meeting', '', 'Enter the meeting.'],
    ['author', '', 'Enter the author.'],
    ['recommendation', '', 'Enter the recommendation.'],
    ['meetingDate', '', 'Enter a date of meeting.'],
    ['meetingDate', 'next week', 'Date of meeting: enter a date as dd/mm/yyyy, for example 02/12/2026.'],
    ['meetingDate', '31/02/2027', 'Date of meeting: 31/02/2027 is not a date (February 2027 has 28 days).'],
    ['purpose', '', 'Choose a purpose: For decision, For assurance, For information, For discussion.'],
    ['purpose', 'For noting', 'Choose a purpose: For decision, For assurance, For information, For discussion.'],
    ['title', 'x'.repeat(201), 'Title of the paper: keep it to 200 characters (it has 201).'],
    ['risks', 'r'.repeat(2001), 'Risks: keep it to 2000 characters (it has 2001).'],
  ])('%s as typed is refused: %#', (field, value, message) => {
    expect(checkCoverSheet({ ...filled, [field]: value }, TODAY)).toEqual({ ok: false, errors: { [field]: message } });
  });

  test('the blank sheet names every required field, and not the optional ones', () => {
    const check = checkCoverSheet(EMPTY_COVER_SHEET, TODAY);
    expect(check.ok).toBe(false);
    expect(Object.keys(check.ok ? {} : check.errors).toSorted()).toEqual(['author', 'meeting', 'meetingDate', 'purpose', 'recommendation']);
  });

  test('every purpose a board uses is accepted', () => {
    for (const purpose of BOARD_PAPER_PURPOSES) expect(checkCoverSheet({ ...filled, purpose }, TODAY).ok).toBe(true);
  });

  test('any sheet whose required fields hold text and whose date reads is accepted, whatever the optional fields hold', () => {
    const text = fc.string({ minLength: 1, maxLength: 50 }).filter((value) => value.trim() !== '');
    fc.assert(
      fc.property(text, text, fc.string({ maxLength: 50 }), fc.constantFrom(...BOARD_PAPER_PURPOSES), (meeting, author, risks, purpose) => {
        const check = checkCoverSheet({ ...filled, meeting, author, risks, purpose }, TODAY);
        expect(check.ok && check.value.meeting === meeting.trim() && check.value.risks === risks.trim()).toBe(true);
      }),
    );
  });
});

describe('coverSheetRows', () => {
  test('gives every field in print order, the date day first, and "None identified" for what was left empty', () => {
    const check = checkCoverSheet(filled, TODAY);
    if (!check.ok) throw new Error('expected a valid sheet');
    const rows = coverSheetRows(check.value);
    expect(rows).toHaveLength(COVER_SHEET_FIELDS.length);
    expect(rows).toEqual([
      ['Title of the paper', 'Race equality report'],
      ['Meeting', 'Trust Board (public)'],
      ['Date of meeting', '14/01/2027'],
      ['Author', 'Director of People'],
      ['Purpose', 'For assurance'],
      ['Recommendation', 'The Board is asked to note the WRES results.'],
      ['Risks', 'None identified'],
      ['Links to the Board Assurance Framework', 'BAF 3: workforce'],
    ]);
  });
});
