import { actionsCsvTable, boardActionsTable, boardEdsTable, boardIndicatorsTable, publicationActionsTable } from '../../../src/domain/exports';
import { parseEdsReview } from '../../../src/domain/eds';
import { calculateWres } from '../../../src/domain/wres';
import { action } from '../plan/build';
import { okValue } from '../support/validated';
import { g, input } from '../wres/build';

const injected = action({
  id: 'a-1',
  title: '=HYPERLINK("http://x","y")',
  description: '@risk',
  status: 'Off track',
  dueDate: '2026-10-01',
  indicators: ['2', '4'],
  edsOutcomes: ['1A'],
  progressUpdates: [{ at: '2026-11-02T10:00:00Z', authorId: 'u1', authorName: 'Priya Shah', note: '-2 posts filled' }],
});
const done = action({
  id: 'a-2',
  title: 'Board mentoring',
  status: 'Completed',
  completedOn: '2026-06-01',
  dueDate: '2026-06-30',
  owner: { id: 'u2', name: 'Tom Hughes' },
});
const soon = action({ id: 'a-3', title: 'Shortlisting panels', status: 'Not started', dueDate: '2026-12-01', baseline: '1.58', target: '1.25' });
const today = '2026-11-26';

describe('action tables', () => {
  test('the board sheet lists actions by status, with UK dates, where each stands and the latest update; injected text is inert', () => {
    const table = boardActionsTable([done, injected, soon], today);
    expect([table.name, table.title]).toEqual(['Actions', 'Actions at 26/11/2026']);
    expect(table.rows.slice(1).map((row) => row.slice(0, 5))).toEqual([
      ['Not started', 'Shortlisting panels', 'Priya Shah', { kind: 'date', iso: '2026-12-01' }, 'Due soon'],
      ['Off track', `'=HYPERLINK("http://x","y")`, 'Priya Shah', { kind: 'date', iso: '2026-10-01' }, 'Overdue'],
      ['Completed', 'Board mentoring', 'Tom Hughes', { kind: 'date', iso: '2026-06-30' }, 'Completed'],
    ]);
    expect(table.rows[2]?.slice(6)).toEqual(['2, 4', '1A', 'Every board member mentored', '02/11/2026 Priya Shah: -2 posts filled']);
    expect(table.rows[1]?.[9]).toBe('');
  });

  test('ties in status and due date are ordered by title', () => {
    const a = action({ id: 'x1', title: 'B', dueDate: '2027-01-01' });
    const b = action({ id: 'x2', title: 'A', dueDate: '2027-01-01' });
    expect(
      boardActionsTable([a, b], today)
        .rows.slice(1)
        .map((row) => row[1]),
    ).toEqual(['A', 'B']);
    expect(boardActionsTable([soon], '2026-01-01').rows[1]?.[4]).toBe('On schedule');
  });

  test('the publication action plan leaves out owners and progress notes', () => {
    const table = publicationActionsTable([injected, soon]);
    expect(table.rows[0]).toEqual([
      'Action',
      'Description',
      'WRES indicators',
      'EDS outcomes',
      'Measure of success',
      'Baseline',
      'Target',
      'Due date',
      'Status',
    ]);
    expect(table.title).toBe('Action plan');
    expect(table.rows[1]).toEqual([
      'Shortlisting panels',
      '',
      '9',
      '3A',
      'Every board member mentored',
      '1.58',
      '1.25',
      { kind: 'date', iso: '2026-12-01' },
      'Not started',
    ]);
    expect(table.rows[2]?.slice(0, 2)).toEqual([`'=HYPERLINK("http://x","y")`, "'@risk"]);
    expect(JSON.stringify(table.rows)).not.toContain('Priya');
  });

  test('the actions table has every field, with date cells that its CSV writes as ISO dates', () => {
    const table = actionsCsvTable([done, injected], today);
    expect([table.title, table.csvDates]).toEqual(['Actions at 26/11/2026', 'iso']);
    expect(table.rows[0]).toHaveLength(18);
    expect(table.rows[1]).toEqual([
      'a-1',
      `'=HYPERLINK("http://x","y")`,
      "'@risk",
      'Off track',
      'Overdue',
      'High',
      'Priya Shah',
      'priya.shah@example.nhs.uk',
      { kind: 'date', iso: '2026-10-01' },
      null,
      '2024/25',
      '2, 4',
      '1A',
      'Every board member mentored',
      '',
      '',
      1,
      '02/11/2026 Priya Shah: -2 posts filled',
    ]);
    expect(table.rows[2]?.slice(6, 10)).toEqual(['Tom Hughes', '', { kind: 'date', iso: '2026-06-30' }, { kind: 'date', iso: '2026-06-01' }]);
  });
});

