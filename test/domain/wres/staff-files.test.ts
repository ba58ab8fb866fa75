import fc from 'fast-check';
import {
  type StaffAggregate,
  type StaffFileKind,
  STAFF_FILE_FIELDS,
  STAFF_FILE_KINDS,
  clinicalByStaffGroup,
  combineStaffAggregates,
  createStaffAggregator,
  detectColumns,
  ethnicLetter,
  findHeaderRow,
  headerKey,
  readFlag,
  rememberedOrDetected,
  resolveColumns,
  staffAggregateToInput,
  staffFilesToInput,
  staffRowReader,
} from '../../../src/domain/wres';

/** Aggregates rows of one kind of file, the way the import does. */
function aggregate(kind: StaffFileKind, header: readonly string[], rows: readonly (readonly string[])[]): StaffAggregate {
  const resolved = resolveColumns(kind, header, detectColumns(kind, header));
  if (!resolved.ok) throw new Error(resolved.problems.join(' '));
  const read = staffRowReader(kind, resolved.indexes);
  const aggregator = createStaffAggregator();
  for (const row of rows) aggregator.addRow(read(row));
  return aggregator.result();
}

describe('recognising ESR column headers', () => {
  test.each([
    [
      'staff',
      ['Employee Number', 'Ethnic Origin', 'Staff Group', 'Pay Band', 'Assignment Category'],
      { ethnicCode: 'Ethnic Origin', staffGroup: 'Staff Group', band: 'Pay Band' },
    ],
    [
      'staff',
      ['ETHNICITY', 'main_staff_group', 'Grade', 'Clinical/Non-Clinical'],
      { ethnicCode: 'ETHNICITY', staffGroup: 'main_staff_group', band: 'Grade', clinical: 'Clinical/Non-Clinical' },
    ],
    [
      'recruitment',
      ['Vacancy', 'Ethnic Group', 'Shortlisted', 'Appointed'],
      { ethnicCode: 'Ethnic Group', shortlisted: 'Shortlisted', appointed: 'Appointed' },
    ],
    ['disciplinary', ['Case ref', 'Ethnic Category'], { ethnicCode: 'Ethnic Category' }],
    ['training', ['Course', 'ethnic code', 'Attended'], { ethnicCode: 'ethnic code', accessed: 'Attended' }],
    [
      'board',
      ['Name', 'Ethnic Origin', 'Voting member', 'Executive'],
      { ethnicCode: 'Ethnic Origin', boardVoting: 'Voting member', boardExecutive: 'Executive' },
    ],
    ['staff', ['Name', 'Town'], {}],
  ] as const)('a %s file headed %j maps to %j', (kind, header, mapping) => {
    expect(detectColumns(kind, header)).toEqual(mapping);
  });

  test('headers match whatever their case, spacing and punctuation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STAFF_FILE_KINDS),
        fc.nat(),
        fc.array(fc.constantFrom('', ' ', '_', '-', '/'), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (kind, pick, separators, upper) => {
          const spec = STAFF_FILE_FIELDS[kind][pick % STAFF_FILE_FIELDS[kind].length]!;
          const alias = spec.aliases[pick % spec.aliases.length]!;
          const written = alias.split(/[\s_]+/).join(separators[pick % separators.length]);
          const header = ['Unrelated', upper ? written.toUpperCase() : written.toLowerCase()];
          expect(detectColumns(kind, header)[spec.field]).toBe(header[1]);
        },
      ),
    );
  });

  test('headerKey drops case and punctuation', () => {
    expect(headerKey(' Ethnic_Origin (code) ')).toBe('ethnicorigincode');
  });

  test.each([
    [[['Staff in post at 31/03/2024'], ['Run by', 'ESR'], ['Employee Number', 'Ethnic Origin', 'Staff Group']], 2],
    [
      [
        ['Ethnic Origin', 'Pay Band'],
        ['A', 'Band 5'],
      ],
      0,
    ],
    [[['Title'], ['a', 'b']], 0],
    [[], 0],
  ])('the header of %j is row %i', (rows, index) => {
    expect(findHeaderRow(rows)).toBe(index);
  });
});

