import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type NationalFigure,
  type WresInput,
  NATIONAL_FIGURES,
  NATIONAL_SOURCES,
  calculateWres,
  compareWithEngland,
  nationalFigure,
  placeAgainstEngland,
} from '../../../src/domain/wres';
import { trustBoardPercent } from '../../../src/domain/wres/national-figures';
import { g, input } from './build';

// The reference text kept with the code in docs/reference; the figures are copied from its §5.
const reference = readFileSync(join(process.cwd(), 'docs', 'reference', 'wres.md'), 'utf8');

/** Cells of the §5 table row for a report year, by column: 0 year, 1 ind 1, 2–4 ind 2–4, 5 ind 5–8, 6 ind 9, 7 other. */
function referenceRow(text: string, year: number): string[] {
  const line = text.split('\n').find((l) => l.startsWith(`| ${year} `) && l.split('|').length >= 9);
  if (line === undefined) throw new Error(`no row for ${year} in the national table`);
  return line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
}

const COLUMN: Readonly<Record<string, number>> = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 5, '7': 5, '8': 5, '9': 6 };

function columnOf(f: NationalFigure): number {
  return f.measure === 'vsm-bme-percent' ? 7 : (COLUMN[f.indicator] as number);
}

function written(f: NationalFigure): string {
  return f.measure === 'relative-likelihood' ? f.value.toFixed(2) : `${f.value.toFixed(f.decimals)}%`;
}

function expectEveryFigureAsInReference(text: string): void {
  const mismatches = NATIONAL_FIGURES.flatMap((f) => {
    const cell = referenceRow(text, f.year)[columnOf(f)] ?? '';
    const problems: string[] = [];
    if (!cell.includes(written(f))) problems.push(`${f.year} indicator ${f.indicator} ${f.measure}: ${written(f)} not in "${cell}"`);
    for (const s of f.sources) if (!cell.includes(s.key)) problems.push(`${f.year} indicator ${f.indicator}: ${s.key} not cited in "${cell}"`);
    // In columns 1–4 the reference marks inferred figures "I:"; the others carry no such mark.
    if (columnOf(f) <= 4 && f.unconfirmed !== cell.includes('I:')) problems.push(`${f.year} indicator ${f.indicator}: unconfirmed should be ${!f.unconfirmed}`);
    return problems;
  });
  expect(mismatches).toEqual([]);
}

function expectEveryReferenceFigureLoaded(text: string): void {
  const missing: string[] = [];
  for (const year of [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]) {
    const row = referenceRow(text, year);
    for (const id of ['2', '3', '4'] as const) {
      for (const match of (row[Number(id)] ?? '').matchAll(/\b\d\.\d\d\b/g)) {
        if (nationalFigure(year, id, 'relative-likelihood')?.value !== Number(match[0])) missing.push(`${year} indicator ${id} ${match[0]}`);
      }
    }
    // Column 1: the first percentage is the BME share of the workforce.
    const share = /(\d+(?:\.\d)?)%/.exec(row[1] ?? '');
    if (share !== null && nationalFigure(year, '1', 'workforce-bme-percent')?.value !== Number(share[1])) missing.push(`${year} indicator 1 ${share[0]}`);
  }
  expect(missing).toEqual([]);
}

function expectEverySourceAsInReference(text: string): void {
  const wrong = Object.entries(NATIONAL_SOURCES).filter(([key, address]) => !text.includes(`| ${key} | ${address} `));
  expect(wrong).toEqual([]);
}