describe('boardIndicatorsTable', () => {
  const y2023 = calculateWres(input({ year: 2023, indicator2: { shortlisted: g(1000, 1000), appointed: g(300, 150) }, indicator9: { boardVoting: g(10, 2) } }));
  const y2024 = calculateWres(
    input({
      indicator2: { shortlisted: g(1000, 1000), appointed: g(300, 200) },
      indicator5: { white: 20, bme: 30 },
      indicator9: { boardVoting: g(10, 0), workforce: g(100, 0) },
    }),
  );

  test('one year: figure, verdict and certainty in words, and "not given" for the indicators left out', () => {
    const table = boardIndicatorsTable(y2024);
    const rows = table.rows;
    expect(table.title).toBe('WRES indicators 2024');
    expect(rows[0]).toEqual(['Indicator', 'Title', 'Measure', 'Figure 2024', 'Verdict', 'Certainty']);
    expect(rows).toHaveLength(10);
    expect(rows[1]).toEqual(['1', 'Representation by pay band', '', 'Not given this year', '', '']);
    // 300/1000 ÷ 200/1000 = 1.50; se = √(1/300 − 1/1000 + 1/200 − 1/1000) = 0.07958; exp(0.40547 ± 0.15598) = 1.28–1.75.
    expect(rows[2]).toEqual([
      '2',
      'Appointment from shortlisting',
      'relative likelihood',
      { kind: 'number', value: 1.5, format: '0.00' },
      'Adverse',
      'Clear: the whole of the 95% interval, 1.28–1.75, is above 1.25',
    ]);
    expect(rows[5]).toEqual([
      '5',
      'Harassment from patients and the public',
      '% BME − % White',
      { kind: 'number', value: 10, format: '0.0' },
      'Adverse',
      'Not assessed: the numbers of White and BME respondents are not given, so how sure the gap is cannot be said',
    ]);
  });

  test("indicator 1's figure is a percentage cell: the fraction, shown to 1 dp with %", () => {
    const senior = input({
      indicator1: {
        rows: [
          { staffGroup: 'clinical', band: 'Band 5', white: 60, bme: 30, unknown: 2 },
          { staffGroup: 'clinical', band: 'Band 8a', white: 12, bme: 3, unknown: 0 },
        ],
      },
    });
    // Senior staff (8a–9, VSM): 3 BME of 15 = 20.0%, held as 0.2.
    expect(boardIndicatorsTable(calculateWres(senior)).rows[1]?.[3]).toEqual({ kind: 'number', value: 0.2, format: '0.0%' });
  });

  test('a ratio with no finite value is given in words, with its verdict', () => {
    const rows = boardIndicatorsTable(calculateWres(input({ indicator2: { shortlisted: g(1000, 500), appointed: g(200, 0) } }))).rows;
    expect(rows[2]?.slice(3, 5)).toEqual(['No BME applicants were appointed (White: 200 of 1000, 20.0%)', 'Adverse']);
    expect(rows[2]?.[5]).toMatch(/^Clear: the whole of the 95% interval, 12\.54–/);
  });

  test('two years: the earlier figure, the change and the trend for BME staff', () => {
    const table = boardIndicatorsTable(y2024, y2023);
    const rows = table.rows;
    expect(table.title).toBe('WRES indicators 2024, with the change since 2023');
    expect(rows[0]).toEqual(['Indicator', 'Title', 'Measure', 'Figure 2024', 'Verdict', 'Certainty', 'Figure 2023', 'Change', 'Trend']);
    expect(rows[1]?.slice(6)).toEqual([null, null, 'Not given']);
    expect(rows[2]?.slice(3)).toEqual([
      { kind: 'number', value: 1.5, format: '0.00' },
      'Adverse',
      'Clear: the whole of the 95% interval, 1.28–1.75, is above 1.25',
      { kind: 'number', value: 2, format: '0.00' },
      { kind: 'number', value: -0.5, format: '+0.00;-0.00;0.00' },
      'Improved',
    ]);
    expect(rows[5]?.slice(6)).toEqual([null, null, 'Not comparable']);
    expect(rows[9]?.slice(3, 5)).toEqual([{ kind: 'number', value: 0, format: '0.0' }, 'Non-adverse']);
    expect(rows[9]?.slice(6)).toEqual([null, null, 'Not comparable']);
  });
});

