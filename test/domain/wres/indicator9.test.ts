import { calculateWres, type Indicator9Result, type WresInput, type WresOptions } from '../../../src/domain/wres';
import { g, input } from './build';

const indicator1 = { rows: [{ staffGroup: 'clinical' as const, band: 'Band 5', white: 978, bme: 590, unknown: 56 }] };

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
      executive: { value: -19.7, verdict: 'adverse' },
    });
  });

  test('a given workforce wins over indicator 1', () => {
    // Board 3/10 = 30%; workforce 25/100 = 25% → +5.0 pp: favourable.
    const result = i9({ indicator1, indicator9: { boardVoting: g(7, 3), workforce: g(75, 25) } });
    expect(result).toMatchObject({ value: 5, workforceSource: 'indicator9.workforce', verdict: 'favourable', executive: null });
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
    expect(i9(given)).toMatchObject({ verdict: 'not-calculable', reason, value: null, unrounded: null });
  });

  test('an empty executive is not calculable on its own', () => {
    const result = i9({ indicator9: { boardVoting: g(1, 1), boardExecutive: g(0, 0), workforce: g(1, 1) } });
    expect(result.verdict).toBe('non-adverse');
    expect(result.executive).toMatchObject({ verdict: 'not-calculable', reason: 'no executive board members are given' });
  });
});
