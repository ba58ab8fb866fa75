import fc from 'fast-check';
import {
  type StaffRecord,
  type WresInput,
  calculateWres,
  createStaffAggregator,
  ethnicGroupOf,
  placeRecord,
  readAfcBand,
  readMedicalGrade,
  staffAggregateToInput,
} from '../../../src/domain/wres';

const about = { organisation: { name: 'Demo NHS Trust', odsCode: 'RXX' }, year: 2024 };
const zero = () => ({ white: 0, bme: 0, unknown: 0 });
const any = (c: { white: number; bme: number; unknown: number }) => c.white + c.bme + c.unknown > 0;

describe('ethnic codes', () => {
  test.each([
    ['A', 'white'],
    ['B', 'white'],
    ['C', 'white'],
    ['C3', 'white'],
    [' c2 ', 'white'],
    ['D', 'bme'],
    ['H', 'bme'],
    ['LH', 'bme'],
    ['M', 'bme'],
    ['P', 'bme'],
    ['R', 'bme'],
    ['S', 'bme'],
    ['SC', 'bme'],
    ['Z', 'unknown'],
    ['X', 'unknown'],
    ['', 'unknown'],
    ['  ', 'unknown'],
    [null, 'unknown'],
    [undefined, 'unknown'],
    ['I', 'unknown'],
    ['Q', 'unknown'],
    ['9', 'unknown'],
  ] as const)('%p is %p', (code, group) => {
    expect(ethnicGroupOf(code)).toBe(group);
  });

  test('the mapping is configurable', () => {
    expect(ethnicGroupOf('Z', { Z: 'bme' })).toBe('bme');
  });
});

describe('ESR bands and grades', () => {
  test.each([
    ['Band 5', 'Band 5'],
    ['band 8A', 'Band 8a'],
    ['Review Body Band 6', 'Band 6'],
    ['8 c', 'Band 8c'],
    ['9', 'Band 9'],
    ['VSM', 'VSM'],
    ['Very Senior Manager', 'VSM'],
    ['Band 10', null],
    ['Non-AfC', null],
    ['', null],
  ])('AfC %p is %p', (text, band) => {
    expect(readAfcBand(text)).toBe(band);
  });

  test.each([
    ['consultant', 'Consultant'],
    ['Consultant (Locum)', 'Consultant'],
    ['Specialty Doctor', 'Non-consultant career grade'],
    ['Associate Specialist', 'Non-consultant career grade'],
    ['Foundation Year 1', 'Trainee grade'],
    ['Specialty Registrar', 'Trainee grade'],
    ['Clinical Fellow', 'Other'],
    ['trainee grade', 'Trainee grade'],
  ])('medical %p is %p', (text, grade) => {
    expect(readMedicalGrade(text)).toBe(grade);
  });

  test.each([
    ['Medical and Dental', 'Consultant', false, { staffGroup: 'medical-dental', band: 'Consultant' }],
    ['Nursing and Midwifery Registered', 'Band 5', true, { staffGroup: 'clinical', band: 'Band 5' }],
    ['Administrative and Clerical', 'Band 3', false, { staffGroup: 'non-clinical', band: 'Band 3' }],
    ['Administrative and Clerical', 'Apprentice', false, null],
  ])('%p %p clinical %p', (group, band, clinical, placed) => {
    expect(placeRecord(group, band, clinical)).toEqual(placed);
  });
});