describe('remembered mappings', () => {
  const header = ['Staff No', 'Ethnic Origin', 'Our Group', 'Our Band'];
  const remembered = { ethnicCode: 'Ethnic Origin', staffGroup: 'Our Group', band: 'Our Band' };

  test('a remembered mapping is used again when the file has its columns', () => {
    expect(rememberedOrDetected('staff', header, remembered)).toEqual(remembered);
  });

  test('a remembered mapping that no longer fits gives way to detection', () => {
    expect(rememberedOrDetected('staff', ['Ethnic Origin', 'Staff Group', 'Pay Band'], remembered)).toEqual({
      ethnicCode: 'Ethnic Origin',
      staffGroup: 'Staff Group',
      band: 'Pay Band',
    });
  });

  test('fields of another kind of file are not carried over', () => {
    expect(rememberedOrDetected('disciplinary', header, remembered)).toEqual({ ethnicCode: 'Ethnic Origin' });
  });

  test('with nothing remembered, columns are detected', () => {
    expect(rememberedOrDetected('staff', header, undefined)).toEqual({ ethnicCode: 'Ethnic Origin' });
    expect(rememberedOrDetected('staff', header, {})).toEqual({ ethnicCode: 'Ethnic Origin' });
  });
});

describe('resolving a mapping against the file', () => {
  const header = ['Ethnic Origin', 'Staff Group', 'Pay Band'];

  test('gives each field its column index', () => {
    expect(resolveColumns('staff', header, { ethnicCode: 'Ethnic Origin', staffGroup: 'Staff Group', band: 'Pay Band' })).toEqual({
      ok: true,
      indexes: { ethnicCode: 0, staffGroup: 1, band: 2 },
    });
  });

  test('names every required field left unmapped, a missing column, and a column used twice', () => {
    const result = resolveColumns('staff', header, { ethnicCode: 'Ethnic Origin', band: '', clinical: 'Clinical', staffGroup: 'Ethnic Origin' });
    expect(result).toEqual({
      ok: false,
      problems: [
        '"Staff group" and "Ethnic category" are both mapped to the column "Ethnic Origin".',
        'Choose the column that holds "Pay band or grade".',
        '"Clinical or non-clinical" is mapped to the column "Clinical", which the file does not have.',
      ],
    });
  });

  test('optional fields may be left out', () => {
    expect(resolveColumns('recruitment', ['Ethnicity', 'Appointed'], { ethnicCode: 'Ethnicity', appointed: 'Appointed' })).toEqual({
      ok: true,
      indexes: { ethnicCode: 0, appointed: 1 },
    });
  });
});

describe('yes/no cells', () => {
  test.each([
    ['1', true],
    ['Y', true],
    [' yes ', true],
    ['TRUE', true],
    ['t', true],
    ['x', true],
    ['Clinical', true],
    ['Appointed', true],
    ['Shortlisted', true],
    ['Voting', true],
    ['Executive', true],
    ['0', false],
    ['N', false],
    ['No', false],
    ['', false],
    [undefined, false],
    ['Non-Clinical', false],
    ['Not appointed', false],
    ['2', false],
  ] as const)('%p reads as %p', (cell, yes) => {
    expect(readFlag(cell)).toBe(yes);
  });

  test.each([
    ['Administrative and Clerical', false],
    ['Estates and Ancillary', false],
    ['Nursing and Midwifery Registered', true],
    ['Allied Health Professionals', true],
    ['Add Prof Scientific and Technic', true],
    ['Students', true],
  ])('staff group %p is clinical: %p', (group, clinical) => {
    expect(clinicalByStaffGroup(group)).toBe(clinical);
  });

  test.each([
    ['A', 'A'],
    [' c3 ', 'C'],
    ['', ''],
    ['  ', ''],
    [null, ''],
    [undefined, ''],
    ['White British', 'W'],
  ])('the ethnic letter of %p is %p', (code, letter) => {
    expect(ethnicLetter(code)).toBe(letter);
  });
});

