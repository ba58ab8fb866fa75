import fc from 'fast-check';
import { calculateWres, type Indicator9Result, type WresInput, type WresOptions } from '../../../src/domain/wres';
import { g, input } from './build';

const indicator1 = { rows: [{ staffGroup: 'clinical' as const, band: 'Band 5', white: 978, bme: 590, unknown: 56 }] };

const group = (max: number) => fc.record({ white: fc.nat(max), bme: fc.nat(max), unknown: fc.nat(max) });

function i9(given: Partial<WresInput>, options: Partial<WresOptions> = {}): Indicator9Result {
  return calculateWres(input(given), options).indicators['9'] as Indicator9Result;
}

describe('indicator 9: board representation', () => {
  test('worked example, workforce from indicator 1, with executives', () => {
    // Board 2/12 = 16.667%; workforce 590/1624 = 36.330%; 16.667 − 36.330 = −19.663 → −19.7 pp.
    // Executives 1/6 = 16.667% → the same difference.
    const result = i9({ indicator1, indicator9: { boardVoting: g(10, 2), boardExecutive: g(5, 1) } });
    expect(result).toMatchObject({
      value: -19.7,
      boardBmePercent: 16.7,
      workforceBmePercent: 36.3,
      workforceSource: 'indicator1',
      verdict: 'adverse',
      certainty: 'not-assessed',
      executive: { value: -19.7, verdict: 'adverse', certainty: 'not-assessed' },
      totalBoard: null,
    });
  });

  test('a given workforce wins over indicator 1; a board above the workforce is reversed', () => {
    // Board 3/10 = 30%; workforce 25/100 = 25% → +5.0 pp: the gap runs the other way.
    const result = i9({ indicator1, indicator9: { boardVoting: g(7, 3), workforce: g(75, 25) } });
    expect(result).toMatchObject({ value: 5, workforceSource: 'indicator9.workforce', verdict: 'reversed', executive: null });
  });

  test('equal shares are non-adverse; the tolerance widens that', () => {
    expect(i9({ indicator9: { boardVoting: g(3, 1), workforce: g(300, 100) } }).verdict).toBe('non-adverse');
    expect(i9({ indicator9: { boardVoting: g(4, 1), workforce: g(75, 25) } }, { representationGapTolerance: 5 }).verdict).toBe('non-adverse');
    expect(i9({ indicator9: { boardVoting: g(4, 1), workforce: g(75, 25) } }, { verdictBasis: 'unrounded' }).verdict).toBe('adverse');
  });

  test.each([
    ['no workforce at all', { indicator9: { boardVoting: g(10, 2) } }, 'there are no workforce figures: give indicator9.workforce or indicator 1'],
    ['empty board', { indicator9: { boardVoting: g(0, 0), workforce: g(1, 1) } }, 'no voting board members are given'],
    ['all-unknown board', { indicator9: { boardVoting: g(0, 0, 9), workforce: g(1, 1) } }, 'the ethnicity of every one of the voting board members is unknown'],
    ['all-unknown workforce', { indicator9: { boardVoting: g(1, 1), workforce: g(0, 0, 40) } }, 'the ethnicity of everyone in the workforce is unknown'],
  ] as [string, Partial<WresInput>, string][])('not calculable: %s', (_name, given, reason) => {
    expect(i9(given)).toMatchObject({ verdict: 'not-calculable', certainty: 'not-assessed', reason, value: null, unrounded: null });
  });

  test('a board whose members are all of unknown ethnicity has no BME figure, over all staff too, not 0%', () => {
    const result = i9({ indicator9: { boardVoting: g(0, 0, 9), workforce: g(60, 40) } });
    expect(result).toMatchObject({ boardBmePercent: null, workforceBmePercent: 40, board: { bmePercent: null, unknownPercent: 100 } });
  });

  test('an empty executive is not calculable on its own', () => {
    const result = i9({ indicator9: { boardVoting: g(1, 1), boardExecutive: g(0, 0), workforce: g(1, 1) } });
    expect(result.verdict).toBe('non-adverse');
    expect(result.executive).toMatchObject({ verdict: 'not-calculable', reason: 'no executive board members are given' });
  });
});