describe('staff aggregation', () => {
  test('the aggregator groups any code exactly as ethnicGroupOf does, under any mapping', () => {
    const group = fc.constantFrom('white', 'bme', 'unknown') as fc.Arbitrary<'white' | 'bme' | 'unknown'>;
    const mapping = fc.option(fc.dictionary(fc.string({ maxLength: 1 }), group), { nil: undefined });
    const code = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(' c2 ', '\tM', 'É', 'é1', '\u00a0A', '', null, undefined));
    fc.assert(
      fc.property(code, mapping, (ethnicCode, ethnicCodeMapping) => {
        const aggregator = createStaffAggregator(ethnicCodeMapping === undefined ? {} : { ethnicCodeMapping });
        aggregator.addRow({ ethnicCode });
        const expected = { white: 0, bme: 0, unknown: 0, [ethnicGroupOf(ethnicCode, ethnicCodeMapping)]: 1 };
        expect(aggregator.result().headcount).toEqual(expected);
      }),
    );
  });

  test('one band in several staff groups is placed by each group', () => {
    const aggregator = createStaffAggregator();
    aggregator.add([
      { ethnicCode: 'A', band: 'Band 5', staffGroup: 'Nursing', clinical: true },
      { ethnicCode: 'A', band: 'Band 5', staffGroup: 'Admin', clinical: false },
      { ethnicCode: 'M', band: 'Band 5', staffGroup: 'Nursing', clinical: true },
      { ethnicCode: 'M', band: 'Band 5', staffGroup: 'Admin', clinical: true },
    ]);
    expect(aggregator.result().indicator1Rows).toEqual([
      { staffGroup: 'non-clinical', band: 'Band 5', white: 1, bme: 0, unknown: 0 },
      { staffGroup: 'clinical', band: 'Band 5', white: 1, bme: 2, unknown: 0 },
    ]);
  });

  test('worked example', () => {
    const aggregator = createStaffAggregator();
    aggregator.add([
      { ethnicCode: 'A', band: 'Band 5', staffGroup: 'Nursing', clinical: true, accessedTraining: true },
      { ethnicCode: 'C3', band: 'Band 5', staffGroup: 'Nursing', clinical: true, enteredDisciplinary: true },
      { ethnicCode: 'M', band: 'Band 8a', staffGroup: 'Admin', clinical: false, boardVoting: true, boardExecutive: true },
      { ethnicCode: '', band: 'Consultant', staffGroup: 'Medical and Dental' },
      { ethnicCode: 'H', band: 'Apprentice', staffGroup: 'Admin' },
      { ethnicCode: 'H', inWorkforce: false, shortlisted: true },
      { ethnicCode: 'B', inWorkforce: false, appointed: true },
    ]);
    const result = aggregator.result();
    expect(result).toMatchObject({
      records: 7,
      unplacedBand: 1,
      headcount: { white: 2, bme: 2, unknown: 1 },
      shortlisted: { white: 1, bme: 1, unknown: 0 },
      appointed: { white: 1, bme: 0, unknown: 0 },
      enteredDisciplinary: { white: 1, bme: 0, unknown: 0 },
      accessedTraining: { white: 1, bme: 0, unknown: 0 },
      boardVoting: { white: 0, bme: 1, unknown: 0 },
      boardExecutive: { white: 0, bme: 1, unknown: 0 },
    });
    expect(result.indicator1Rows).toEqual([
      { staffGroup: 'non-clinical', band: 'Band 8a', white: 0, bme: 1, unknown: 0 },
      { staffGroup: 'clinical', band: 'Band 5', white: 2, bme: 0, unknown: 0 },
      { staffGroup: 'medical-dental', band: 'Consultant', white: 0, bme: 0, unknown: 1 },
    ]);
    const input = staffAggregateToInput(result, about);
    expect(Object.keys(input)).toEqual(['schemaVersion', 'organisation', 'year', 'indicator1', 'indicator2', 'indicator3', 'indicator4', 'indicator9']);
    expect(input.indicator9?.boardExecutive).toEqual({ white: 0, bme: 1, unknown: 0 });
  });

  test('an empty extract gives an input with no indicators', () => {
    expect(staffAggregateToInput(createStaffAggregator().result(), about)).toEqual({ schemaVersion: 1, ...about });
  });

  test('a board with no executives leaves boardExecutive out', () => {
    const aggregator = createStaffAggregator();
    aggregator.addRow({ ethnicCode: 'A', band: 'VSM', boardVoting: true });
    expect(staffAggregateToInput(aggregator.result(), about).indicator9).toEqual({
      boardVoting: { white: 1, bme: 0, unknown: 0 },
      workforce: { white: 1, bme: 0, unknown: 0 },
    });
  });

  test('placement is configurable, and two ESR bands may share a WRES row', () => {
    const aggregator = createStaffAggregator({ placeRecord: () => ({ staffGroup: 'clinical', band: 'Band 1' }) });
    aggregator.add([{ band: 'x' }, { band: 'y', ethnicCode: 'D' }]);
    expect(aggregator.result().indicator1Rows).toEqual([{ staffGroup: 'clinical', band: 'Band 1', white: 0, bme: 1, unknown: 1 }]);
  });
});