describe('aggregating each kind of file (worked examples)', () => {
  test('staff in post: band placement, clinical from the column or the staff group', () => {
    const result = aggregate(
      'staff',
      ['Ethnic Origin', 'Staff Group', 'Pay Band', 'Clinical'],
      [
        ['A', 'Nursing and Midwifery Registered', 'Band 5', 'Y'],
        ['M', 'Nursing and Midwifery Registered', 'Band 5', 'Y'],
        ['Z', 'Administrative and Clerical', 'Band 3', 'N'],
        ['H', 'Medical and Dental', 'Consultant', 'Y'],
        ['C2', 'Administrative and Clerical', 'Non-AfC', 'N'],
      ],
    );
    expect(result.headcount).toEqual({ white: 2, bme: 2, unknown: 1 });
    expect(result.unplacedBand).toBe(1);
    expect(result.indicator1Rows).toEqual([
      { staffGroup: 'non-clinical', band: 'Band 3', white: 0, bme: 0, unknown: 1 },
      { staffGroup: 'clinical', band: 'Band 5', white: 1, bme: 1, unknown: 0 },
      { staffGroup: 'medical-dental', band: 'Consultant', white: 0, bme: 1, unknown: 0 },
    ]);

    const byGroup = aggregate(
      'staff',
      ['Ethnic Origin', 'Staff Group', 'Pay Band'],
      [
        ['A', 'Administrative and Clerical', 'Band 4'],
        ['D', 'Allied Health Professionals', 'Band 6'],
      ],
    );
    expect(byGroup.indicator1Rows.map((row) => `${row.staffGroup} ${row.band}`)).toEqual(['non-clinical Band 4', 'clinical Band 6']);

    // A short row is still a person: counted in the headcount, reported as unplaced.
    const short = aggregate('staff', ['Ethnic Origin', 'Staff Group', 'Pay Band'], [['D']]);
    expect([short.headcount.bme, short.unplacedBand]).toEqual([1, 1]);
  });

  test('recruitment: every row is shortlisted unless a column says otherwise; appointed by flag', () => {
    const all = aggregate(
      'recruitment',
      ['Ethnicity', 'Appointed'],
      [
        ['A', 'Yes'],
        ['A', 'No'],
        ['D', 'No'],
        ['D', 'No'],
        ['D', 'Yes'],
      ],
    );
    expect(all.shortlisted).toEqual({ white: 2, bme: 3, unknown: 0 });
    expect(all.appointed).toEqual({ white: 1, bme: 1, unknown: 0 });
    expect(all.headcount).toEqual({ white: 0, bme: 0, unknown: 0 });

    const flagged = aggregate(
      'recruitment',
      ['Ethnicity', 'Shortlisted', 'Appointed'],
      [
        ['A', 'N', 'N'],
        ['A', 'Y', 'N'],
        ['D', 'N', 'Y'],
      ],
    );
    expect(flagged.shortlisted).toEqual({ white: 1, bme: 1, unknown: 0 });
    expect(flagged.appointed).toEqual({ white: 0, bme: 1, unknown: 0 });
  });

  test('disciplinary: one row per person entering the process', () => {
    expect(aggregate('disciplinary', ['Ethnic Category'], [['A'], ['D'], ['E'], ['']]).enteredDisciplinary).toEqual({ white: 1, bme: 2, unknown: 1 });
  });

  test('training: every row accessed unless a column says otherwise', () => {
    expect(aggregate('training', ['Ethnicity'], [['A'], ['D']]).accessedTraining).toEqual({ white: 1, bme: 1, unknown: 0 });
    expect(
      aggregate(
        'training',
        ['Ethnicity', 'Attended'],
        [
          ['A', 'Y'],
          ['D', 'N'],
        ],
      ).accessedTraining,
    ).toEqual({ white: 1, bme: 0, unknown: 0 });
  });

  test('board: voting and executive members', () => {
    const board = aggregate(
      'board',
      ['Ethnic Origin', 'Voting', 'Executive'],
      [
        ['A', 'Y', 'Y'],
        ['A', 'Y', 'N'],
        ['D', 'Y', 'N'],
        ['D', 'N', 'N'],
      ],
    );
    expect(board.boardVoting).toEqual({ white: 2, bme: 1, unknown: 0 });
    expect(board.boardExecutive).toEqual({ white: 1, bme: 0, unknown: 0 });
  });

  test('the files combine into one WRES year', () => {
    const staff = aggregate(
      'staff',
      ['Ethnic Origin', 'Staff Group', 'Pay Band'],
      [
        ['A', 'Administrative and Clerical', 'Band 4'],
        ['A', 'Administrative and Clerical', 'Band 4'],
        ['D', 'Allied Health Professionals', 'Band 6'],
      ],
    );
    const files = {
      staff,
      recruitment: aggregate(
        'recruitment',
        ['Ethnicity', 'Appointed'],
        [
          ['A', 'Y'],
          ['D', 'N'],
          ['D', 'Y'],
        ],
      ),
      disciplinary: aggregate('disciplinary', ['Ethnicity'], [['D']]),
      training: aggregate('training', ['Ethnicity'], [['A'], ['A'], ['D']]),
      board: aggregate(
        'board',
        ['Ethnicity', 'Voting'],
        [
          ['A', 'Y'],
          ['D', 'Y'],
        ],
      ),
    };
    const about = { organisation: { name: 'Demo NHS Trust', odsCode: 'RXX' }, year: 2025 };
    const input = staffFilesToInput(files, about);
    // With every file given, this is the one-file conversion of the combined counts.
    expect(input).toEqual(staffAggregateToInput(combineStaffAggregates(files), about));
    expect(input.indicator2).toEqual({ shortlisted: { white: 1, bme: 2, unknown: 0 }, appointed: { white: 1, bme: 1, unknown: 0 } });
    expect(input.indicator3).toEqual({ headcount: { white: 2, bme: 1, unknown: 0 }, entered: { white: 0, bme: 1, unknown: 0 } });
    expect(input.indicator4).toEqual({ headcount: { white: 2, bme: 1, unknown: 0 }, accessed: { white: 2, bme: 1, unknown: 0 } });
    expect(input.indicator9).toEqual({ boardVoting: { white: 1, bme: 1, unknown: 0 }, workforce: { white: 2, bme: 1, unknown: 0 } });
  });

  test('an indicator is given only when its file was chosen, so a missing file never stores zero events', () => {
    const staff = aggregate(
      'staff',
      ['Ethnic Origin', 'Staff Group', 'Pay Band'],
      [
        ['A', 'Administrative and Clerical', 'Band 4'],
        ['D', 'Allied Health Professionals', 'Band 6'],
      ],
    );
    const about = { organisation: { name: 'Demo NHS Trust', odsCode: 'RXX' }, year: 2025 };
    const alone = staffFilesToInput({ staff }, about);
    expect(Object.keys(alone).filter((key) => key.startsWith('indicator'))).toEqual(['indicator1']);
    const withTraining = staffFilesToInput({ staff, training: aggregate('training', ['Ethnicity'], [['A']]) }, about);
    expect(Object.keys(withTraining).filter((key) => key.startsWith('indicator'))).toEqual(['indicator1', 'indicator4']);
    expect(withTraining.indicator4).toEqual({ headcount: { white: 1, bme: 1, unknown: 0 }, accessed: { white: 1, bme: 0, unknown: 0 } });
    // A file with no one in it gives no indicator either.
    const emptyBoard = staffFilesToInput(
      {
        staff,
        board: aggregate('board', ['Ethnicity', 'Voting'], []),
        recruitment: aggregate('recruitment', ['Ethnicity', 'Appointed'], []),
        disciplinary: aggregate('disciplinary', ['Ethnicity'], []),
      },
      about,
    );
    expect(Object.keys(emptyBoard).filter((key) => key.startsWith('indicator'))).toEqual(['indicator1', 'indicator3']);
    // With no one in post there is no headcount, so no likelihood for 3 or 4.
    const noStaff = aggregate('staff', ['Ethnic Origin', 'Staff Group', 'Pay Band'], []);
    const none = staffFilesToInput(
      { staff: noStaff, disciplinary: aggregate('disciplinary', ['Ethnicity'], [['A']]), training: aggregate('training', ['Ethnicity'], [['A']]) },
      about,
    );
    expect(Object.keys(none).filter((key) => key.startsWith('indicator'))).toEqual([]);
  });

  test('with the staff file alone, only the workforce is counted', () => {
    const staff = aggregate('staff', ['Ethnic Origin', 'Staff Group', 'Pay Band'], [['A', 'Administrative and Clerical', 'Band 4']]);
    const combined = combineStaffAggregates({ staff });
    expect(combined).toEqual({
      ...staff,
      shortlisted: { white: 0, bme: 0, unknown: 0 },
      appointed: { white: 0, bme: 0, unknown: 0 },
      enteredDisciplinary: { white: 0, bme: 0, unknown: 0 },
      accessedTraining: { white: 0, bme: 0, unknown: 0 },
      boardVoting: { white: 0, bme: 0, unknown: 0 },
      boardExecutive: { white: 0, bme: 0, unknown: 0 },
    });
    expect(staffAggregateToInput(combined, { organisation: { name: 'T', odsCode: 'RXX' }, year: 2025 }).indicator2).toBeUndefined();
  });
});