describe('indicator 9: the whole board, voting and non-voting members together', () => {
  test.each([
    // [voting, non-voting, workforce, voting value, voting verdict, whole-board BME %, whole-board value, whole-board verdict]
    // Voting 2/12 = 16.667%; whole board (2+1)/(12+4) = 3/16 = 18.75%; workforce 300/1000 = 30%.
    // Voting −13.333 → −13.3 pp; whole 18.75 − 30 = −11.25 → −11.3 pp (half away from zero).
    [g(10, 2), g(3, 1), g(700, 300), -13.3, 'adverse', 18.8, -11.3, 'adverse'],
    // Voting 1/10 = 10%; whole (1+3)/(10+5) = 4/15 = 26.667%; workforce 25%: voting −15.0, whole +1.7 → reversed.
    [g(9, 1), g(2, 3), g(75, 25), -15, 'adverse', 26.7, 1.7, 'reversed'],
    // A board with no non-voting members, given as 0: the whole board is the voting board.
    [g(8, 2), g(0, 0), g(80, 20), 0, 'non-adverse', 20, 0, 'non-adverse'],
    // Unknown members count in the whole board's denominator over all staff: (1+1)/(6+4+2) = 2/12 = 16.667%;
    // workforce 20%: −3.333 → −3.3.
    [g(5, 1, 0), g(3, 1, 2), g(80, 20), -3.3, 'adverse', 16.7, -3.3, 'adverse'],
  ] as const)('voting %o + non-voting %o against workforce %o', (voting, nonVoting, workforce, value, verdict, totalPercent, totalValue, totalVerdict) => {
    const result = i9({ indicator9: { boardVoting: voting, boardNonVoting: nonVoting, workforce } });
    expect(result).toMatchObject({ value, verdict });
    expect(result.totalBoard).toMatchObject({
      boardBmePercent: totalPercent,
      value: totalValue,
      verdict: totalVerdict,
      certainty: 'not-assessed',
      reason: null,
      board: { white: voting.white + nonVoting.white, bme: voting.bme + nonVoting.bme, unknown: voting.unknown + nonVoting.unknown },
    });
  });

  test('without non-voting members there is no whole board', () => {
    expect(i9({ indicator9: { boardVoting: g(10, 2), workforce: g(7, 3) } }).totalBoard).toBeNull();
  });

  test('a whole board of unknown ethnicity gives no figure', () => {
    const result = i9({ indicator9: { boardVoting: g(0, 0, 8), boardNonVoting: g(0, 0, 3), workforce: g(7, 3) } });
    expect(result.totalBoard).toMatchObject({
      value: null,
      boardBmePercent: null,
      verdict: 'not-calculable',
      reason: 'the ethnicity of every one of the board members (voting and non-voting) is unknown',
    });
  });

  const options = fc.record({
    percentDenominator: fc.constantFrom('all-staff' as const, 'known-ethnicity' as const),
    verdictBasis: fc.constantFrom('rounded' as const, 'unrounded' as const),
  });

  test('the whole board is the voting board plus the non-voting members, and its difference is its BME % minus the workforce BME %', () => {
    fc.assert(
      fc.property(group(15), group(8), group(3000), options, (voting, nonVoting, workforce, o) => {
        const result = i9({ indicator9: { boardVoting: voting, boardNonVoting: nonVoting, workforce } }, o);
        const total = result.totalBoard;
        expect(total).not.toBeNull();
        if (total === null) return;
        expect(total.board.total).toBe(result.board.total + nonVoting.white + nonVoting.bme + nonVoting.unknown);
        const calculable = total.board.bmePercentUnrounded !== null && result.workforce?.bmePercentUnrounded !== null;
        expect(total.verdict === 'not-calculable').toBe(!calculable);
        const expected = calculable ? (total.board.bmePercentUnrounded ?? NaN) - (result.workforce?.bmePercentUnrounded ?? NaN) : null;
        expect(total.unrounded === null ? null : total.unrounded.toFixed(9)).toBe(expected === null ? null : expected.toFixed(9));
        // The shown figure is the unrounded one to 1 dp.
        expect(Math.abs((total.value ?? 0) - (total.unrounded ?? 0))).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });

  test('with no non-voting members the whole board reads exactly as the voting board', () => {
    fc.assert(
      fc.property(group(15), group(3000), options, (voting, workforce, o) => {
        const result = i9({ indicator9: { boardVoting: voting, boardNonVoting: g(0, 0), workforce } }, o);
        const { value, unrounded, boardBmePercent, verdict } = result;
        expect(result.totalBoard).toMatchObject({ value, unrounded, boardBmePercent, verdict });
      }),
    );
  });

  test('a board with no one of known ethnicity never shows a figure, and every comparison is a count (not assessed)', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.nat(20), group(3000), options, (votingUnknown, nonVotingUnknown, workforce, o) => {
        const result = i9({ indicator9: { boardVoting: g(0, 0, votingUnknown), boardNonVoting: g(0, 0, nonVotingUnknown), workforce } }, o);
        for (const comparison of [result, result.totalBoard]) {
          expect(comparison).toMatchObject({ boardBmePercent: null, value: null, verdict: 'not-calculable', certainty: 'not-assessed' });
        }
      }),
    );
  });
});