const record: fc.Arbitrary<StaffRecord> = fc.record(
  {
    ethnicCode: fc.constantFrom('A', 'B', 'C2', 'D', 'H', 'M', 'R', 'S', 'Z', 'X', '', null),
    band: fc.constantFrom('Band 2', 'Band 5', 'Band 8a', 'Band 8d', 'VSM', 'Consultant', 'Specialty Doctor', 'Unknown band'),
    staffGroup: fc.constantFrom('Medical and Dental', 'Nursing and Midwifery Registered', 'Administrative and Clerical'),
    clinical: fc.boolean(),
    inWorkforce: fc.boolean(),
    shortlisted: fc.boolean(),
    appointed: fc.boolean(),
    enteredDisciplinary: fc.boolean(),
    accessedTraining: fc.boolean(),
    boardVoting: fc.boolean(),
    boardExecutive: fc.boolean(),
  },
  { requiredKeys: ['ethnicCode'] },
);

describe('aggregation properties', () => {
  test('chunked aggregation equals one-shot aggregation', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 300 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1 }), (records, sizes) => {
        const oneShot = createStaffAggregator();
        oneShot.add(records);
        const chunked = createStaffAggregator();
        let at = 0;
        for (let i = 0; at < records.length; i += 1) {
          const size = sizes[i % sizes.length] as number;
          chunked.add(records.slice(at, at + size));
          at += size;
        }
        expect(chunked.result()).toEqual(oneShot.result());
      }),
    );
  });

  test('aggregating then calculating equals calculating from summed counts', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 300 }), (records) => {
        const aggregator = createStaffAggregator();
        aggregator.add(records);
        const viaAggregator = calculateWres(staffAggregateToInput(aggregator.result(), about));

        // Independent sums, written the slow and obvious way.
        const sums = { headcount: zero(), shortlisted: zero(), appointed: zero(), entered: zero(), accessed: zero(), board: zero(), exec: zero() };
        const rows = new Map<
          string,
          { staffGroup: 'non-clinical' | 'clinical' | 'medical-dental'; band: string; white: number; bme: number; unknown: number }
        >();
        for (const r of records) {
          const g = ethnicGroupOf(r.ethnicCode);
          if (r.inWorkforce !== false) {
            sums.headcount[g] += 1;
            if (r.enteredDisciplinary) sums.entered[g] += 1;
            if (r.accessedTraining) sums.accessed[g] += 1;
            const placed = placeRecord(r.staffGroup ?? '', r.band ?? '', r.clinical === true);
            if (placed !== null) {
              const key = `${placed.staffGroup}|${placed.band}`;
              const row = rows.get(key) ?? { ...placed, ...zero() };
              row[g] += 1;
              rows.set(key, row);
            }
          }
          if (r.shortlisted || r.appointed) sums.shortlisted[g] += 1;
          if (r.appointed) sums.appointed[g] += 1;
          if (r.boardVoting) sums.board[g] += 1;
          if (r.boardExecutive) sums.exec[g] += 1;
        }
        const direct: WresInput = {
          schemaVersion: 1,
          ...about,
          ...(rows.size > 0 ? { indicator1: { rows: [...rows.values()] } } : {}),
          ...(any(sums.shortlisted) ? { indicator2: { shortlisted: sums.shortlisted, appointed: sums.appointed } } : {}),
          ...(any(sums.headcount)
            ? { indicator3: { headcount: sums.headcount, entered: sums.entered }, indicator4: { headcount: sums.headcount, accessed: sums.accessed } }
            : {}),
          ...(any(sums.board)
            ? { indicator9: { boardVoting: sums.board, ...(any(sums.exec) ? { boardExecutive: sums.exec } : {}), workforce: sums.headcount } }
            : {}),
        };
        expect(viaAggregator).toEqual(calculateWres(direct));
      }),
    );
  });
});