describe('national figures', () => {
  test('every figure carries at least one source, each with its address', () => {
    const unsourced = NATIONAL_FIGURES.filter(
      (f) => f.sources.length === 0 || f.sources.some((s) => s.address !== NATIONAL_SOURCES[s.key] || !s.address.startsWith('https://')),
    );
    expect(unsourced).toEqual([]);
    expect(NATIONAL_FIGURES.length).toBeGreaterThan(30);
  });

  test('only the figures wres.md marks inferred are unconfirmed', () => {
    expect(NATIONAL_FIGURES.filter((f) => f.unconfirmed).map((f) => [f.year, f.indicator, f.value])).toEqual([
      [2016, '1', 17.7],
      [2021, '2', 1.61],
    ]);
  });

  test('each year, indicator and measure appears once', () => {
    const keys = NATIONAL_FIGURES.map((f) => `${f.year}/${f.indicator}/${f.measure}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test.each([
    [2016, '2', 1.57],
    [2018, '3', 1.24],
    [2019, '4', 1.15],
    [2022, '2', 1.54],
    [2023, '1', 26.4],
    [2024, '1', 28.6],
  ] as const)('%p indicator %s is %p', (year, id, value) => {
    const measure = id === '1' ? 'workforce-bme-percent' : 'relative-likelihood';
    expect(nationalFigure(year, id, measure)?.value).toBe(value);
  });

  test.each([
    // [year, indicator, measure, value, decimals, source keys]
    [2023, '1', 'workforce-bme-percent', 26.4, 1, ['S29', 'S47', 'S32']],
    [2022, '1', 'vsm-bme-percent', 10.3, 1, ['S47']],
    [2023, '6', 'bme-percent', 27.5, 1, ['S47']],
    [2023, '6', 'white-percent', 21.7, 1, ['S47']],
    [2023, '7', 'black-staff-percent', 39, 0, ['S47']],
    [2024, '7', 'bme-percent', 48.8, 1, ['S28']],
    [2024, '7', 'white-percent', 59.4, 1, ['S28']],
    [2024, '9', 'board-bme-percent', 16.5, 1, ['S14']],
  ] as const)('%p indicator %s %s is %p as published (%p dp) from %p', (year, id, measure, value, decimals, keys) => {
    expect(nationalFigure(year, id, measure)).toMatchObject({
      value,
      decimals,
      unconfirmed: false,
      sources: keys.map((key) => ({ key, address: NATIONAL_SOURCES[key] })),
    });
  });

  test("England's board figure is of all board members; there is no voting-board figure yet", () => {
    expect(nationalFigure(2024, '9', 'board-bme-percent')?.note).toContain('All board members, voting and non-voting');
    expect(NATIONAL_FIGURES.filter((f) => f.measure === 'voting-board-bme-percent')).toEqual([]);
  });

  test('the inverted RDaSH figures are not loaded, and missing years give null', () => {
    expect(NATIONAL_FIGURES.filter((f) => f.value === 0.71 || f.value === 0.79)).toEqual([]);
    expect(nationalFigure(2024, '2', 'relative-likelihood')).toBeNull();
  });

  test('every figure, its sources and its unconfirmed flag match wres.md §5', () => {
    expectEveryFigureAsInReference(reference);
  });

  test('every ratio and workforce share in wres.md §5 is loaded', () => {
    expectEveryReferenceFigureLoaded(reference);
  });

  test('every source address is the one wres.md §1 gives for its key', () => {
    expectEverySourceAsInReference(reference);
  });
});

describe('placeAgainstEngland', () => {
  test.each([
    // [year, indicator, measure, trust, England, difference, standing]
    [2022, '2', 'relative-likelihood', 1.51, 1.54, -0.03, 'better'],
    [2022, '2', 'relative-likelihood', 1.54, 1.54, 0, 'same'],
    [2022, '2', 'relative-likelihood', 1.9, 1.54, 0.36, 'worse'],
    // |ln 0.60| = 0.51 > |ln 1.54| = 0.43: further from parity, the other way.
    [2022, '2', 'relative-likelihood', 0.6, 1.54, -0.94, 'worse'],
    [2019, '3', 'relative-likelihood', 1.4, 1.22, 0.18, 'worse'],
    [2016, '4', 'relative-likelihood', 1.05, 1.11, -0.06, 'better'],
    // Indicator 5: higher is worse.
    [2022, '5', 'bme-percent', 25, 29.2, -4.2, 'better'],
    [2024, '6', 'white-percent', 22, 20.7, 1.3, 'worse'],
    [2024, '6', 'bme-percent', 24.9, 24.9, 0, 'same'],
    // Indicator 9 and VSM: a lower BME share is worse.
    [2024, '9', 'board-bme-percent', 20, 16.5, 3.5, 'better'],
    [2024, '9', 'board-bme-percent', 15, 16.5, -1.5, 'worse'],
    // Indicator 7: a higher share believing in equal opportunities is better, for BME and White staff alike.
    [2024, '7', 'bme-percent', 45, 48.8, -3.8, 'worse'],
    [2024, '7', 'white-percent', 61, 59.4, 1.6, 'better'],
    [2023, '6', 'bme-percent', 25, 27.5, -2.5, 'better'],
    [2023, '1', 'vsm-bme-percent', 10, 11.2, -1.2, 'worse'],
    // The workforce's BME share reflects the local population.
    [2024, '1', 'workforce-bme-percent', 30, 28.6, 1.4, 'no-direction'],
  ] as const)('%p indicator %s %s: trust %p vs England %p', (year, indicator, measure, value, england, difference, standing) => {
    expect(placeAgainstEngland({ year, indicator, measure, value })).toMatchObject({
      trustValue: value,
      englandValue: england,
      difference,
      standing,
      unconfirmed: false,
      reason: null,
      unit: measure === 'relative-likelihood' ? 'relative likelihood' : 'percent',
    });
  });

  test('the adverse-direction reading judges any lower ratio better', () => {
    expect(
      placeAgainstEngland({ year: 2022, indicator: '2', measure: 'relative-likelihood', value: 0.6 }, { ratioImprovement: 'adverse-direction' }).standing,
    ).toBe('better');
  });

  test('an unconfirmed national figure is used and flagged, or left out on request', () => {
    const trust = { year: 2021, indicator: '2', measure: 'relative-likelihood', value: 1.5 } as const;
    expect(placeAgainstEngland(trust)).toMatchObject({ englandValue: 1.61, standing: 'better', unconfirmed: true, national: { sources: [{ key: 'S30' }] } });
    expect(placeAgainstEngland(trust, { includeUnconfirmed: false })).toMatchObject({
      englandValue: 1.61,
      difference: null,
      standing: 'not-comparable',
      unconfirmed: true,
      reason: 'the national figure is unconfirmed and unconfirmed figures are excluded',
    });
  });

  test.each([
    [
      { year: 2025, indicator: '2', measure: 'relative-likelihood', value: 1.2 },
      null,
      'there is no national figure for indicator 2 (relative-likelihood) in 2025',
    ],
    [{ year: 2022, indicator: '2', measure: 'relative-likelihood', value: null }, 1.54, 'the trust has no relative-likelihood figure for indicator 2'],
    [{ year: 2022, indicator: '2', measure: 'relative-likelihood', value: null, reason: 'no BME appointed' }, 1.54, 'no BME appointed'],
  ] as const)('not comparable: %p', (trust, england, reason) => {
    expect(placeAgainstEngland(trust)).toMatchObject({ englandValue: england, difference: null, standing: 'not-comparable', reason });
  });
});

/** A trust result with indicators 1, 2, 6, 7 and 9 for `year`. */
const full = (year: number, extra: Partial<WresInput> = {}) =>
  calculateWres({
    ...input({
      indicator1: {
        rows: [
          { staffGroup: 'clinical', band: 'Band 5', white: 600, bme: 380, unknown: 20 },
          { staffGroup: 'non-clinical', band: 'VSM', white: 8, bme: 1, unknown: 1 },
          { staffGroup: 'clinical', band: 'VSM', white: 9, bme: 1, unknown: 0 },
        ],
      },
      indicator2: { shortlisted: g(1000, 1000), appointed: g(300, 200) },
      indicator6: { white: 21.5, bme: 26 },
      indicator7: { white: 58, bme: 45 },
      indicator9: { boardVoting: g(9, 3), boardNonVoting: g(3, 1) },
      ...extra,
    }),
    year,
  });

describe('compareWithEngland', () => {
  test('a 2024 result against England: every measure England has, and the main one of each indicator', () => {
    // Workforce 382/1020 = 37.45% → 37.5%; VSM 2/20 = 10.0%; whole board (3+1)/(12+4) = 25.0%.
    // Indicator 7: BME 45 − 48.8 = −3.8 (worse); White 58 − 59.4 = −1.4 (lower is worse for indicator 7).
    const rows = compareWithEngland(full(2024)).map((c) => [c.indicator, c.measure, c.trustValue, c.englandValue, c.difference, c.standing]);
    expect(rows).toEqual([
      ['1', 'workforce-bme-percent', 37.5, 28.6, 8.9, 'no-direction'],
      ['1', 'vsm-bme-percent', 10, 12.7, -2.7, 'worse'],
      ['2', 'relative-likelihood', 1.5, null, null, 'not-comparable'],
      ['6', 'bme-percent', 26, 24.9, 1.1, 'worse'],
      ['6', 'white-percent', 21.5, 20.7, 0.8, 'worse'],
      ['7', 'bme-percent', 45, 48.8, -3.8, 'worse'],
      ['7', 'white-percent', 58, 59.4, -1.4, 'worse'],
      ['7', 'black-staff-percent', null, 42.2, null, 'not-comparable'],
      ['9', 'board-bme-percent', 25, 16.5, 8.5, 'better'],
    ]);
    expect(compareWithEngland(full(2024)).find((c) => c.measure === 'black-staff-percent')?.reason).toBe('a WRES result has no figure for black staff alone');
  });

  test('a 2023 result against England uses 2023 figures', () => {
    // Workforce 37.5 − 26.4 = 11.1; VSM 10.0 − 11.2 = −1.2; indicator 6 BME 26 − 27.5 = −1.5, White 21.5 − 21.7 = −0.2.
    expect(compareWithEngland(full(2023)).map((c) => [c.indicator, c.measure, c.englandValue, c.difference, c.standing])).toEqual([
      ['1', 'workforce-bme-percent', 26.4, 11.1, 'no-direction'],
      ['1', 'vsm-bme-percent', 11.2, -1.2, 'worse'],
      ['2', 'relative-likelihood', 1.59, -0.09, 'better'],
      ['6', 'bme-percent', 27.5, -1.5, 'better'],
      ['6', 'white-percent', 21.7, -0.2, 'better'],
      ['7', 'bme-percent', null, null, 'not-comparable'],
      ['7', 'black-staff-percent', 39, null, 'not-comparable'],
      ['9', 'board-bme-percent', null, null, 'not-comparable'],
    ]);
  });

  test('a ratio that cannot be formed says why; all-unknown groups have no figure over all staff too, never 0%', () => {
    const vsmAndBoard = full(2024, {
      indicator1: { rows: [{ staffGroup: 'clinical', band: 'VSM', white: 0, bme: 0, unknown: 3 }] },
      indicator9: { boardVoting: g(0, 0, 4), boardNonVoting: g(0, 0, 1) },
    });
    const placed = Object.fromEntries(compareWithEngland(vsmAndBoard).map((c) => [`${c.indicator} ${c.measure}`, [c.trustValue, c.standing, c.reason]]));
    expect(placed).toMatchObject({
      '1 vsm-bme-percent': [null, 'not-comparable', 'no VSM member has a recorded ethnicity'],
      '9 board-bme-percent': [null, 'not-comparable', 'no board member has a recorded ethnicity'],
    });
    const ratio = compareWithEngland(full(2022, { indicator2: { shortlisted: g(10, 10), appointed: g(1, 0) } })).find((c) => c.indicator === '2');
    expect(ratio).toMatchObject({
      trustValue: null,
      englandValue: 1.54,
      standing: 'not-comparable',
      reason: "the trust's figure is not calculable: no BME applicants were appointed, so the ratio has no finite value",
    });
  });

  test('VSM, board and workforce shares use the result’s BME % denominator', () => {
    const unknownOnly = calculateWres(
      {
        ...input({
          indicator1: { rows: [{ staffGroup: 'clinical', band: 'VSM', white: 0, bme: 0, unknown: 3 }] },
          indicator9: { boardVoting: g(0, 0, 4), boardNonVoting: g(0, 0, 1) },
        }),
        year: 2024,
      },
      { percentDenominator: 'known-ethnicity' },
    );
    expect(compareWithEngland(unknownOnly).map((c) => [c.measure, c.trustValue, c.reason])).toEqual([
      ['workforce-bme-percent', null, 'the trust has no workforce-bme-percent figure for indicator 1'],
      ['vsm-bme-percent', null, 'no VSM member has a recorded ethnicity'],
      ['board-bme-percent', null, 'no board member has a recorded ethnicity'],
    ]);
  });

  test('only the indicators the result gives are placed', () => {
    const result = calculateWres({ ...input({ indicator2: { shortlisted: g(1000, 1000), appointed: g(300, 200) } }), year: 2022 });
    expect(compareWithEngland(result).map((c) => [c.indicator, c.difference, c.standing])).toEqual([['2', -0.04, 'better']]);
  });

  test('a result with no VSM row cannot be placed on VSM', () => {
    const result = calculateWres({
      ...input({ indicator1: { rows: [{ staffGroup: 'clinical', band: 'Band 5', white: 5, bme: 5, unknown: 0 }] } }),
      year: 2024,
    });
    expect(compareWithEngland(result).find((c) => c.measure === 'vsm-bme-percent')).toMatchObject({
      trustValue: null,
      reason: 'indicator 1 has no VSM row',
      englandValue: 12.7,
    });
  });
});

const board = (indicator9: NonNullable<WresInput['indicator9']>) =>
  compareWithEngland(calculateWres({ ...input({ indicator9: { workforce: g(70, 30), ...indicator9 } }), year: 2024 }));
const boardGroup = (max: number) => fc.record({ white: fc.nat(max), bme: fc.nat(max), unknown: fc.nat(max) });

describe('indicator 9 against England, like with like', () => {
  test("a trust that gives only its voting board is not compared with England's all-board figure, and is told why", () => {
    // Voting 3/12 = 25%: it would read 'better' than 16.5% if voting were set beside all members.
    expect(board({ boardVoting: g(9, 3) })).toEqual([
      expect.objectContaining({
        measure: 'board-bme-percent',
        trustValue: null,
        englandValue: 16.5,
        difference: null,
        standing: 'not-comparable',
        reason: "the trust gives only its voting board members, and England's figure is of all board members: give the non-voting members too",
      }),
    ]);
  });

  test.each([
    // [voting, non-voting, whole-board BME %, difference from 16.5, standing]
    // Voting 3/12 = 25% but the whole board (3+0)/(12+6) = 16.667% → 16.7: +0.2, better.
    [g(9, 3), g(6, 0), 16.7, 0.2, 'better'],
    // Voting 2/10 = 20% but the whole board 2/(10+5) = 13.333% → 13.3: −3.2, worse, where voting alone would read better.
    [g(8, 2), g(5, 0), 13.3, -3.2, 'worse'],
    // Voting 20/120 = 16.667% → 16.7, but the whole board (20+13)/(120+80) = 33/200 = 16.5% exactly: the same.
    [g(100, 20), g(67, 13), 16.5, 0, 'same'],
  ] as const)('voting %o + non-voting %o: whole board %p%% against England 16.5%%', (boardVoting, boardNonVoting, percent, difference, standing) => {
    expect(board({ boardVoting, boardNonVoting })).toEqual([
      expect.objectContaining({ measure: 'board-bme-percent', trustValue: percent, englandValue: 16.5, difference, standing, reason: null }),
    ]);
  });

  test('the voting board is placed only against a voting-board figure, of which England has none yet', () => {
    const result = calculateWres({ ...input({ indicator9: { boardVoting: g(9, 3), workforce: g(70, 30) } }), year: 2024 });
    expect(
      placeAgainstEngland({ year: 2024, indicator: '9', measure: 'voting-board-bme-percent', value: result.indicators['9']?.boardBmePercent ?? null }),
    ).toMatchObject({
      trustValue: 25,
      englandValue: null,
      standing: 'not-comparable',
      reason: 'there is no national figure for indicator 9 (voting-board-bme-percent) in 2024',
    });
  });

  test.each([
    // [indicator 9 input, measure, trust figure]
    // Voting 3/12 = 25.0%; whole board with one non-voting White member 3/13 = 23.077% → 23.1.
    // An all-unknown voting board with one known non-voting member: voting has no figure, the whole board is 0/1 = 0%.
    [{ boardVoting: g(9, 3), boardNonVoting: g(1, 0) }, 'voting-board-bme-percent', { value: 25 }],
    [{ boardVoting: g(9, 3), boardNonVoting: g(1, 0) }, 'board-bme-percent', { value: 23.1 }],
    [
      { boardVoting: g(0, 0, 5), boardNonVoting: g(1, 0) },
      'voting-board-bme-percent',
      { value: null, reason: 'no voting board member has a recorded ethnicity' },
    ],
    [{ boardVoting: g(0, 0, 5), boardNonVoting: g(1, 0) }, 'board-bme-percent', { value: 0 }],
    [
      { boardVoting: g(9, 3) },
      'board-bme-percent',
      { value: null, reason: "the trust gives only its voting board members, and England's figure is of all board members: give the non-voting members too" },
    ],
  ] as const)('trustBoardPercent(%o, %s)', (indicator9, measure, figure) => {
    const result = calculateWres(input({ indicator9: { ...indicator9, workforce: g(70, 30) } })).indicators['9'];
    expect(result && trustBoardPercent(result, measure)).toEqual(figure);
  });

  test('whatever the board, the trust value set beside the all-board figure is the whole board, or nothing', () => {
    fc.assert(
      fc.property(boardGroup(15), fc.option(boardGroup(8), { nil: undefined }), (boardVoting, boardNonVoting) => {
        const result = calculateWres({
          ...input({ indicator9: { boardVoting, ...(boardNonVoting && { boardNonVoting }), workforce: g(70, 30) } }),
          year: 2024,
        });
        const placed = compareWithEngland(result).filter((c) => c.indicator === '9');
        expect(placed.map((c) => c.measure)).toEqual(['board-bme-percent']);
        const expected = result.indicators['9']?.totalBoard?.boardBmePercent ?? null;
        expect(placed[0]?.trustValue).toBe(expected);
        // With only the voting board, never a standing against England's all-board figure.
        expect(boardNonVoting !== undefined || placed[0]?.standing === 'not-comparable').toBe(true);
      }),
    );
  });
});