describe('invariants', () => {
  const code = fc.constantFrom('A', 'B', 'C3', 'D', 'LH', 'S', 'Z', 'X', '', ' ');
  const flag = fc.constantFrom('Y', 'N', '1', '0', '', 'Yes', 'no');

  test('a recruitment file never appoints more than it shortlists, in any group', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(code, flag, flag)), (rows) => {
        const result = aggregate('recruitment', ['Ethnicity', 'Shortlisted', 'Appointed'], rows);
        for (const group of ['white', 'bme', 'unknown'] as const) expect(result.appointed[group]).toBeLessThanOrEqual(result.shortlisted[group]);
      }),
    );
  });

  test('every staff row is counted once in the headcount, and once in a band or as unplaced', () => {
    const band = fc.constantFrom('Band 2', 'Band 8a', 'VSM', 'Consultant', 'Non-AfC', '');
    const group = fc.constantFrom('Administrative and Clerical', 'Medical and Dental', 'Nursing and Midwifery Registered');
    fc.assert(
      fc.property(fc.array(fc.tuple(code, group, band)), (rows) => {
        const result = aggregate('staff', ['Ethnic Origin', 'Staff Group', 'Pay Band'], rows);
        const inBands = result.indicator1Rows.reduce((sum, row) => sum + row.white + row.bme + row.unknown, 0);
        expect(result.headcount.white + result.headcount.bme + result.headcount.unknown).toBe(rows.length);
        expect(inBands + result.unplacedBand).toBe(rows.length);
      }),
    );
  });

  test('splitting a file into chunks does not change its counts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(code, flag)), fc.nat(), (rows, cut) => {
        const at = rows.length === 0 ? 0 : cut % rows.length;
        const whole = aggregate('training', ['Ethnicity', 'Attended'], rows);
        const read = staffRowReader('training', { ethnicCode: 0, accessed: 1 });
        const aggregator = createStaffAggregator();
        aggregator.add(rows.slice(0, at).map((row) => ({ ...read(row) })));
        aggregator.add(rows.slice(at).map((row) => ({ ...read(row) })));
        expect(aggregator.result()).toEqual(whole);
      }),
    );
  });
});