describe('boardEdsTable', () => {
  test('no review says so', () => {
    expect(boardEdsTable(undefined)).toEqual({ name: 'EDS', title: 'EDS', rows: [['EDS'], ['No EDS review is recorded yet.']] });
  });

  test('EDS2: grades per goal and overall', () => {
    const review = okValue(
      parseEdsReview({
        id: 'r1',
        framework: 'eds2',
        year: 2024,
        status: 'Agreed',
        partners: {},
        outcomes: [
          { outcomeId: '1.1', grade: 'Achieving' },
          { outcomeId: '3.1', grade: 'Developing' },
        ],
      }),
    );
    const table = boardEdsTable(review);
    const rows = table.rows;
    expect(table.title).toBe('EDS2 review 2024 (Agreed)');
    expect(rows[0]).toEqual(['Goal', 'Name', 'Outcomes graded', 'Excelling', 'Achieving', 'Developing', 'Undeveloped']);
    expect(rows[1]?.slice(2)).toEqual(['1 of 5', 0, 1, 0, 0]);
    expect(rows.at(-1)).toEqual(['All goals', 'EDS2 review 2024 (Agreed)', '2 of 18', 0, 1, 1, 0]);
  });

  test('EDS 2022: domain scores out of their maximum with only an agreed rating, and why a partial review has no overall rating', () => {
    const partial = okValue(
      parseEdsReview({
        id: 'r2',
        framework: 'eds2022',
        year: 2025,
        status: 'Draft',
        reviewDate: '2025-03-14',
        partners: {},
        outcomes: [{ outcomeId: '1A', score: 2 }],
        domainRatings: { '2': 'Developing' },
      }),
    );
    const table = boardEdsTable(partial);
    const rows = table.rows;
    expect(table.title).toBe('EDS 2022 review 2025 (Draft), reviewed 14/03/2025');
    expect(rows[0]).toEqual(['Domain', 'Name', 'Outcomes scored', 'Score', 'Maximum', 'Rating']);
    // 2 of 12 from one outcome: no rating is worked out from it.
    expect(rows[1]?.slice(2)).toEqual(['1 of 4', 2, 12, 'None agreed']);
    expect(rows[2]?.slice(2)).toEqual(['0 of 4', 0, 12, 'Developing (agreed by the panel)']);
    expect(rows.at(-1)).toEqual([
      'All domains',
      'EDS 2022 review 2025 (Draft)',
      '1 of 11',
      2,
      33,
      'Not rated: only 1 of 11 outcomes are scored, and the overall bands need all 11',
    ]);
    const ids = ['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D', '3A', '3B', '3C'];
    const full = okValue(
      parseEdsReview({
        id: 'r3',
        framework: 'eds2022',
        year: 2025,
        status: 'Agreed',
        partners: {},
        outcomes: ids.map((outcomeId) => ({ outcomeId, score: 2 })),
      }),
    );
    expect(boardEdsTable(full).rows.at(-1)?.slice(3)).toEqual([22, 33, 'Achieving']);
  });
});
