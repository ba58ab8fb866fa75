import { calculateWres, type SurveyInput, type WresOptions } from '../../../src/domain/wres';
import { input } from './build';

function survey(id: '5' | '6' | '7' | '8', given: SurveyInput, options: Partial<WresOptions> = {}) {
  return calculateWres(input({ [`indicator${id}`]: given }), options).indicators[id];
}

describe('indicators 5–8: staff survey', () => {
  test.each([
    // [id, white, bme, white 1dp, bme 1dp, gap, verdict]
    // 30.35 − 25.3 = 5.05 (5.0500000000000007 in binary) → 5.1; higher is worse for 5.
    ['5', 25.3, 30.35, 25.3, 30.4, 5.1, 'adverse'],
    // 20.25 → 20.3 (half away); 24.9 − 20.25 = 4.65 → 4.7 (4.649999… in binary, read at 15 digits).
    ['6', 20.25, 24.9, 20.3, 24.9, 4.7, 'adverse'],
    // Indicator 7: lower is worse; 45.5 − 58 = −12.5 → adverse.
    ['7', 58, 45.5, 58, 45.5, -12.5, 'adverse'],
    ['7', 45.5, 58, 45.5, 58, 12.5, 'favourable'],
    ['8', 6, 6, 6, 6, 0, 'non-adverse'],
    ['8', 9.1, 6.05, 9.1, 6.1, -3.1, 'favourable'],
    // 0 and 100 are allowed edges.
    ['5', 0, 100, 0, 100, 100, 'adverse'],
  ] as const)('indicator %s: White %p, BME %p', (id, white, bme, white1, bme1, gap, verdict) => {
    expect(survey(id, { white, bme })).toMatchObject({ white: white1, bme: bme1, gap, verdict, reason: null, whiteRespondents: null, bmeRespondents: null });
  });

  test('a gap inside the tolerance is non-adverse', () => {
    expect(survey('5', { white: 20, bme: 21 }, { surveyGapTolerance: 1 })?.verdict).toBe('non-adverse');
    expect(survey('5', { white: 20, bme: 21.1 }, { surveyGapTolerance: 1 })?.verdict).toBe('adverse');
  });

  test('the unrounded basis sees a 0.04 pp gap', () => {
    expect(survey('8', { white: 10, bme: 10.04 })?.verdict).toBe('non-adverse');
    expect(survey('8', { white: 10, bme: 10.04 }, { verdictBasis: 'unrounded' })?.verdict).toBe('adverse');
  });

  test.each([
    [{ whiteRespondents: 400, bmeRespondents: 10 }, 'too-few', 'fewer than 11 respondents in a group (White 400, BME 10)'],
    [{ bmeRespondents: 5 }, 'too-few', 'fewer than 11 respondents in a group (White not given, BME 5)'],
    [{ whiteRespondents: 0 }, 'too-few', 'fewer than 11 respondents in a group (White 0, BME not given)'],
    [{ whiteRespondents: 11, bmeRespondents: 11 }, 'adverse', null],
  ])('respondents %j', (counts, verdict, reason) => {
    expect(survey('6', { white: 20, bme: 25, ...counts })).toMatchObject({ verdict, reason });
  });
});
